package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.core.rule.Rule;

/** Policy sets made of the baseline rules only, cited to the Wuhan document, for engine tests. */
final class TestPolicySets {
  static final LocalDate DEADLINE = LocalDate.of(2016, 11, 20);
  static final SourceDocument WUHAN =
      SourceDocument.builder()
          .file("002_f4cdcaec58af87db.txt")
          .title("武汉市非公有制经济组织和社会组织党组织集中组建“百日攻坚行动”实施方案")
          .issuer("中共武汉市委组织部")
          .date(LocalDate.of(2016, 8, 14))
          .build();
  static final Citation N1 = Citation.of(WUHAN, "二（四）2", "凡有3名及以上正式党员的，必须单独建立党组织。");
  static final Citation N2 = Citation.of(WUHAN, "二（四）3", "党员不足3人的，可按照“行业相近、地域相邻、便于管理”的原则");
  static final Citation N3 = Citation.of(WUHAN, "二（六）", "对未建立党组织的“两新”组织，通过选派党建工作指导员联系服务、组建群团组织");

  private TestPolicySets() {}

  static PolicySet baseline(String id, String divisionPrefix) {
    return baseline(id, divisionPrefix, 3);
  }

  static PolicySet baseline(String id, String divisionPrefix, int threshold) {
    BaselineRules baseline =
        BaselineRules.builder(id).standalone(N1).joint(N2).workCoverage(N3).deadline(DEADLINE)
            .standaloneThreshold(threshold).build();
    return PolicySetBuilder.create(id)
        .source(WUHAN)
        .jurisdiction(Jurisdiction.of(divisionPrefix, EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(WUHAN.getDate()))
        .parameters(baseline.parameters())
        .rules(baseline.rules())
        .build();
  }

  /** The baseline with a vocabulary of its own. */
  static PolicySet withVocabulary(String id, String divisionPrefix, Vocabulary vocabulary) {
    BaselineRules baseline = BaselineRules.builder(id).standalone(N1).joint(N2).workCoverage(N3).build();
    return PolicySetBuilder.create(id)
        .source(WUHAN)
        .jurisdiction(Jurisdiction.of(divisionPrefix, EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(WUHAN.getDate()))
        .parameters(baseline.parameters())
        .vocabulary(vocabulary)
        .rules(baseline.rules())
        .build();
  }

  /** A set whose one rule X1 adds what {@code finding} gives, or throws what it throws. */
  static PolicySet failing(String id, String divisionPrefix, java.util.function.Supplier<Finding> finding) {
    Rule rule = new Rule() {
      @Override
      public String id() {
        return "X1";
      }

      @Override
      public void evaluate(Organisation organisation, LocalDate asOf,
          List<Finding> out) {
        out.add(finding.get());
      }
    };
    return PolicySetBuilder.create(id)
        .source(WUHAN)
        .jurisdiction(Jurisdiction.of(divisionPrefix, EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(WUHAN.getDate()))
        .rules(rule)
        .build();
  }
}
