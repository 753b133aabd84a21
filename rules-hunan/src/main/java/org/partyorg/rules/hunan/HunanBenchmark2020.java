package org.partyorg.rules.hunan;

import java.util.EnumSet;
import java.util.List;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.core.rule.Rule;

/**
 * {@code hunan-benchmark-2020}: 湖南省注册会计师资产评估行业开展“标杆引领”计划实施方案 (file 001),
 * with its task guide (附件2). It speaks to CPA and asset-appraisal practices in Hunan (division
 * prefix 43) from 2020-07-24, and judges the quality of an existing party organisation:
 * eligibility to apply (B1, B2), structure (B10–B13, B15) and the audit of a period's party life
 * (B14, B16–B22).
 *
 * <p>This class only lists the set: its rules, its parameters and its vocabulary. Each rule's id,
 * sentences, parameters and logic are declared together in its class ({@link FrequencyRule}
 * declares each of its instances per rule id); the document, and the texts of the findings, are
 * {@link BenchmarkPlan}'s.
 *
 * <p><b>Dates.</b> The as-of date of an assessment is the application date for B1 and B2 and
 * the day structure and term are judged on; the audit rules read the period the activity record
 * states (see {@link FrequencyRule}).
 *
 * <p><b>Selection quotas</b> (三(二), 三(三)) speak of a candidate list, not of one organisation:
 * they are declared here as the parameters {@value #RECOMMENDATIONS_PER_CITY}, {@value #DIRECTLY_MANAGED}
 * and {@value #CITY_LEVEL}, for {@link org.partyorg.rules.hunan.quota.QuotaCheck}.
 *
 * <p><b>Timetable</b> (三(一)–(七)): the phases of {@link Timetable}, under the id B6.
 *
 * <p>B3 (the six qualitative conditions of 二(一)–(六)) is attested by the superior party
 * organisation and is not computed.
 */
final class HunanBenchmark2020 {
  static final Citation RECOMMENDATION =
      BenchmarkPlan.cite("三（二）", "从直管的基层党组织中遴选推荐1个基层党组织作为创建单位");
  static final Citation SELECTION =
      BenchmarkPlan.cite("三（三）", "遴选确定10个行业党委直属基层党组织和14个市州执业机构党组织为创建对象");

  static final String RECOMMENDATIONS_PER_CITY = "recommendationsPerCity";
  static final String DIRECTLY_MANAGED = "directlyManagedSelections";
  static final String CITY_LEVEL = "cityLevelSelections";

  static final Parameter PER_CITY = Parameter.of(RECOMMENDATIONS_PER_CITY, 1, Unit.ORGANISATIONS, "divisionCode", RECOMMENDATION);
  static final Parameter DIRECT_QUOTA = Parameter.of(DIRECTLY_MANAGED, 10, Unit.ORGANISATIONS, "candidates", SELECTION);
  static final Parameter CITY_QUOTA = Parameter.of(CITY_LEVEL, 14, Unit.ORGANISATIONS, "candidates", SELECTION);

  /** The parameters of the rules, then the selection quotas. */
  static final List<Parameter> PARAMETERS = List.of(
      EligibilityAgeRule.YEARS,
      SanctionRule.YEARS,
      BranchLevelRule.BRANCH_MINIMUM, BranchLevelRule.GENERAL_BRANCH_MINIMUM, BranchLevelRule.COVERED_BELOW,
      JointPlatformRule.PLATFORM_JOIN_BELOW, JointPlatformRule.JOINT_PLATFORM_CAP,
      PartyGroupRule.GROUP_MEMBERS, PartyGroupRule.GROUP_FORMAL,
      LeadershipRule.COMMITTEE_THRESHOLD,
      FrequencyRule.LIFE_MEETINGS, FrequencyRule.APPRAISALS,
      TermRule.TERM_YEARS,
      FrequencyRule.LECTURES, FrequencyRule.GENERAL_MEETINGS, FrequencyRule.COMMITTEE_MEETINGS,
      TalkRule.TEAM_TALKS, TalkRule.MEMBER_TALKS,
      FrequencyRule.STUDIES,
      ParticipationRule.PARTICIPATION,
      InventoryRule.INSTITUTIONS,
      FrequencyRule.ARTICLES,
      PER_CITY, DIRECT_QUOTA, CITY_QUOTA);

  /**
   * The actions the plan asks for beyond the shared ones: those of several rules from
   * {@link HunanVocabulary}, the others from the one rule that asks for each.
   */
  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .actions(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE, HunanVocabulary.DEFER_APPLICATION,
          HunanVocabulary.HOLD_ACTIVITIES, TermRule.HOLD_ELECTION, ParticipationRule.RAISE_PARTICIPATION,
          InventoryRule.ESTABLISH_INSTITUTIONS, InventoryRule.PROVIDE_FACILITIES, FrequencyRule.SUBMIT_PUBLICITY_ARTICLES)
      .derivedFacts(PartyFacts.ABSENT, PartyFacts.MISSING_ROLES, PartyFacts.AUDITED_PERIODS, PartyFacts.MISSING_PERIODS,
          PartyFacts.MISSING_TALKS, PartyFacts.COUNTS, PartyFacts.MISSING_TALK_PERIODS, PartyFacts.NOT_TALKED_WITH,
          PartyFacts.FIRST_AUDITED_PERIOD, PartyFacts.LAST_AUDITED_PERIOD, PartyFacts.TERM_YEARS,
          PartyFacts.PARTICIPATION_PERCENT, PartyFacts.FAILING_GROUPS, PartyFacts.GROUP_MEMBERS,
          PartyFacts.GROUP_FORMAL_MEMBERS, PartyFacts.LARGE_PLATFORMS, PartyFacts.LARGE_PLATFORM_FORMAL_MEMBERS,
          PartyFacts.SANCTIONS, PartyFacts.ELIGIBLE_FROM)
      .build();

  private HunanBenchmark2020() {}

  /** The rules in the order their findings appear, with the plan's values. */
  static List<Rule> rules() {
    return rules(ParameterValues.of(BenchmarkPlan.ID, PARAMETERS, java.util.Map.of()));
  }

  /** The rules in the order their findings appear, reading their parameters from {@code values}. */
  static List<Rule> rules(ParameterValues values) {
    return List.of(
        new EligibilityAgeRule(values),                // B1
        new SanctionRule(values),                      // B2
        new BranchLevelRule(values),                   // B10
        new JointPlatformRule(values),                 // B11
        new PartyGroupRule(values),                    // B12
        new LeadershipRule(values),                    // B13
        FrequencyRule.b14OrganisationalLifeMeeting(values),
        FrequencyRule.b14DemocraticAppraisal(values),
        new TermRule(values),                          // B15
        FrequencyRule.b16Lecture(values),
        FrequencyRule.b16GeneralMeeting(values),
        FrequencyRule.b16CommitteeMeeting(values),
        TalkRule.b17WithTeam(values),
        TalkRule.b17WithMembers(values),
        FrequencyRule.b18CollectiveStudy(values),
        new ParticipationRule(values),                 // B19
        InventoryRule.b20Institutions(values),
        FrequencyRule.b21PublicityArticles(values),
        InventoryRule.b22Facilities());
  }

  /** The set as the plan has it; {@link PolicySet#withOverrides} rebuilds it with other values. */
  static PolicySet build() {
    return PolicySetBuilder.overridable(BenchmarkPlan.ID, PARAMETERS, HunanBenchmark2020::build);
  }

  private static PolicySet build(ParameterValues values) {
    return PolicySetBuilder.create(BenchmarkPlan.ID)
        .source(BenchmarkPlan.DOCUMENT)
        .jurisdiction(Jurisdiction.of("43",
            EnumSet.of(OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.ASSET_APPRAISAL_FIRM)))
        .effectivePeriod(EffectivePeriod.from(BenchmarkPlan.DOCUMENT.getDate()))
        .parameters(values.all())
        .vocabulary(VOCABULARY)
        .messages(BenchmarkPlan.MESSAGES)
        .rules(rules(values))
        .phases(Timetable.PHASES.toArray(new Phase[0]))
        .build();
  }
}
