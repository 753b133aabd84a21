package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.testkit.MessageChecks;

/**
 * The set's texts as {@code docs/STYLE.md} asks, checked the way the bundled sets' are: its own
 * file and the shared ones it lists, every template rendered with every representative value;
 * its words, and its target's description.
 */
class TextsTest {
  private static final PolicySet SET = Fixtures.EVALUATOR.policySet(Fixtures.SET_ID);

  @Test
  void theSetListsItsOwnTextsThenTheSharedOnes() {
    assertEquals(List.of("example-hightech-2026", "baseline", "common"), SET.messages().stream().map(Messages::name).toList());
    assertEquals(List.of("X1.met", "X1.missing"), List.copyOf(SET.messages().get(0).keys()));
  }

  @Test
  void everyFindingTakesItsTextFromTheSetsFiles() {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(Fixtures.assess(Fixtures.highTech(120, true), Fixtures.IN_TIME).getFindings());
    findings.addAll(Fixtures.assess(Fixtures.highTech(120, false), Fixtures.IN_TIME).getFindings());
    findings.addAll(Fixtures.assess(Fixtures.highTech(120), Fixtures.IN_TIME).getFindings());
    for (Finding f : findings) {
      if (f.getPolicySetId().equals(Fixtures.SET_ID)) {
        String key = f.getMessageTemplate().getKey().orElseThrow();
        assertTrue(SET.messages().stream().anyMatch(m -> m.keys().contains(key) && m.template(key) == f.getMessageTemplate()),
            f::toString);
      }
    }
  }

  @Test
  void everyTemplatePassesTheMechanicalChecks() {
    List<String> problems = new ArrayList<>();
    int renderings = 0;
    for (Messages messages : SET.messages()) {
      for (String key : messages.keys()) {
        List<FactType> missing = key.equals("undecided") ? List.of(ModelFacts.HEAD_COUNT) : List.of();
        for (MessageChecks.Rendering r : MessageChecks.renderings(messages.template(key), List.of(),
            Optional.of(LocalDate.of(2026, 12, 31)), missing, ModelFacts::named)) {
          renderings++;
          MessageChecks.chinese(r.zh()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.zh()));
          MessageChecks.english(r.en()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.en()));
        }
      }
    }
    assertEquals("", String.join("\n", problems));
    assertTrue(renderings > 50, "renderings: " + renderings);
  }

  @Test
  void theWordsAndTheTargetAreWrittenToTheGuide() {
    List<String> problems = new ArrayList<>();
    for (RequiredAction a : SET.vocabulary().getActions()) {
      MessageChecks.name(a.chineseName(), true).forEach(problems::add);
      MessageChecks.name(a.englishName(), false).forEach(problems::add);
    }
    for (Trait t : SET.vocabulary().getTraits()) {
      MessageChecks.name(t.chineseName(), true).forEach(problems::add);
      MessageChecks.name(t.englishName(), false).forEach(problems::add);
    }
    for (FactType f : SET.vocabulary().getFacts()) {
      MessageChecks.name(f.getNameZh(), true).forEach(problems::add);
      MessageChecks.name(f.getNameEn(), false).forEach(problems::add);
    }
    for (Target target : SET.targets()) {
      MessageChecks.chinese(target.getDescriptionZh()).forEach(problems::add);
      MessageChecks.english(target.getDescriptionEn()).forEach(problems::add);
    }
    assertEquals(List.of(), problems);
  }
}
