package org.partyorg.rules.hubei.wuhan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.support.ConditionalBaseline;

/**
 * The Wuhan 2016 document ({@link WuhanPlan}) as a policy set: its rules, its targets, its
 * timetable and its vocabulary. Each rule declares its own id, sentences, deadline and
 * parameters; the set lists the rules and every parameter, deadlines included, rebuilds itself
 * from them for a what-if ({@link PolicySet#withOverrides}), and wires N1–N3 with W9's functional form ({@link ConditionalBaseline}).
 */
public final class Wuhan2016 {
  /** N1: the baseline's standalone sentence, and its threshold's. */
  static final Citation N1 = WuhanPlan.cite("二（四）2", "凡有3名及以上正式党员的，必须单独建立党组织");
  /** N3: the baseline's work-coverage sentence. */
  static final Citation N3 = WuhanPlan.cite("二（六）",
      "对未建立党组织的“两新”组织，通过选派党建工作指导员联系服务、组建群团组织、加强出资人教育引导、联合发展党员等办法，扎实开展党的工作");
  /** W1. */
  static final Citation W1 = WuhanPlan.cite("一", "将我市“两新”组织党组织覆盖率提升到80%以上，符合条件的达到100%覆盖");
  /** W1, the date. */
  static final Citation W1_YEAR_END = WuhanPlan.cite("三（三）", "确保到年底覆盖率提升到80%以上，符合条件的达到100%覆盖");
  /** W11: the enterprises' obligations with the other date. */
  static final Citation ENTERPRISES_YEAR_END = WuhanPlan.cite("一",
      "到12月底，在非公企业，实现职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织");
  /** W11: W5 in 一, with the year-end date. */
  static final Citation W5_YEAR_END = WuhanPlan.cite("一",
      "到12月底，在非公企业，实现职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织；在社会组织，努力做到市级社会团体，从业人员30人以上的民办学校、民办医院，律师、会计师、税务师事务所等实体性社会组织建有党的组织");
  /** W11, reports. */
  static final Citation REPORTS = WuhanPlan.cite("三（四）",
      "各区委组织部和市直机关工委、市民政局每月10日、25日前，向市委组织部报送各区各单位工作情况和组建情况");

  // --- the targets' parameters (the rules declare their own) ---
  public static final String COVERAGE_RATE = "coverageRate";
  public static final String ELIGIBLE_COVERAGE_RATE = "eligibleCoverageRate";
  private static final Parameter COVERAGE = Parameter.rate(COVERAGE_RATE, new BigDecimal("0.80"), W1);
  private static final Parameter ELIGIBLE_COVERAGE = Parameter.rate(ELIGIBLE_COVERAGE_RATE, new BigDecimal("1.00"), W1);
  // W11: "到12月底……实现……" every such organisation, so 100%
  private static final Parameter ENTERPRISES_WITH_MEMBERS =
      Parameter.rate("enterprisesWithMembersRate", new BigDecimal("1.00"), ENTERPRISES_YEAR_END);
  private static final Parameter ENTERPRISES_WITH_ORGANISATION =
      Parameter.rate("enterprisesWithOrganisationRate", new BigDecimal("1.00"), ENTERPRISES_YEAR_END);
  private static final Parameter SOCIAL_WITH_ORGANISATION =
      Parameter.rate("socialOrganisationsWithOrganisationRate", new BigDecimal("1.00"), W5_YEAR_END);
  /** N1's threshold, 3 formal members. */
  private static final Parameter STANDALONE = BaselineRules.standaloneThreshold(N1, 3);

  // --- the deadlines ---
  /** N1–N3, W7, W8, W12: "11月20日前" (二（四）–（六）). */
  static final Parameter FORMATION_DEADLINE = Parameter.date("formationDeadline", WuhanPlan.FORMATION_DEADLINE,
      WuhanPlan.cite("二（四）", "（四）抓好集中组建（11月20日前）"));
  /** W2–W6 and the W11 targets: "确保到11月底" (三（二）). */
  static final Parameter OBLIGATION_DEADLINE =
      Parameter.date("obligationDeadline", WuhanPlan.OBLIGATION_DEADLINE, WuhanPlan.ENTERPRISES);
  /** The W1 targets: "确保到年底" (三（三）). */
  static final Parameter TARGET_DEADLINE = Parameter.date("targetDeadline", WuhanPlan.TARGET_DEADLINE, W1_YEAR_END);

  /** Every parameter as the document has it, in the order the set lists them. */
  static final List<Parameter> PARAMETERS = List.of(
      MembersRule.STAFF_THRESHOLD, LargeEnterpriseRule.STAFF_THRESHOLD, SocialOrganisationRule.STAFF_THRESHOLD,
      COVERAGE, ELIGIBLE_COVERAGE, STANDALONE,
      ENTERPRISES_WITH_MEMBERS, ENTERPRISES_WITH_ORGANISATION, SOCIAL_WITH_ORGANISATION,
      FORMATION_DEADLINE, OBLIGATION_DEADLINE, TARGET_DEADLINE);

  /** The words the document adds: its traits, each declared by the rule that reads it. */
  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .traits(NewEconomyRule.INTERNET, NewEconomyRule.CULTURAL_CREATIVE, NewEconomyRule.LARGE_AND_READY,
          RuralEntityRule.MEETS_FORMATION_CONDITIONS,
          OutsideBaseRule.SHELL, OutsideBaseRule.ZOMBIE, OutsideBaseRule.SHADOW,
          FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR)
      .derivedFacts(FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR_FACT)
      .build();

  private Wuhan2016() {}

  /** The set as the document has it; {@link PolicySet#withOverrides} rebuilds it with other values. */
  public static PolicySet build() {
    return PolicySetBuilder.overridable(WuhanPlan.SET_ID, PARAMETERS, Wuhan2016::build);
  }

  /**
   * The set with some parameters given other values (what-if), by key; citations are kept.
   *
   * @throws IllegalArgumentException if a key is not a parameter of the set or a value does not fit it
   */
  public static PolicySet build(Map<String, ?> overrides) {
    return build().withOverrides(overrides);
  }

  private static PolicySet build(ParameterValues whatIf) {
    Parameter standaloneThreshold = whatIf.get(STANDALONE);
    Parameter formation = whatIf.get(FORMATION_DEADLINE);
    Parameter obligation = whatIf.get(OBLIGATION_DEADLINE);
    ConditionalBaseline baseline = ConditionalBaseline.of(WuhanPlan.SET_ID, N1, WuhanPlan.N2, N3,
        formation, standaloneThreshold, PartyOrganisationForm.FUNCTIONAL);

    return PolicySetBuilder.create(WuhanPlan.SET_ID)
        .source(WuhanPlan.DOCUMENT)
        .jurisdiction(Jurisdiction.of("4201", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(WuhanPlan.DOCUMENT.getDate()))
        .parameters(whatIf.all())
        .targets(targets(whatIf))
        .phases(phases())
        .vocabulary(VOCABULARY)
        .messages(WuhanPlan.MESSAGES)
        .excludeWhen(new OutsideBaseRule())
        .rules(
            new MembersRule(whatIf.get(MembersRule.STAFF_THRESHOLD), obligation),
            new LargeEnterpriseRule(whatIf.get(LargeEnterpriseRule.STAFF_THRESHOLD), obligation),
            new NewEconomyRule(obligation),
            new SocialOrganisationRule(whatIf.get(SocialOrganisationRule.STAFF_THRESHOLD), obligation),
            new RuralEntityRule(obligation))
        .rules(baseline.rules(FunctionalOrganisationRule::allowed))
        .rules(
            new SplitOutRule(standaloneThreshold, formation),
            new JointGuidanceRule(standaloneThreshold, formation),
            new FunctionalOrganisationRule(),
            new AffiliationRule(formation))
        .build();
  }

  private static Target[] targets(ParameterValues whatIf) {
    Set<OrganisationCategory> all = EnumSet.allOf(OrganisationCategory.class);
    // the head-count bands as the variant has them, so that a what-if's texts show its numbers
    int membersStaff = whatIf.intValue(MembersRule.STAFF_THRESHOLD);
    int organisationStaff = whatIf.intValue(LargeEnterpriseRule.STAFF_THRESHOLD);
    int socialStaff = whatIf.intValue(SocialOrganisationRule.STAFF_THRESHOLD);
    return new Target[] {
      Target.builder()
          .ruleId("W1")
          .key("coverage")
          .descriptionZh("全市“两新”组织党组织覆盖率提升到80%以上；计算时剔除“空壳”“僵尸”“影子”企业。")
          .descriptionEn("Party-organisation coverage of the city’s non-public economic and social organisations rises to 80% or more;"
              + " shell, zombie and shadow enterprises are left out of the count.")
          .rate(whatIf.value(COVERAGE))
          .baseCategories(all)
          .excludedTraits(OutsideBaseRule.OUTSIDE_BASE)
          // a functional organisation is a party organisation the plan allows for social organisations
          .coverageForms(EnumSet.of(CoverageForm.PARTY_ORGANISATION, CoverageForm.FUNCTIONAL_ORGANISATION))
          .deadline(whatIf.date(TARGET_DEADLINE))
          .addCitations(W1, W1_YEAR_END, OutsideBaseRule.CITATION)
          .addCoverageCitations(FunctionalOrganisationRule.CITATION)
          .build(),
      Target.builder()
          .ruleId("W1")
          .key("eligibleCoverage")
          .descriptionZh("符合条件的“两新”组织全部建立党组织；是否符合条件由组织部门认定，数据中以“符合建立党组织条件的组织”标明。")
          .descriptionEn("Every non-public economic or social organisation that meets the conditions has a party organisation;"
              + " whether it meets them is the organisation department’s judgement, reported as the trait"
              + " “organisation that meets the conditions for a party organisation”.")
          .rate(whatIf.value(ELIGIBLE_COVERAGE))
          .addBaseClauses(BaseClause.builder()
              .categories(all)
              .addRequiredTraits(RuralEntityRule.MEETS_FORMATION_CONDITIONS)
              .build())
          .excludedTraits(OutsideBaseRule.OUTSIDE_BASE)
          .coverageForms(EnumSet.of(CoverageForm.PARTY_ORGANISATION, CoverageForm.FUNCTIONAL_ORGANISATION))
          .deadline(whatIf.date(TARGET_DEADLINE))
          .addCitations(W1, W1_YEAR_END)
          .addCoverageCitations(FunctionalOrganisationRule.CITATION)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("enterprisesWithMembers")
          .descriptionZh("到2016年11月30日，职工" + membersStaff + "人以上的非公企业全部有党员（按第三部分“确保到11月底”；第一部分为“到12月底”）。")
          .descriptionEn("By 30 November 2016, every non-public enterprise with " + membersStaff + " or more staff has party members (the date"
              + " the section on responsibilities sets; the section on targets says the end of December).")
          .rate(whatIf.value(ENTERPRISES_WITH_MEMBERS))
          .addBaseClauses(BaseClause.builder()
              .addCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
              .minHeadCount(membersStaff)
              .build())
          .excludedTraits(OutsideBaseRule.OUTSIDE_BASE)
          .coverageForms(EnumSet.of(CoverageForm.PARTY_MEMBER))
          .deadline(whatIf.date(OBLIGATION_DEADLINE))
          .addCitations(MembersRule.CITATION, ENTERPRISES_YEAR_END)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("enterprisesWithOrganisation")
          .descriptionZh("到2016年11月30日，职工" + organisationStaff + "人以上的非公企业全部建有党组织（按第三部分“确保到11月底”；第一部分为“到12月底”）。")
          .descriptionEn("By 30 November 2016, every non-public enterprise with " + organisationStaff + " or more staff has a party organisation"
              + " (the date the section on responsibilities sets; the section on targets says the end of December).")
          .rate(whatIf.value(ENTERPRISES_WITH_ORGANISATION))
          .addBaseClauses(BaseClause.builder()
              .addCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
              .minHeadCount(organisationStaff)
              .build())
          .excludedTraits(OutsideBaseRule.OUTSIDE_BASE)
          .deadline(whatIf.date(OBLIGATION_DEADLINE))
          .addCitations(LargeEnterpriseRule.CITATION, ENTERPRISES_YEAR_END)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("socialOrganisationsWithOrganisation")
          .descriptionZh("到2016年11月30日，市级社会组织，从业人员" + socialStaff + "人以上的民办学校、民办医院，律师、会计师、税务师事务所全部建有党组织"
              + "（按第三部分“确保到11月底”；第一部分为“到12月底”）。")
          .descriptionEn("By 30 November 2016, every city-level social organisation, every private school and private hospital"
              + " with " + socialStaff + " or more staff, and every law, accounting and tax firm has a party organisation (the date the"
              + " section on responsibilities sets; the section on targets says the end of December).")
          .rate(whatIf.value(SOCIAL_WITH_ORGANISATION))
          .addBaseClauses(
              BaseClause.builder()
                  .addCategories(OrganisationCategory.SOCIAL_GROUP)
                  .addRegistrationLevels(RegistrationLevel.CITY)
                  .build(),
              BaseClause.builder()
                  .addCategories(OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL)
                  .minHeadCount(socialStaff)
                  .build(),
              BaseClause.builder()
                  .addCategories(OrganisationCategory.LAW_FIRM, OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.TAX_FIRM)
                  .build())
          .deadline(whatIf.date(OBLIGATION_DEADLINE))
          .addCitations(SocialOrganisationRule.CITY_CITATION, SocialOrganisationRule.ENTITIES_CITATION, W5_YEAR_END)
          .build()
    };
  }

  private static Phase[] phases() {
    return new Phase[] {
      phase("制定实施方案", "drafting the implementation plan", null, LocalDate.of(2016, 8, 15), "二（一）", "（一）制定实施方案（8月15日前）"),
      phase("召开培训会议", "training meeting", null, LocalDate.of(2016, 8, 17), "二（二）", "（二）召开培训会议（8月17日前）"),
      phase("全面排查摸底", "full survey", null, LocalDate.of(2016, 8, 26), "二（三）", "（三）全面排查摸底（8月26日前）"),
      phase("抓好集中组建", "concentrated formation", null, WuhanPlan.FORMATION_DEADLINE, "二（四）", "（四）抓好集中组建（11月20日前）"),
      phase("理顺隶属关系", "settling affiliations", null, WuhanPlan.FORMATION_DEADLINE, "二（五）", "（五）理顺隶属关系（11月20日前）"),
      phase("扩大工作覆盖", "widening work coverage", null, WuhanPlan.FORMATION_DEADLINE, "二（六）", "（六）扩大工作覆盖（11月20日前）"),
      phase("组织检查验收", "inspection and acceptance", LocalDate.of(2016, 11, 21), LocalDate.of(2016, 12, 5), "二（七）",
          "（七）组织检查验收（11月21日-12月5日）"),
      phase("建立长效机制", "building lasting mechanisms", LocalDate.of(2016, 12, 6), LocalDate.of(2016, 12, 30), "二（八）",
          "（八）建立长效机制（12月6日-12月30日）"),
      Phase.builder()
          .ruleId("W11")
          .nameZh("半月报送")
          .nameEn("reports twice a month")
          .from(WuhanPlan.DOCUMENT.getDate())
          .until(LocalDate.of(2016, 12, 30))
          .addReportingDaysOfMonth(10, 25)
          .citation(REPORTS)
          .build()
    };
  }

  private static Phase phase(String zh, String en, LocalDate from, LocalDate until, String section, String quote) {
    return Phase.builder()
        .ruleId("W11")
        .nameZh(zh)
        .nameEn(en)
        .from(Optional.ofNullable(from))
        .until(until)
        .citation(WuhanPlan.cite(section, quote))
        .build();
  }
}
