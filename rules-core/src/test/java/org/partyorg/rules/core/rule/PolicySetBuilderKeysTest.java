package org.partyorg.rules.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;

/** A set declares each finding key once, and each rule only keys of its own id. */
class PolicySetBuilderKeysTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("测试文件").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();
  private static final Citation CITATION = Citation.of(DOC, "一", "句子");

  /** A rule that gives one satisfied finding under the factory's key. */
  private static Rule rule(FindingFactory findings) {
    return new Rule() {
      @Override
      public String id() {
        return findings.ruleId();
      }

      @Override
      public List<String> keys() {
        return Rule.keysOf(findings);
      }

      @Override
      public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
        out.add(findings.satisfied(MessageTemplate.of("中", "en")));
      }
    };
  }

  private static PolicySetBuilder set(Rule... rules) {
    return PolicySetBuilder.create("s")
        .source(DOC)
        .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(DOC.getDate()))
        .rules(rules);
  }

  @Test
  void keyedRulesListTheirKeysInOrder() {
    PolicySet built = set(rule(FindingFactory.of("s", "X1", CITATION).keyed("a")),
        rule(FindingFactory.of("s", "X1", CITATION).keyed("b")), rule(FindingFactory.of("s", "X2", CITATION))).build();
    assertEquals(List.of("X1.a", "X1.b", "X2"), built.findingKeys());
    assertEquals(3, PolicySetBuilder.rulesOf(built).size());
  }

  @Test
  void twoRulesWithOneKeyOrARuleWithAnotherRulesKeyAreRefused() {
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> set(rule(FindingFactory.of("s", "X1", CITATION)), rule(FindingFactory.of("s", "X1", CITATION))).build());
    assertTrue(twice.getMessage().contains("finding key 'X1' twice"), twice.getMessage());
    Rule foreign = new Rule() {
      @Override
      public String id() {
        return "X1";
      }

      @Override
      public List<String> keys() {
        return List.of("X2");
      }

      @Override
      public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {}
    };
    IllegalStateException other = assertThrows(IllegalStateException.class, () -> set(foreign).build());
    for (String odd : List.of("X1.", "X1.UPPER", "X1.a b", "X1.a.b")) {
      Rule declaring = new Rule() {
        @Override
        public String id() {
          return "X1";
        }

        @Override
        public List<String> keys() {
          return List.of(odd);
        }

        @Override
        public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {}
      };
      assertThrows(IllegalStateException.class, () -> set(declaring).build(), odd);
    }
    assertThrows(IllegalStateException.class,
        () -> FindingFactory.of("s", "X1", CITATION).keyed("a").keyed("b"), "a key is given once");
    assertTrue(other.getMessage().contains("declares the finding key 'X2', which is not its own"), other.getMessage());
  }

  @Test
  void aKeySuffixIsLowerCaseWordsJoinedByHyphens() {
    FindingFactory findings = FindingFactory.of("s", "X1", CITATION);
    assertEquals("X1.general-meeting", findings.keyed("general-meeting").key());
    for (String bad : List.of("", "General", "two words", "a--b", "-a", "a.")) {
      assertThrows(IllegalArgumentException.class, () -> findings.keyed(bad), bad);
    }
  }
}
