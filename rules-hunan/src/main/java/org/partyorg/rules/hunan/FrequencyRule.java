package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * "At least N events of a kind in every calendar period": B14 (organisational-life meeting and
 * democratic appraisal a year), B16 (a lecture a year, a general meeting a quarter, a committee
 * meeting a month), B18 (collective study a quarter) and B21 (5 articles a year).
 *
 * <p><b>Which periods are judged.</b> The activity record states the days it covers; the rule
 * judges each calendar period (year, half-year, quarter, month) that lies wholly inside
 * <i>[first day, last day]</i>, where the first day is the record's first day or the party
 * organisation's founding date if later, and the last day is the record's last day or the as-of
 * date if earlier. So:
 * <ul>
 *   <li>as-of after the record's end: the whole record is judged, and nothing after it (the
 *       record says nothing about those days);
 *   <li>as-of inside the record's period: only the periods that have ended by as-of are judged;
 *       a quarter still running on the as-of date is not (a meeting may yet be held). A period
 *       ending on the as-of date is judged: the record covers that day;
 *   <li>as-of before the record starts, or a record shorter than one whole period: nothing is
 *       judged, and the finding is advisory and says so.
 * </ul>
 * An event counts for the period its date falls in: a meeting on 31 March counts for Q1.
 *
 * <p>The finding names every period short of the minimum in the fact {@code missingPeriods}
 * ({@code [2021-Q3, 2021-Q4]}; its message writes them as its reader does, 2021年第三季度、
 * 2021年第四季度), with the count of each judged period in {@code counts}; when met, its message
 * names the span judged from the facts {@code firstAuditedPeriod} and {@code lastAuditedPeriod}.
 * Each activity has its own texts, keyed {@code B16.general-meeting.met}, {@code .short} and
 * {@code .not-judged}.
 */
final class FrequencyRule implements Rule {
  /** The fact every count of the plan's frequencies is read from. */
  private static final String EVENTS = PartyFacts.RECORD + ".events";

  // --- B14 (附件2 1(5)): one sentence, two activities ---

  static final Citation B14 = BenchmarkPlan.cite("附件2 1（5）", "每年至少召开1次组织生活会，并坚持开展民主评议党员活动");
  static final Parameter LIFE_MEETINGS = Parameter.of("organisationalLifeMeetingsPerYear", 1, Unit.TIMES, EVENTS, B14);
  static final Parameter APPRAISALS = Parameter.of("democraticAppraisalsPerYear", 1, Unit.TIMES, EVENTS, B14);

  /** B14, {@code B14.organisational-life-meeting}: an organisational-life meeting every year. */
  static FrequencyRule b14OrganisationalLifeMeeting(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B14", "organisational-life-meeting", B14),
        ActivityKind.ORGANISATIONAL_LIFE_MEETING, PeriodUnit.YEAR, values.get(LIFE_MEETINGS), false, HunanVocabulary.HOLD_ACTIVITIES);
  }

  /** B14, {@code B14.democratic-appraisal}: a democratic appraisal of members every year. */
  static FrequencyRule b14DemocraticAppraisal(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B14", "democratic-appraisal", B14),
        ActivityKind.DEMOCRATIC_APPRAISAL, PeriodUnit.YEAR, values.get(APPRAISALS), false, HunanVocabulary.HOLD_ACTIVITIES);
  }

  // --- B16 (附件2 2(1)): three sentences ---

  static final Citation B16_LECTURE = BenchmarkPlan.cite("附件2 2（1）", "党组织负责人每年带头为党员至少上1次党课");
  static final Citation B16_GENERAL_MEETING = BenchmarkPlan.cite("附件2 2（1）", "每季度召开1次党员大会");
  static final Citation B16_COMMITTEE_MEETING = BenchmarkPlan.cite("附件2 2（1）", "每月召开1次支委会");
  static final Parameter LECTURES = Parameter.of("partyLecturesPerYear", 1, Unit.TIMES, EVENTS, B16_LECTURE);
  static final Parameter GENERAL_MEETINGS = Parameter.of("generalMeetingsPerQuarter", 1, Unit.TIMES, EVENTS, B16_GENERAL_MEETING);
  static final Parameter COMMITTEE_MEETINGS = Parameter.of("committeeMeetingsPerMonth", 1, Unit.TIMES, EVENTS, B16_COMMITTEE_MEETING);

  /** B16, {@code B16.lecture}: a party lecture every year. */
  static FrequencyRule b16Lecture(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B16", "lecture", B16_LECTURE),
        ActivityKind.PARTY_LECTURE, PeriodUnit.YEAR, values.get(LECTURES), false, HunanVocabulary.HOLD_ACTIVITIES);
  }

  /** B16, {@code B16.general-meeting}: a general meeting every quarter. */
  static FrequencyRule b16GeneralMeeting(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B16", "general-meeting", B16_GENERAL_MEETING),
        ActivityKind.GENERAL_MEETING, PeriodUnit.QUARTER, values.get(GENERAL_MEETINGS), false, HunanVocabulary.HOLD_ACTIVITIES);
  }

  /** B16, {@code B16.committee-meeting}: a committee meeting every month, where there is a committee. */
  static FrequencyRule b16CommitteeMeeting(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B16", "committee-meeting", B16_COMMITTEE_MEETING),
        ActivityKind.COMMITTEE_MEETING, PeriodUnit.MONTH, values.get(COMMITTEE_MEETINGS), true, HunanVocabulary.HOLD_ACTIVITIES);
  }

  // --- B18 (附件2 2(3)) ---

  static final Citation B18 = BenchmarkPlan.cite("附件2 2（3）", "支部书记组织党员每季度至少开展1次集中学习");
  static final Parameter STUDIES = Parameter.of("collectiveStudiesPerQuarter", 1, Unit.TIMES, EVENTS, B18);

  /** B18: a collective study every quarter. */
  static FrequencyRule b18CollectiveStudy(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B18", B18),
        ActivityKind.COLLECTIVE_STUDY, PeriodUnit.QUARTER, values.get(STUDIES), false, HunanVocabulary.HOLD_ACTIVITIES);
  }

  // --- B21 (附件2 7(2)) ---

  static final Citation B21 = BenchmarkPlan.cite("附件2 7（2）", "每年向省注协把报送党建工作宣传稿不少于5篇");
  static final Parameter ARTICLES = Parameter.of("publicityArticlesPerYear", 5, Unit.ITEMS, EVENTS, B21);

  /** 报送党建工作宣传稿 (B21): the one action of the plan that is not holding an activity. */
  static final RequiredAction SUBMIT_PUBLICITY_ARTICLES =
      RequiredAction.of("SUBMIT_PUBLICITY_ARTICLES", "报送党建工作宣传稿",
          "send the required publicity articles on party building to the provincial institute");

  /** B21: 5 publicity articles every year. */
  static FrequencyRule b21PublicityArticles(ParameterValues values) {
    return new FrequencyRule(BenchmarkPlan.findings("B21", B21),
        ActivityKind.PUBLICITY_ARTICLE, PeriodUnit.YEAR, values.get(ARTICLES), false, SUBMIT_PUBLICITY_ARTICLES);
  }

  // --- the logic, one instance per activity ---

  private final FindingFactory findings;
  private final ActivityKind kind;
  private final PeriodUnit unit;
  private final Parameter minimum;
  private final boolean onlyWithCommittee;
  private final Set<RequiredAction> actions;
  private final MessageTemplate met;
  private final MessageTemplate missing;
  private final MessageTemplate notJudged;

  /**
   * @param findings keyed as the texts are: {@code key.met}, {@code key.short} and {@code key.not-judged}
   * @param onlyWithCommittee the rule speaks only to an organisation with a committee (支委会)
   */
  private FrequencyRule(FindingFactory findings, ActivityKind kind, PeriodUnit unit, Parameter minimum,
      boolean onlyWithCommittee, RequiredAction action) {
    this.findings = findings.reads(minimum);
    this.kind = kind;
    this.unit = unit;
    this.minimum = minimum;
    this.onlyWithCommittee = onlyWithCommittee;
    this.actions = Set.of(action);
    this.met = BenchmarkPlan.message(findings.key() + ".met");
    this.missing = BenchmarkPlan.message(findings.key() + ".short");
    this.notJudged = BenchmarkPlan.message(findings.key() + ".not-judged");
  }

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
    if (onlyWithCommittee && !hasCommittee(organisation, out)) {
      return;
    }
    Optional<ActivityRecord> found = PartyFacts.record(organisation, findings, out);
    if (found.isEmpty()) {
      return;
    }
    ActivityRecord record = found.get();
    PartyOrganisation party = organisation.getPartyOrganisation().orElseThrow();
    List<LocalDate> periods =
        unit.periodsWithin(PartyFacts.auditStart(party, record), PartyFacts.auditEnd(record, asOf));
    if (periods.isEmpty()) {
      out.add(findings.advisory(notJudged, Set.of(),
          Fact.of(ModelFacts.RECORD_FROM, record.getPeriodFrom()), Fact.of(ModelFacts.RECORD_TO, record.getPeriodTo()),
          Fact.of(ModelFacts.AS_OF, asOf)));
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    periods.forEach(start -> counts.put(unit.label(start), 0));
    Optional<String> head = kind == ActivityKind.PARTY_LECTURE ? secretary(party) : Optional.empty();
    for (ActivityEvent event : record.getEvents()) {
      if (event.getKind() == kind && byHead(event, head)) {
        counts.computeIfPresent(unit.label(unit.startOf(event.getDate())), (label, n) -> n + 1);
      }
    }
    int limit = minimum.intValue();
    List<String> short_ = new ArrayList<>();
    counts.forEach((label, n) -> {
      if (n < limit) {
        short_.add(label);
      }
    });
    List<String> judged = List.copyOf(counts.keySet());
    Fact audited = Fact.of(PartyFacts.AUDITED_PERIODS, Labels.of(judged));
    Fact missingPeriods = Fact.of(PartyFacts.MISSING_PERIODS, Labels.of(short_), limit);
    Fact countFact = Fact.of(PartyFacts.COUNTS, Collections.unmodifiableMap(counts));
    Fact[] facts = {missingPeriods, audited, countFact};
    if (short_.isEmpty()) {
      out.add(findings.satisfied(met, PartyFacts.and(facts, PartyFacts.auditedSpan(judged))));
    } else {
      out.add(findings.violated(asOf, missing, actions, facts));
    }
  }

  /** The secretary (党组织负责人) as the committee record names them, if it does. */
  private static Optional<String> secretary(PartyOrganisation party) {
    return party.getStructure().flatMap(BranchStructure::getCommittee).flatMap(BranchCommittee::getSecretary);
  }

  /**
   * B16's lecture is the head's own (“党组织负责人每年带头为党员至少上1次党课”): a lecture whose
   * lecturer is recorded and is not the secretary does not count. A lecture without a lecturer,
   * or a record without a secretary, counts as the organisation's lecture, as before the lecturer
   * was read: the record does not say it was someone else's.
   */
  private static boolean byHead(ActivityEvent event, Optional<String> head) {
    return head.isEmpty() || event.getLeader().map(head.get()::equals).orElse(true);
  }

  /** Whether a committee exists; an undecided finding when that is not reported. */
  private boolean hasCommittee(Organisation organisation, List<Finding> out) {
    Optional<BranchStructure> structure = PartyFacts.structure(organisation, findings, out);
    if (structure.isEmpty()) {
      return false;
    }
    Optional<BranchCommittee> committee = structure.get().getCommittee();
    if (committee.isEmpty()) {
      out.add(findings.undecided(List.of(PartyFacts.COMMITTEE), Fact.unknown(PartyFacts.COMMITTEE)));
      return false;
    }
    return committee.get().hasCommittee();
  }
}
