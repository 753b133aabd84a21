package org.partyorg.rules.hubei.wuhan;

import org.partyorg.rules.api.Vocabulary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.support.ConditionalBaseline;
import org.partyorg.rules.hubei.support.JointGuidanceRule;
import org.partyorg.rules.hubei.support.Parameters;
import org.partyorg.rules.hubei.support.WhatIf;

/**
 * The Wuhan 2016 document as a policy set: its citations, parameters, targets, timetable and
 * rules, in one place.
 *
 * <p>Dates. The document gives two for the per-organisation obligations: 一 "到12月底" and
 * 三（二） "确保到11月底". As {@code RULES.md} reads W11, the obligations W2–W6 are due
 * 2016-11-30 (三（二）) and the coverage target W1 2016-12-31 (三（三） "到年底"); the W11
 * targets cite both sentences. N1–N3, W7 and W8 fall under the concentrated formation
 * (二（四）, "11月20日前") and the widening of work coverage (二（六）, "11月20日前"): 2016-11-20.
 */
public final class Wuhan2016 {
  public static final String ID = "wuhan-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("002_f4cdcaec58af87db.txt")
          .title("武汉市非公有制经济组织和社会组织党组织集中组建“百日攻坚行动”实施方案")
          .issuer("中共武汉市委组织部")
          .date(LocalDate.of(2016, 8, 14))
          .build();

  /** 二（四）、二（五）、二（六）: "11月20日前". */
  public static final LocalDate FORMATION_DEADLINE = LocalDate.of(2016, 11, 20);
  /** 三（二）: "确保到11月底". */
  public static final LocalDate OBLIGATION_DEADLINE = LocalDate.of(2016, 11, 30);
  /** 三（三）: "确保到年底"; 一: "到12月底". */
  public static final LocalDate TARGET_DEADLINE = LocalDate.of(2016, 12, 31);

  // --- citations, each beside the rule or parameter that rests on it ---

  /** N1 and the first half of W7. */
  static final Citation N1 = cite("二（四）2", "凡有3名及以上正式党员的，必须单独建立党组织");
  /** W7: split out of an existing joint organisation. */
  static final Citation W7 = cite("二（四）2",
      "已建立的联合党组织，覆盖企业（单位）过多、建立时间较长的，对其中具备单独组建党组织条件的，要及时调整优化组织设置，单独组建党的组织");
  /** N2 and W8: grouping principles. */
  static final Citation N2 = cite("二（四）3",
      "党员不足3人的，可按照“行业相近、地域相邻、便于管理”的原则，重点依托社区（村）、开发区（园区）、商务楼宇、商业街区、专业市场、行业协会以及龙头企业、专业经济合作组织等，灵活采取区域联建、同业共建、挂靠组建、派驻帮建、龙头带建等方式，建立联合党组织");
  /** W8: no cap on the number of organisations covered. */
  static final Citation W8_SIZE = cite("二（四）3", "要按照便于党组织开展活动、有利于党员发挥作用的原则，合理确定联合组建企业（单位）数");
  /** N3. */
  static final Citation N3 = cite("二（六）",
      "对未建立党组织的“两新”组织，通过选派党建工作指导员联系服务、组建群团组织、加强出资人教育引导、联合发展党员等办法，扎实开展党的工作");
  /** W2, W3, W4, W6 and their deadline. */
  static final Citation ENTERPRISES = cite("三（二）",
      "非公经济组织党组织集中组建工作，由各区委组织部负责，确保到11月底，职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织，符合条件的农村新型经营主体建有党的组织");
  /** The same obligations with the other date (W11). */
  static final Citation ENTERPRISES_YEAR_END = cite("一",
      "到12月底，在非公企业，实现职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织");
  /** W5, city-level social organisations. */
  static final Citation W5_CITY = cite("三（二）",
      "有业务主管单位的，由市直机关工委牵头指导，各业务主管单位具体负责，确保到11月底，市级社会组织建有党的组织");
  /** W5, schools, hospitals and firms. */
  static final Citation W5_ENTITIES = cite("三（二）",
      "确保从业人员30人以上的民办学校、民办医院，以及律师、会计师、税务师事务所等实体性社会组织全部建立党组织");
  /** W5 in 一, with the year-end date (W11). */
  static final Citation W5_YEAR_END = cite("一",
      "到12月底，在非公企业，实现职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织；在社会组织，努力做到市级社会团体，从业人员30人以上的民办学校、民办医院，律师、会计师、税务师事务所等实体性社会组织建有党的组织");
  /** W9. */
  static final Citation W9 = cite("二（四）4",
      "以机关事业单位人员为主体组成的社会组织等，可以建立功能型党组织，党员按照一方隶属、双重管理、多方活动的原则，进行有效管理，党员不重复交纳党费，不重复进行党内统计");
  /** W10. */
  static final Citation W10 = cite("三（二）",
      "工商部门负责配合组织部门核实非公经济组织底数，剔除有名无实的“空壳”企业、久不运转的“僵尸”企业、多重注册的“影子”企业等");
  /** W12, enterprises. */
  static final Citation W12_ENTERPRISES = cite("二（五）", "对非公经济组织党组织，原则上以属地管理为主");
  /** W12, social organisations. */
  static final Citation W12_SOCIAL = cite("二（五）",
      "对社会组织党组织，市级社会组织以行业和主管部门管理为主，区级及以下社会组织以属地管理为主");
  /** W1. */
  static final Citation W1 = cite("一", "将我市“两新”组织党组织覆盖率提升到80%以上，符合条件的达到100%覆盖");
  /** W1, the date. */
  static final Citation W1_YEAR_END = cite("三（三）", "确保到年底覆盖率提升到80%以上，符合条件的达到100%覆盖");
  /** W11, reports. */
  static final Citation REPORTS = cite("三（四）",
      "各区委组织部和市直机关工委、市民政局每月10日、25日前，向市委组织部报送各区各单位工作情况和组建情况");

  // --- parameter keys ---
  public static final String MEMBERS_STAFF = "membersStaffThreshold";
  public static final String ORGANISATION_STAFF = "organisationStaffThreshold";
  public static final String SOCIAL_SERVICE_STAFF = "socialServiceStaffThreshold";
  public static final String COVERAGE_RATE = "coverageRate";
  public static final String ELIGIBLE_COVERAGE_RATE = "eligibleCoverageRate";

  // --- the traits the document speaks of, each a judgement the caller reports ---

  /** 互联网企业 (W4). */
  public static final Trait INTERNET = Trait.of("INTERNET", "互联网企业", "internet enterprise");
  /** 文化创意企业 (W4). */
  public static final Trait CULTURAL_CREATIVE = Trait.of("CULTURAL_CREATIVE", "文化创意企业", "cultural and creative enterprise");
  /** 规模较大、具备组建条件 (W4): judged large and ready for a party organisation by the district. */
  public static final Trait LARGE_AND_READY =
      Trait.of("LARGE_AND_READY", "规模较大、具备组建条件", "large and ready for a party organisation");
  /** 符合条件 (W1, W6): judged by the district to meet the conditions for a party organisation. */
  public static final Trait MEETS_FORMATION_CONDITIONS =
      Trait.of("MEETS_FORMATION_CONDITIONS", "符合条件", "meets the conditions for a party organisation");
  /** 有名无实的“空壳”企业 (W10). */
  public static final Trait SHELL = Trait.of("SHELL", "有名无实的“空壳”企业", "shell enterprise");
  /** 久不运转的“僵尸”企业 (W10). */
  public static final Trait ZOMBIE = Trait.of("ZOMBIE", "久不运转的“僵尸”企业", "zombie enterprise");
  /** 多重注册的“影子”企业 (W10). */
  public static final Trait SHADOW = Trait.of("SHADOW", "多重注册的“影子”企业", "shadow enterprise");
  /** 以机关事业单位人员为主体组成的社会组织 (W9). */
  public static final Trait STAFFED_BY_PUBLIC_SECTOR = Trait.of("STAFFED_BY_PUBLIC_SECTOR",
      "以机关事业单位人员为主体", "staffed mainly from government bodies or public institutions");

  /** The traits that take an enterprise out of the base (W10), in the document's order. */
  public static final Set<Trait> OUTSIDE_BASE = Set.of(SHELL, ZOMBIE, SHADOW);

  /** The words the document adds: its traits. */
  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .traits(INTERNET, CULTURAL_CREATIVE, LARGE_AND_READY, MEETS_FORMATION_CONDITIONS, SHELL, ZOMBIE, SHADOW,
          STAFFED_BY_PUBLIC_SECTOR)
      .build();

  private static final MessageTemplate W8_ADVICE = MessageTemplate.of(
      "正式党员{formalMembers}名，不足{formalMembers.limit}名：可按照“行业相近、地域相邻、便于管理”的原则，依托社区、园区、楼宇、市场、行业协会或龙头企业，采取区域联建、同业共建、挂靠组建、派驻帮建、龙头带建等方式联合组建党组织，期限{deadline}。",
      "{formalMembers} formal members, fewer than {formalMembers.limit}: may form a joint organisation with others of similar industry, nearby and easy to manage (community, park, building, market, association or leading enterprise) by {deadline}.");
  private static final MessageTemplate W8_MET = MessageTemplate.of(
      "已联合组建党组织，覆盖单位{partyOrganisation.coveredOrganisations}个；本方案不设上限，由便于开展活动的原则合理确定。",
      "in a joint organisation covering {partyOrganisation.coveredOrganisations} organisations; the document sets no cap, only a reasonable number.");

  private Wuhan2016() {}

  /** The set as the document has it. */
  public static PolicySet build() {
    return build(Map.of());
  }

  /** The set with some parameters given other values (what-if); citations are kept. */
  public static PolicySet build(Map<String, BigDecimal> overrides) {
    WhatIf whatIf = WhatIf.of(overrides, defaultParameters().toArray(new Parameter[0]));
    ConditionalBaseline baseline = ConditionalBaseline.of(
        ID, N1, N2, N3, FORMATION_DEADLINE, whatIf.standaloneThreshold(), PartyOrganisationForm.FUNCTIONAL);
    List<Parameter> parameters = new java.util.ArrayList<>(whatIf.parameters());
    parameters.addAll(baseline.parameters());
    Parameter standaloneThreshold = baseline.parameters().get(0);

    return PolicySetBuilder.create(ID)
        .source(DOCUMENT)
        .jurisdiction(Jurisdiction.of("4201", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(DOCUMENT.getDate()))
        .parameters(parameters)
        .targets(targets(parameters))
        .phases(phases())
        .vocabulary(VOCABULARY)
        .excludeWhen(new OutsideBaseRule(FindingFactory.of(ID, "W10", W10)))
        .rules(
            new MembersRule(FindingFactory.of(ID, "W2", ENTERPRISES, OBLIGATION_DEADLINE).obligation(Obligation.PARTY_MEMBERS),
                Parameters.get(parameters, MEMBERS_STAFF)),
            new LargeEnterpriseRule(FindingFactory.of(ID, "W3", ENTERPRISES, OBLIGATION_DEADLINE).obligation(Obligation.PARTY_ORGANISATION),
                Parameters.get(parameters, ORGANISATION_STAFF)),
            new NewEconomyRule(FindingFactory.of(ID, "W4", ENTERPRISES, OBLIGATION_DEADLINE).obligation(Obligation.PARTY_ORGANISATION)),
            new SocialOrganisationRule(
                FindingFactory.of(ID, "W5", W5_ENTITIES, OBLIGATION_DEADLINE).keyed("entities").obligation(Obligation.PARTY_ORGANISATION),
                FindingFactory.of(ID, "W5", W5_CITY, OBLIGATION_DEADLINE).keyed("city").obligation(Obligation.PARTY_ORGANISATION),
                Parameters.get(parameters, SOCIAL_SERVICE_STAFF)),
            new RuralEntityRule(FindingFactory.of(ID, "W6", ENTERPRISES, OBLIGATION_DEADLINE).obligation(Obligation.PARTY_ORGANISATION)))
        .rules(baseline.rules(Wuhan2016::functionalAllowed, ModelFacts.TRAITS))
        .rules(
            new SplitOutRule(FindingFactory.of(ID, "W7", W7, FORMATION_DEADLINE), standaloneThreshold),
            new JointGuidanceRule(
                FindingFactory.of(ID, "W8", N2, FORMATION_DEADLINE).keyed("grouping"),
                FindingFactory.of(ID, "W8", W8_SIZE, FORMATION_DEADLINE).keyed("size"),
                standaloneThreshold, W8_ADVICE, W8_MET),
            new FunctionalOrganisationRule(FindingFactory.of(ID, "W9", W9)),
            new AffiliationRule(
                FindingFactory.of(ID, "W12", W12_ENTERPRISES, FORMATION_DEADLINE).keyed("enterprises"),
                FindingFactory.of(ID, "W12", W12_SOCIAL, FORMATION_DEADLINE).keyed("social")))
        .build();
  }

  /**
   * W9: the functional form is allowed "以机关事业单位人员为主体组成的社会组织等"; the library
   * reads that as a social organisation the caller marks {@link Trait#STAFFED_BY_PUBLIC_SECTOR}.
   * A trait is reported or not, so the condition is never unknown.
   */
  static Optional<Boolean> functionalAllowed(Organisation organisation) {
    // the answer is never unknown: two shared answers, nothing made per organisation
    return organisation.sector() == Sector.SOCIAL_ORGANISATION && organisation.hasTrait(STAFFED_BY_PUBLIC_SECTOR)
        ? ALLOWED
        : NOT_ALLOWED;
  }

  private static final Optional<Boolean> ALLOWED = Optional.of(true);
  private static final Optional<Boolean> NOT_ALLOWED = Optional.of(false);

  /** The forms that count as "建有党的组织" for this organisation: with W9's functional form where {@link #functionalAllowed}. */
  static Set<PartyOrganisationForm> acceptedForms(Organisation organisation) {
    return organisation.sector() == Sector.SOCIAL_ORGANISATION && organisation.hasTrait(STAFFED_BY_PUBLIC_SECTOR)
        ? STANDALONE_JOINT_OR_FUNCTIONAL
        : STANDALONE_OR_JOINT;
  }

  private static final Set<PartyOrganisationForm> STANDALONE_OR_JOINT = java.util.Collections.unmodifiableSet(
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT));
  private static final Set<PartyOrganisationForm> STANDALONE_JOINT_OR_FUNCTIONAL = java.util.Collections.unmodifiableSet(
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT, PartyOrganisationForm.FUNCTIONAL));

  static List<Parameter> defaultParameters() {
    return List.of(
        Parameter.of(MEMBERS_STAFF, 50, "headCount", ENTERPRISES),
        Parameter.of(ORGANISATION_STAFF, 100, "headCount", ENTERPRISES),
        Parameter.of(SOCIAL_SERVICE_STAFF, 30, "headCount", W5_ENTITIES),
        Parameter.rate(COVERAGE_RATE, new BigDecimal("0.80"), W1),
        Parameter.rate(ELIGIBLE_COVERAGE_RATE, new BigDecimal("1.00"), W1));
  }

  private static Target[] targets(List<Parameter> parameters) {
    Set<OrganisationCategory> all = EnumSet.allOf(OrganisationCategory.class);
    return new Target[] {
      Target.builder()
          .ruleId("W1")
          .key("coverage")
          .descriptionZh("“两新”组织党组织覆盖率80%以上；基数剔除“空壳”“僵尸”“影子”企业")
          .descriptionEn("party-organisation coverage of the two-new organisations, 80% or more; shell, zombie and shadow enterprises removed from the base")
          .rate(Parameters.get(parameters, COVERAGE_RATE).getValue())
          .baseCategories(all)
          .excludedTraits(OUTSIDE_BASE)
          .deadline(TARGET_DEADLINE)
          .addCitations(W1, W1_YEAR_END, W10)
          .build(),
      Target.builder()
          .ruleId("W1")
          .key("eligibleCoverage")
          .descriptionZh("符合条件的“两新”组织（MEETS_FORMATION_CONDITIONS）100%覆盖")
          .descriptionEn("organisations that meet the conditions (trait MEETS_FORMATION_CONDITIONS): 100% covered")
          .rate(Parameters.get(parameters, ELIGIBLE_COVERAGE_RATE).getValue())
          .baseCategories(all)
          .excludedTraits(OUTSIDE_BASE)
          .deadline(TARGET_DEADLINE)
          .addCitations(W1, W1_YEAR_END)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("enterprisesWithMembers")
          .descriptionZh("职工50人以上的非公企业100%有党员（11月底；一为12月底）")
          .descriptionEn("non-public enterprises with 50 or more staff: all have party members, by 2016-11-30 (三（二）; 一 says end of December)")
          .rate(BigDecimal.ONE)
          .addBaseCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
          .excludedTraits(OUTSIDE_BASE)
          .deadline(OBLIGATION_DEADLINE)
          .addCitations(ENTERPRISES, ENTERPRISES_YEAR_END)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("enterprisesWithOrganisation")
          .descriptionZh("职工100人以上的非公企业100%建有党的组织（11月底；一为12月底）")
          .descriptionEn("non-public enterprises with 100 or more staff: all have a party organisation, by 2016-11-30 (三（二）; 一 says end of December)")
          .rate(BigDecimal.ONE)
          .addBaseCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
          .excludedTraits(OUTSIDE_BASE)
          .deadline(OBLIGATION_DEADLINE)
          .addCitations(ENTERPRISES, ENTERPRISES_YEAR_END)
          .build(),
      Target.builder()
          .ruleId("W11")
          .key("socialOrganisationsWithOrganisation")
          .descriptionZh("市级社会组织，从业人员30人以上的民办学校、民办医院，律师、会计师、税务师事务所100%建有党组织（11月底；一为12月底）")
          .descriptionEn("city-level social organisations, private schools and hospitals with 30 or more staff, law, accounting and tax firms: all have a party organisation, by 2016-11-30 (三（二）; 一 says end of December)")
          .rate(BigDecimal.ONE)
          .addBaseCategories(
              OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL,
              OrganisationCategory.LAW_FIRM, OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.TAX_FIRM)
          .deadline(OBLIGATION_DEADLINE)
          .addCitations(W5_CITY, W5_ENTITIES, W5_YEAR_END)
          .build()
    };
  }

  private static Phase[] phases() {
    return new Phase[] {
      phase("制定实施方案", "drafting the plan", null, LocalDate.of(2016, 8, 15), "二（一）", "（一）制定实施方案（8月15日前）"),
      phase("召开培训会议", "training meeting", null, LocalDate.of(2016, 8, 17), "二（二）", "（二）召开培训会议（8月17日前）"),
      phase("全面排查摸底", "survey", null, LocalDate.of(2016, 8, 26), "二（三）", "（三）全面排查摸底（8月26日前）"),
      phase("抓好集中组建", "concentrated formation", null, FORMATION_DEADLINE, "二（四）", "（四）抓好集中组建（11月20日前）"),
      phase("理顺隶属关系", "affiliation", null, FORMATION_DEADLINE, "二（五）", "（五）理顺隶属关系（11月20日前）"),
      phase("扩大工作覆盖", "widening work coverage", null, FORMATION_DEADLINE, "二（六）", "（六）扩大工作覆盖（11月20日前）"),
      phase("组织检查验收", "inspection", LocalDate.of(2016, 11, 21), LocalDate.of(2016, 12, 5), "二（七）",
          "（七）组织检查验收（11月21日-12月5日）"),
      phase("建立长效机制", "consolidation", LocalDate.of(2016, 12, 6), LocalDate.of(2016, 12, 30), "二（八）",
          "（八）建立长效机制（12月6日-12月30日）"),
      Phase.builder()
          .ruleId("W11")
          .nameZh("半月报送")
          .nameEn("half-monthly reports")
          .from(DOCUMENT.getDate())
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
        .citation(cite(section, quote))
        .build();
  }

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
