package org.partyorg.rules.hunan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.core.rule.Rule;

/**
 * {@code hunan-benchmark-2020}: 湖南省注册会计师资产评估行业开展“标杆引领”计划实施方案 (file 001),
 * with its task guide (附件2). It speaks to CPA and asset-appraisal practices in Hunan (division
 * prefix 43) from 2020-07-24, and judges the quality of an existing party organisation:
 * eligibility to apply (B1, B2), structure (B10–B13, B15) and the audit of a period's party life
 * (B14, B16–B22).
 *
 * <p><b>Dates.</b> The as-of date of an assessment is the application date for B1 and B2 and
 * the day structure and term are judged on; the audit rules read the period the activity record
 * states (see {@link FrequencyRule}).
 *
 * <p><b>Selection quotas</b> (三(二), 三(三)) speak of a candidate list, not of one organisation:
 * they are declared as the parameters {@value #RECOMMENDATIONS_PER_CITY}, {@value #DIRECTLY_MANAGED}
 * and {@value #CITY_LEVEL}, for {@link org.partyorg.rules.hunan.quota.QuotaCheck}.
 *
 * <p>B3 (the six qualitative conditions of 二(一)–(六)) is attested by the superior party
 * organisation and is not computed.
 */
final class HunanBenchmark2020 {
  static final Citation B14 = BenchmarkPlan.cite("附件2 1（5）", "每年至少召开1次组织生活会，并坚持开展民主评议党员活动");
  static final Citation B16_LECTURE = BenchmarkPlan.cite("附件2 2（1）", "党组织负责人每年带头为党员至少上1次党课");
  static final Citation B16_GENERAL_MEETING = BenchmarkPlan.cite("附件2 2（1）", "每季度召开1次党员大会");
  static final Citation B16_COMMITTEE_MEETING = BenchmarkPlan.cite("附件2 2（1）", "每月召开1次支委会");
  static final Citation B17_TEAM = BenchmarkPlan.cite("附件2 2（2）", "党支部书记每半年至少与班子成员谈心谈话1次");
  static final Citation B17_MEMBERS = BenchmarkPlan.cite("附件2 2（2）", "与支部党员每年谈心谈话一般不少于1次");
  static final Citation B18 = BenchmarkPlan.cite("附件2 2（3）", "支部书记组织党员每季度至少开展1次集中学习");
  static final Citation B19 =
      BenchmarkPlan.cite("附件2 4（2）", "党组织积极组织党员（含流动党员）参加党内主题教育活动，党员参与率达95%以上");
  static final Citation B20 = BenchmarkPlan.cite("附件2 5（1）", "至少建立有8项制度，且制度有效运行");
  static final Citation B21 = BenchmarkPlan.cite("附件2 7（2）", "每年向省注协把报送党建工作宣传稿不少于5篇");
  static final Citation B22 = BenchmarkPlan.cite("附件2 3（1）", "党务工作机构有挂牌、党员活动有场地、党员活动室有党旗、桌椅、党建书籍");
  static final Citation RECOMMENDATION = BenchmarkPlan.cite("三（二）", "从直管的基层党组织中遴选推荐1个基层党组织作为创建单位");
  static final Citation SELECTION =
      BenchmarkPlan.cite("三（三）", "遴选确定10个行业党委直属基层党组织和14个市州执业机构党组织为创建对象");

  static final String RECOMMENDATIONS_PER_CITY = "recommendationsPerCity";
  static final String DIRECTLY_MANAGED = "directlyManagedSelections";
  static final String CITY_LEVEL = "cityLevelSelections";

  static final Parameter LIFE_MEETINGS = Parameter.of("organisationalLifeMeetingsPerYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B14);
  static final Parameter APPRAISALS = Parameter.of("democraticAppraisalsPerYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B14);
  static final Parameter LECTURES = Parameter.of("partyLecturesPerYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B16_LECTURE);
  static final Parameter GENERAL_MEETINGS = Parameter.of("generalMeetingsPerQuarter", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B16_GENERAL_MEETING);
  static final Parameter COMMITTEE_MEETINGS = Parameter.of("committeeMeetingsPerMonth", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B16_COMMITTEE_MEETING);
  static final Parameter TEAM_TALKS = Parameter.of("teamTalksPerHalfYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B17_TEAM);
  static final Parameter MEMBER_TALKS = Parameter.of("memberTalksPerYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B17_MEMBERS);
  static final Parameter STUDIES = Parameter.of("collectiveStudiesPerQuarter", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B18);
  static final Parameter PARTICIPATION = Parameter.rate("themeEducationParticipationRate", new BigDecimal("0.95"), B19);
  static final Parameter INSTITUTIONS = Parameter.of("minimumInstitutions", 8, PartyFacts.RECORD + ".institutions", B20);
  static final Parameter ARTICLES = Parameter.of("publicityArticlesPerYear", 5, Unit.ITEMS, PartyFacts.RECORD + ".events", B21);
  static final Parameter PER_CITY = Parameter.of(RECOMMENDATIONS_PER_CITY, 1, Unit.ORGANISATIONS, "divisionCode", RECOMMENDATION);
  static final Parameter DIRECT_QUOTA = Parameter.of(DIRECTLY_MANAGED, 10, Unit.ORGANISATIONS, "candidates", SELECTION);
  static final Parameter CITY_QUOTA = Parameter.of(CITY_LEVEL, 14, Unit.ORGANISATIONS, "candidates", SELECTION);

  static final List<Parameter> PARAMETERS = List.of(
      EligibilityAgeRule.YEARS, SanctionRule.YEARS,
      BranchLevelRule.BRANCH_MINIMUM, BranchLevelRule.GENERAL_BRANCH_MINIMUM, BranchLevelRule.COVERED_BELOW,
      JointPlatformRule.PLATFORM_JOIN_BELOW, JointPlatformRule.JOINT_PLATFORM_CAP,
      PartyGroupRule.GROUP_MEMBERS, PartyGroupRule.GROUP_FORMAL, LeadershipRule.COMMITTEE_THRESHOLD, LIFE_MEETINGS,
      APPRAISALS, TermRule.TERM_YEARS, LECTURES, GENERAL_MEETINGS, COMMITTEE_MEETINGS, TEAM_TALKS, MEMBER_TALKS, STUDIES,
      PARTICIPATION, INSTITUTIONS, ARTICLES, PER_CITY, DIRECT_QUOTA, CITY_QUOTA);

  /**
   * The actions the plan asks for beyond the shared ones: those of several rules from
   * {@link HunanVocabulary}, the others from the one rule that asks for each.
   */
  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .actions(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE, HunanVocabulary.DEFER_APPLICATION, HunanVocabulary.HOLD_ACTIVITIES,
          TermRule.HOLD_ELECTION, HunanVocabulary.RAISE_PARTICIPATION, HunanVocabulary.ESTABLISH_INSTITUTIONS,
          HunanVocabulary.PROVIDE_FACILITIES, HunanVocabulary.SUBMIT_PUBLICITY_ARTICLES)
      .build();

  private HunanBenchmark2020() {}

  /** The rules in the order their findings appear. */
  static List<Rule> rules() {
    RequiredAction hold = HunanVocabulary.HOLD_ACTIVITIES;
    return List.of(
        new EligibilityAgeRule(),
        new SanctionRule(),
        new BranchLevelRule(),
        new JointPlatformRule(),
        new PartyGroupRule(),
        new LeadershipRule(),
        new FrequencyRule(BenchmarkPlan.findings("B14", "organisational-life-meeting", B14), ActivityKind.ORGANISATIONAL_LIFE_MEETING, PeriodUnit.YEAR,
            LIFE_MEETINGS, false, hold, "组织生活会", "次", "organisational-life meeting"),
        new FrequencyRule(BenchmarkPlan.findings("B14", "democratic-appraisal", B14), ActivityKind.DEMOCRATIC_APPRAISAL, PeriodUnit.YEAR,
            APPRAISALS, false, hold, "民主评议党员", "次", "democratic appraisal of members"),
        new TermRule(),
        new FrequencyRule(BenchmarkPlan.findings("B16", "lecture", B16_LECTURE), ActivityKind.PARTY_LECTURE, PeriodUnit.YEAR,
            LECTURES, false, hold, "党课", "次", "party lecture"),
        new FrequencyRule(BenchmarkPlan.findings("B16", "general-meeting", B16_GENERAL_MEETING), ActivityKind.GENERAL_MEETING, PeriodUnit.QUARTER,
            GENERAL_MEETINGS, false, hold, "党员大会", "次", "general meeting"),
        new FrequencyRule(BenchmarkPlan.findings("B16", "committee-meeting", B16_COMMITTEE_MEETING), ActivityKind.COMMITTEE_MEETING, PeriodUnit.MONTH,
            COMMITTEE_MEETINGS, true, hold, "支委会", "次", "committee meeting"),
        TalkRule.withTeam(BenchmarkPlan.findings("B17", "team", B17_TEAM), TEAM_TALKS),
        TalkRule.withMembers(BenchmarkPlan.findings("B17", "members", B17_MEMBERS), MEMBER_TALKS),
        new FrequencyRule(BenchmarkPlan.findings("B18", B18), ActivityKind.COLLECTIVE_STUDY, PeriodUnit.QUARTER,
            STUDIES, false, hold, "集中学习", "次", "collective study"),
        new ParticipationRule(BenchmarkPlan.findings("B19", B19), PARTICIPATION),
        InventoryRule.institutions(BenchmarkPlan.findings("B20", B20), INSTITUTIONS),
        new FrequencyRule(BenchmarkPlan.findings("B21", B21), ActivityKind.PUBLICITY_ARTICLE, PeriodUnit.YEAR,
            ARTICLES, false, HunanVocabulary.SUBMIT_PUBLICITY_ARTICLES, "宣传稿", "篇", "publicity articles"),
        InventoryRule.facilities(BenchmarkPlan.findings("B22", B22)));
  }

  static PolicySet build() {
    return PolicySetBuilder.create(BenchmarkPlan.ID)
        .source(BenchmarkPlan.DOCUMENT)
        .jurisdiction(Jurisdiction.of("43",
            EnumSet.of(OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.ASSET_APPRAISAL_FIRM)))
        .effectivePeriod(EffectivePeriod.from(BenchmarkPlan.DOCUMENT.getDate()))
        .parameters(PARAMETERS)
        .vocabulary(VOCABULARY)
        .rules(rules())
        .build();
  }
}
