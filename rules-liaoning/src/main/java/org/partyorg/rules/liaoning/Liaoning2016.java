package org.partyorg.rules.liaoning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyorg.rules.api.BaseClause;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.CoverageForm;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;

/**
 * The policy set {@code liaoning-2016}: 辽组通字〔2016〕64号, the Liaoning notice on the
 * "hundred-day" campaign for the two coverages in non-public enterprises and social
 * organisations, rule by rule (L1–L13 of {@code RULES.md}, with the baseline N1–N3 as L9).
 *
 * <p>Jurisdiction: division codes under 21, non-public enterprises and every kind of social
 * organisation (not the rural entities, which the notice does not name). In force from the
 * notice's date, 2016-08-03, with no end: obligations left unmet after their deadline are
 * overdue, not void.
 *
 * <p>Every threshold, rate, target and deadline is a {@link Parameter} the rules read;
 * {@link PolicySet#withOverrides} overrides any of them for what-if analysis.
 */
final class Liaoning2016 {
  static final String STANDALONE_STAFF = "standaloneStaffThreshold";
  static final String MEMBERS_STAFF = "partyMembersStaffThreshold";
  static final String SOCIAL_SERVICE_STAFF = "socialServiceStaffThreshold";
  static final String JOINT_ENTERPRISE_CAP = "jointEnterpriseCap";
  static final String FUND_RATE_WAGES = "fundRateOfWages";
  static final String FUND_RATE_DUES = "fundRateOfDues";
  static final String ENTERPRISE_COVERAGE = "enterpriseCoverageRate";
  static final String SOCIAL_COVERAGE = "socialOrganisationCoverageRate";
  static final String NATIONAL_PARK_COVERAGE = "nationalParkCoverageRate";
  static final String JOINT_GROWTH = "jointOrganisationGrowthFactor";

  /** 二: the 70% targets and national parks' full coverage. */
  static final Citation TARGET_CITATION =
      Notice64.cite("二", "以目前党内实际统计数据为准，非公有制企业、社会组织党组织覆盖率均达到70%以上，国家级园区实现党的组织和工作全覆盖。");
  /** 二: the doubling of joint organisations between enterprises. */
  static final Citation GROWTH_CITATION = Notice64.cite("二", "企业间建立联合党组织（最多3户企业），要实现数量翻番。");

  /** 三3: the baseline, N1–N3 (L9). */
  static final Citation N1 = Notice64.cite("三3", "凡有3名以上正式党员的，都要单独成立党组织；");
  static final Citation N2 =
      Notice64.cite("三3", "党员不足3名的，采取片区联建、同业共建、挂靠组建、派驻帮建、龙头带建等方式，建立联合党组织；");
  static final Citation N3 =
      Notice64.cite("三3", "没有党员的，通过“一对一”选派党建工作指导员、先期组建工会、以开发园区党群活动服务中心建立党组织等方式，开展党的工作，推进党的工作覆盖。");

  static final Set<OrganisationCategory> ENTERPRISES = EnumSet.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE);
  static final Set<OrganisationCategory> SOCIAL_ORGANISATIONS = categoriesOf(Sector.SOCIAL_ORGANISATION);

  private Liaoning2016() {}

  // --- the thresholds, caps, rates and targets ---
  private static final Parameter STANDALONE_STAFF_THRESHOLD =
      Parameter.of(STANDALONE_STAFF, 100, "headCount", OwnOrganisationRule.CITATION);
  private static final Parameter MEMBERS_STAFF_THRESHOLD = Parameter.of(MEMBERS_STAFF, 50, "headCount", OwnOrganisationRule.CITATION);
  private static final Parameter SOCIAL_SERVICE_STAFF_THRESHOLD =
      Parameter.of(SOCIAL_SERVICE_STAFF, 30, "headCount", SocialOrganisationRule.MUST_HAVE_CITATION);
  private static final Parameter JOINT_CAP =
      Parameter.of(JOINT_ENTERPRISE_CAP, 3, JointEnterpriseCapRule.COVERED.getName(), JointEnterpriseCapRule.CITATION);
  private static final Parameter WAGES_RATE = Parameter.rate(FUND_RATE_WAGES, new BigDecimal("0.01"), PartyBuildingFundRule.WAGES_CITATION);
  private static final Parameter DUES_RATE = Parameter.rate(FUND_RATE_DUES, new BigDecimal("0.01"), PartyBuildingFundRule.DUES_CITATION);
  private static final Parameter ENTERPRISE_COVERAGE_RATE = Parameter.rate(ENTERPRISE_COVERAGE, new BigDecimal("0.70"), TARGET_CITATION);
  private static final Parameter SOCIAL_COVERAGE_RATE = Parameter.rate(SOCIAL_COVERAGE, new BigDecimal("0.70"), TARGET_CITATION);
  private static final Parameter NATIONAL_PARK_COVERAGE_RATE = Parameter.rate(NATIONAL_PARK_COVERAGE, BigDecimal.ONE, TARGET_CITATION);
  private static final Parameter JOINT_GROWTH_FACTOR = Parameter.of(JOINT_GROWTH, BigDecimal.valueOf(2), GROWTH_CITATION);
  /** N1's threshold, 3 formal members. */
  private static final Parameter STANDALONE = Parameter.of(BaselineRules.STANDALONE_THRESHOLD, 3, "formalMembers", N1);

  /** L1: the results, and so every obligation of 二 and 三, are due by 2016-11-30. */
  static final Parameter REPORT_DEADLINE = Parameter.date("reportDeadline", Notice64.REPORT_DEADLINE, Notice64.REPORT);
  /** L13: the ledger, "（9月底完成）". */
  static final Parameter LEDGER_DEADLINE =
      Parameter.date("ledgerDeadline", Notice64.LEDGER_DEADLINE, Notice64.cite("三2", "（9月底完成）"));
  /** L8: provincial decoupled associations, "在9月底之前". */
  static final Parameter DECOUPLED_PROVINCIAL_DEADLINE = Parameter.date(
      "decoupledProvincialDeadline", Notice64.DECOUPLED_PROVINCIAL_DEADLINE, DecoupledAssociationRule.PROVINCIAL_CITATION);
  /** L8: the others, "在年底前". */
  static final Parameter DECOUPLED_BELOW_DEADLINE = Parameter.date(
      "decoupledBelowProvincialDeadline", Notice64.DECOUPLED_BELOW_DEADLINE, DecoupledAssociationRule.BELOW_CITATION);

  /** Every parameter as the document has it, in the order the set lists them. */
  static final List<Parameter> PARAMETERS = List.of(
      STANDALONE_STAFF_THRESHOLD, MEMBERS_STAFF_THRESHOLD, SOCIAL_SERVICE_STAFF_THRESHOLD, JOINT_CAP, WAGES_RATE, DUES_RATE,
      ENTERPRISE_COVERAGE_RATE, SOCIAL_COVERAGE_RATE, NATIONAL_PARK_COVERAGE_RATE, JOINT_GROWTH_FACTOR, STANDALONE,
      REPORT_DEADLINE, DECOUPLED_PROVINCIAL_DEADLINE, DECOUPLED_BELOW_DEADLINE, LEDGER_DEADLINE);

  /** The set as the document has it; {@link PolicySet#withOverrides} rebuilds it with other values. */
  static PolicySet build() {
    return PolicySetBuilder.overridable(Notice64.SET_ID, PARAMETERS, Liaoning2016::build);
  }

  /**
   * The set with some parameters given other values, by key, for what-if analysis; citations
   * stay those of the document.
   *
   * @throws IllegalArgumentException if a key is not a parameter of the set or a value does not fit it
   */
  static PolicySet build(Map<String, ?> overrides) {
    return build().withOverrides(overrides);
  }

  private static PolicySet build(ParameterValues parameters) {
    Parameter standaloneFormalMembers = parameters.get(STANDALONE);
    Parameter deadline = parameters.get(REPORT_DEADLINE);
    BaselineRules baseline =
        BaselineRules.builder(Notice64.SET_ID)
            .standalone(N1)
            .joint(N2)
            .workCoverage(N3)
            .deadline(deadline)
            .standaloneThreshold(standaloneFormalMembers)
            .build();
    Parameter standaloneStaff = parameters.get(STANDALONE_STAFF_THRESHOLD);
    return PolicySetBuilder.create(Notice64.SET_ID)
        .source(Notice64.SOURCE)
        .jurisdiction(Jurisdiction.builder()
            .addDivisionPrefixes("21")
            .addAllCategories(ENTERPRISES)
            .addAllCategories(SOCIAL_ORGANISATIONS)
            .build())
        .effectivePeriod(EffectivePeriod.from(Notice64.SOURCE.getDate()))
        .parameters(parameters.all())
        .vocabulary(LiaoningVocabulary.VOCABULARY)
        .messages(Notice64.MESSAGES)
        .targets(targets(parameters))
        .phases(phases())
        .rules(
            new OwnOrganisationRule(standaloneStaff, standaloneFormalMembers, deadline),
            new PartyMembersRule(parameters.get(MEMBERS_STAFF_THRESHOLD), standaloneStaff, deadline),
            new JointEnterpriseCapRule(parameters.get(JOINT_CAP), deadline),
            new SocialOrganisationRule(parameters.get(SOCIAL_SERVICE_STAFF_THRESHOLD), deadline),
            new DecoupledAssociationRule(
                parameters.get(DECOUPLED_PROVINCIAL_DEADLINE), parameters.get(DECOUPLED_BELOW_DEADLINE)))
        .rules(baseline.rules())
        .rules(
            new DeputySecretaryRule(deadline),
            new PartyAffairsStaffRule(deadline),
            new PartyBuildingFundRule(
                parameters.get(WAGES_RATE), parameters.get(DUES_RATE), deadline),
            new ParkServiceCentreRule(deadline),
            new LedgerRule(parameters.get(LEDGER_DEADLINE)))
        .build();
  }

  private static Target[] targets(ParameterValues parameters) {
    LocalDate deadline = parameters.date(REPORT_DEADLINE);
    return new Target[] {
      Target.builder()
          .ruleId("L2")
          .key("enterpriseCoverage")
          .descriptionZh("非公有制企业党组织覆盖率达到70%以上（以目前党内实际统计数据为准）。")
          .descriptionEn("Party-organisation coverage of non-public enterprises reaches 70% or more (by the party’s current statistics).")
          .rate(parameters.value(ENTERPRISE_COVERAGE_RATE))
          .baseCategories(ENTERPRISES)
          .deadline(deadline)
          .addCitations(TARGET_CITATION, Notice64.REPORT)
          .build(),
      Target.builder()
          .ruleId("L2")
          .key("socialOrganisationCoverage")
          .descriptionZh("社会组织党组织覆盖率达到70%以上，与非公有制企业分别计算。")
          .descriptionEn("Party-organisation coverage of social organisations reaches 70% or more, measured separately from non-public enterprises.")
          .rate(parameters.value(SOCIAL_COVERAGE_RATE))
          .baseCategories(SOCIAL_ORGANISATIONS)
          .deadline(deadline)
          .addCitations(TARGET_CITATION, Notice64.REPORT)
          .build(),
      Target.builder()
          .ruleId("L2")
          .key("nationalParkCoverage")
          .descriptionZh("国家级园区实现党的组织和工作全覆盖，基数为位于国家级园区的组织。")
          .descriptionEn("Every organisation in a national-level park has a party organisation or party work coverage (base: the organisations in national-level parks).")
          .rate(parameters.value(NATIONAL_PARK_COVERAGE_RATE))
          .addBaseClauses(BaseClause.builder()
              .categories(union(ENTERPRISES, SOCIAL_ORGANISATIONS))
              .addParkLevels(ParkLevel.NATIONAL)
              .build())
          // “党的组织和工作全覆盖”: a party organisation or, where none can be formed yet, party work
          .coverageForms(EnumSet.of(CoverageForm.PARTY_ORGANISATION, CoverageForm.WORK_COVERAGE))
          .addCoverageCitations(SocialOrganisationRule.OTHERS_CITATION)
          .deadline(deadline)
          .addCitations(TARGET_CITATION, Notice64.REPORT)
          .build(),
      Target.builder()
          .ruleId("L6")
          .key("jointOrganisationGrowth")
          .descriptionZh("企业间联合党组织（每个最多覆盖3个企业）数量翻番，基数为“百日攻坚行动”开始前的数量，需另行提供。")
          .descriptionEn("The number of joint party organisations between enterprises (at most 3 enterprises each) doubles against the number before the hundred-day campaign, which must be supplied separately.")
          .growthFactor(parameters.value(JOINT_GROWTH_FACTOR))
          .baseCategories(ENTERPRISES)
          .deadline(deadline)
          .addCitations(GROWTH_CITATION, Notice64.REPORT)
          .build()
    };
  }

  private static Phase[] phases() {
    return new Phase[] {
      Phase.builder()
          .ruleId("L1")
          .nameZh("“百日攻坚行动”")
          .nameEn("hundred-day campaign")
          .from(Notice64.SOURCE.getDate())
          .until(Notice64.CAMPAIGN_END)
          .citation(Notice64.CAMPAIGN_PERIOD)
          .build(),
      Phase.builder()
          .ruleId("L1")
          .nameZh("向省委组织部报送推进“两个覆盖”情况")
          .nameEn("reporting to the provincial organisation department on the “two coverages”")
          .from(Notice64.CAMPAIGN_END.plusDays(1))
          .until(Notice64.REPORT_DEADLINE)
          .citation(Notice64.REPORT)
          .build(),
      Phase.builder()
          .ruleId("L13")
          .nameZh("摸清真实底数，建立实名台账")
          .nameEn("surveying the actual numbers and setting up the real-name ledger")
          .from(Notice64.SOURCE.getDate())
          .until(Notice64.LEDGER_DEADLINE)
          .citation(LedgerRule.CLASS_CITATION)
          .build()
    };
  }

  private static Set<OrganisationCategory> categoriesOf(Sector sector) {
    Set<OrganisationCategory> categories = EnumSet.noneOf(OrganisationCategory.class);
    for (OrganisationCategory category : OrganisationCategory.values()) {
      if (category.sector() == sector) {
        categories.add(category);
      }
    }
    return categories;
  }

  private static Set<OrganisationCategory> union(Set<OrganisationCategory> a, Set<OrganisationCategory> b) {
    Set<OrganisationCategory> union = EnumSet.copyOf(a);
    union.addAll(b);
    return union;
  }
}
