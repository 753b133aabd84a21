package org.partyorg.rules.hubei.societies;

import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.support.ConditionalBaseline;
import org.partyorg.rules.hubei.support.Parameters;
import org.partyorg.rules.hubei.support.WhatIf;

/**
 * The Hubei science societies 2016 document as a policy set.
 *
 * <p>Dates. N1–N3, S2, S3 and S6 are due at the end of the concentrated formation,
 * 2016-11-25 ("实施集中组建（9月1日—11月25日）", which names both organisational and work
 * coverage); the coverage target S1 at the end of 2016 ("力争2016年12月底"). The document bears
 * no date; it applies from 2016-08-01, the start it names ("从8月份开始").
 */
public final class HubeiSocieties2016 {
  public static final String ID = "hubei-science-societies-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("003_3ce8bee6fb6a06a3.txt")
          .title("关于深入推进省科协所属学会党建工作暨学会党组织集中组建“百日攻坚行动”的实施方案")
          .issuer("湖北省科学技术协会")
          .date(LocalDate.of(2016, 8, 1))
          .build();

  /** 四4: "实施集中组建（9月1日—11月25日）". */
  public static final LocalDate FORMATION_DEADLINE = LocalDate.of(2016, 11, 25);
  /** 一: "力争2016年12月底". */
  public static final LocalDate TARGET_DEADLINE = LocalDate.of(2016, 12, 31);

  static final Citation N1 = cite("三3", "凡是有3名及以上正式党员的学会，必须单独建立党组织");
  /** N2 and S2. */
  static final Citation N2 = cite("三3",
      "党员不足3人的，按照“行业相近、地域相邻、便于管理”的原则，充分尊重学会及挂靠单位意愿，采取区域联建、同业共建、挂靠组建等方式，建立联合党组织");
  /** N3 and S6. */
  static final Citation N3 = cite("一", "尚不具备条件建立党组织的，实现党的工作覆盖");
  static final Citation S3 = cite("三3",
      "无专职人员的学会可以在理事会层面设立党建工作小组，党员采取一方隶属、双重管理、多方活动的方式，进行有效管理，党员不重复交纳党费，不重复进行党内统计");
  static final Citation S4 = cite("四3",
      "对存在组织涣散、班子涣散，工作虚化、职务虚挂，工作手段、凝聚力和党建工作意识极度虚弱等“散、虚、弱”现象的学会，依法依章程制定计划，实现脱钩或重组淘汰");
  static final Citation S1 = cite("一", "力争2016年12月底，学会党组织覆盖率达到70%以上");
  static final Citation S1_BASE = cite("四3", "对所属141家学会开展全面排查");
  static final Citation REPORTS = cite("四5", "每月15日、30日前向省直机关工委报送有关表格及活动情况");

  public static final String COVERAGE_RATE = "coverageRate";
  /** "无专职人员": at most this many full-time staff (none) for the council-level work group. */
  public static final String WORK_GROUP_FULL_TIME_STAFF = "workGroupMaxFullTimeStaff";

  private HubeiSocieties2016() {}

  public static PolicySet build() {
    return build(Map.of());
  }

  /** The set with some parameters given other values (what-if); citations are kept. */
  public static PolicySet build(Map<String, BigDecimal> overrides) {
    WhatIf whatIf = WhatIf.of(overrides, defaultParameters().toArray(new Parameter[0]));
    ConditionalBaseline baseline = ConditionalBaseline.of(
        ID, N1, N2, N3, FORMATION_DEADLINE, whatIf.standaloneThreshold(), PartyOrganisationForm.COUNCIL_WORK_GROUP);
    List<Parameter> parameters = new java.util.ArrayList<>(whatIf.parameters());
    parameters.addAll(baseline.parameters());
    Parameter standaloneThreshold = baseline.parameters().get(0);
    Parameter workGroupStaff = Parameters.get(parameters, WORK_GROUP_FULL_TIME_STAFF);

    return PolicySetBuilder.create(ID)
        .source(DOCUMENT)
        .jurisdiction(Jurisdiction.of("42", EnumSet.of(OrganisationCategory.ACADEMIC_SOCIETY)))
        .effectivePeriod(EffectivePeriod.from(DOCUMENT.getDate()))
        .parameters(parameters)
        .targets(Target.builder()
            .ruleId("S1")
            .key("coverage")
            .descriptionZh("省科协所属学会（141家）党组织覆盖率70%以上")
            .descriptionEn("party-organisation coverage of the societies under the provincial science association (141 of them), 70% or more")
            .rate(Parameters.get(parameters, COVERAGE_RATE).getValue())
            .addBaseCategories(OrganisationCategory.ACADEMIC_SOCIETY)
            .deadline(TARGET_DEADLINE)
            .addCitations(S1, S1_BASE)
            .build())
        .phases(phases())
        .vocabulary(Vocabulary.builder().traits(ScatteredHollowWeakRule.SCATTERED_HOLLOW_WEAK).actions(ScatteredHollowWeakRule.REORGANISE_OR_WIND_UP).build())
        .rules(baseline.rules(organisation -> withoutFullTimeStaff(organisation, workGroupStaff), ModelFacts.FULL_TIME_STAFF))
        .rules(
            new JointGuidanceRule(standaloneThreshold.intValue()),
            new WorkGroupRule(FindingFactory.of(ID, "S3", S3, FORMATION_DEADLINE), workGroupStaff),
            new ScatteredHollowWeakRule(FindingFactory.of(ID, "S4", S4)),
            new InterimWorkCoverageRule(FindingFactory.of(ID, "S6", N3, FORMATION_DEADLINE)))
        .build();
  }

  /** S3's condition, "无专职人员": empty when the full-time staff is not given. */
  static Optional<Boolean> withoutFullTimeStaff(Organisation organisation, Parameter limit) {
    return organisation.getFullTimeStaff().isPresent()
        ? Optional.of(organisation.getFullTimeStaff().getAsInt() <= limit.intValue())
        : Optional.empty();
  }

  static List<Parameter> defaultParameters() {
    return List.of(
        Parameter.rate(COVERAGE_RATE, new BigDecimal("0.70"), S1),
        Parameter.of(WORK_GROUP_FULL_TIME_STAFF, 0, "fullTimeStaff", S3));
  }

  private static Phase[] phases() {
    LocalDate august31 = LocalDate.of(2016, 8, 31);
    LocalDate september1 = LocalDate.of(2016, 9, 1);
    return new Phase[] {
      phase("制定工作方案", "drafting the plan", null, august31, List.of(), cite("四1", "制定工作方案（8月31日以前）")),
      phase("成立领导机构", "leading group", null, august31, List.of(), cite("四2", "成立领导机构（8月31日以前）")),
      phase("开展全面摸底", "survey", null, august31, List.of(), cite("四3", "开展全面摸底（8月31日前）")),
      phase("实施集中组建", "concentrated formation", september1, FORMATION_DEADLINE, List.of(),
          cite("四4", "实施集中组建（9月1日—11月25日）")),
      phase("推进党建活动", "party-building activities", september1, FORMATION_DEADLINE, List.of(),
          cite("四5", "推进党建活动（9月1日—11月25日）")),
      phase("半月报送", "reports twice a month", september1, FORMATION_DEADLINE, List.of(15, 30), REPORTS),
      // the document lets acceptance start on the day formation ends
      phase("做好验收总结", "acceptance", FORMATION_DEADLINE, LocalDate.of(2016, 12, 30), List.of(),
          cite("四6", "做好验收总结（11月25日—12月30日）"))
    };
  }

  private static Phase phase(
      String zh, String en, LocalDate from, LocalDate until, List<Integer> reportingDays, Citation citation) {
    return Phase.builder()
        .ruleId("S5")
        .nameZh(zh)
        .nameEn(en)
        .from(Optional.ofNullable(from))
        .until(until)
        .reportingDaysOfMonth(reportingDays)
        .citation(citation)
        .build();
  }

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
