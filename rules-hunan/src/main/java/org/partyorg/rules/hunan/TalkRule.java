package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B17 (附件2 2(2)): the secretary talks (谈心谈话) with each member of the leadership team at
 * least once every half-year, and with each party member at least once a year.
 *
 * <p>The leadership team (班子成员) is the committee members and the person responsible for
 * discipline inspection, the secretary excepted; the members are the roster of the structure,
 * the secretary excepted. The secretary is the current one: a talk counts when it is between the
 * secretary and that person, whichever of the two is recorded as leader. Periods are judged as
 * in {@link FrequencyRule}. The yearly talk with each member is "一般不少于1次" (as a rule, at
 * least once): a gap is reported as advisory, not as a violation; the half-yearly talk with the
 * team is a violation.
 *
 * <p>A leadership not reported (no committee record) leaves the secretary unknown: the rule cannot
 * decide and names the secretary. A committee record that names no secretary reports the post
 * vacant ({@link BranchCommittee}): there are no talks of a secretary to audit, and the rule gives
 * no finding; B13 reports the vacancy.
 */
final class TalkRule implements Rule {
  static final Citation B17_TEAM = BenchmarkPlan.cite("附件2 2（2）", "党支部书记每半年至少与班子成员谈心谈话1次");
  static final Citation B17_MEMBERS = BenchmarkPlan.cite("附件2 2（2）", "与支部党员每年谈心谈话一般不少于1次");
  static final Parameter TEAM_TALKS =
      Parameter.of("teamTalksPerHalfYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B17_TEAM);
  static final Parameter MEMBER_TALKS =
      Parameter.of("memberTalksPerYear", 1, Unit.TIMES, PartyFacts.RECORD + ".events", B17_MEMBERS);

  /** B17, {@code B17.team}: the half-yearly talk with each member of the leadership team. */
  static TalkRule b17WithTeam(ParameterValues values) {
    return new TalkRule(BenchmarkPlan.findings("B17", "team", B17_TEAM), PeriodUnit.HALF_YEAR, values.get(TEAM_TALKS), true);
  }

  /** B17, {@code B17.members}: the yearly talk with each party member. */
  static TalkRule b17WithMembers(ParameterValues values) {
    return new TalkRule(BenchmarkPlan.findings("B17", "members", B17_MEMBERS), PeriodUnit.YEAR, values.get(MEMBER_TALKS), false);
  }

  private final FindingFactory findings;
  private final PeriodUnit unit;
  private final Parameter minimum;
  private final boolean withTeam;
  private final MessageTemplate met;
  private final MessageTemplate missing;
  private final MessageTemplate notJudged;

  /** @param findings keyed as the texts are: {@code key.met}, {@code key.short} and {@code key.not-judged} */
  private TalkRule(FindingFactory findings, PeriodUnit unit, Parameter minimum, boolean withTeam) {
    this.findings = findings.reads(minimum);
    this.unit = unit;
    this.minimum = minimum;
    this.withTeam = withTeam;
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
    Optional<BranchStructure> structure = PartyFacts.structure(organisation, findings, out);
    if (structure.isEmpty()) {
      return;
    }
    Optional<BranchCommittee> committee = structure.get().getCommittee();
    if (committee.isEmpty()) {
      FactType fact = ModelFacts.SECRETARY;
      out.add(findings.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    Optional<String> secretary = committee.get().getSecretary();
    if (secretary.isEmpty()) {
      return;
    }
    Set<String> others = new LinkedHashSet<>();
    if (withTeam) {
      others.addAll(committee.get().getMembers());
      committee.get().getDisciplineInspector().ifPresent(others::add);
    } else {
      if (structure.get().getMembers().isEmpty()) {
        FactType fact = ModelFacts.ROSTER;
        out.add(findings.undecided(List.of(fact), Fact.unknown(fact)));
        return;
      }
      structure.get().getMembers().stream().map(PartyMember::getName).forEach(others::add);
    }
    others.remove(secretary.get());
    if (others.isEmpty()) {
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
      out.add(findings.advisory(notJudged, Set.of(), Fact.of(ModelFacts.AS_OF, asOf)));
      return;
    }
    List<String> gaps = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> shortPeriods = new ArrayList<>();
    Set<String> people = new LinkedHashSet<>();
    for (LocalDate start : periods) {
      String label = unit.label(start);
      labels.add(label);
      Map<String, Integer> talks = talks(record, secretary.get(), start, unit.endOf(start));
      for (String other : others) {
        // someone never talked with has had 0 talks: short of any minimum above 0, and of none at 0
        if (talks.getOrDefault(other, 0) < minimum.intValue()) {
          gaps.add(label + " " + other);
          people.add(other);
          if (shortPeriods.isEmpty() || !shortPeriods.get(shortPeriods.size() - 1).equals(label)) {
            shortPeriods.add(label);
          }
        }
      }
    }
    Fact[] facts = {
      Fact.of(PartyFacts.MISSING_TALKS, Labels.of(gaps), minimum.intValue()),
      Fact.of(PartyFacts.AUDITED_PERIODS, Labels.of(labels)),
      Fact.of(ModelFacts.SECRETARY, secretary.get())
    };
    if (gaps.isEmpty()) {
      out.add(findings.satisfied(met, PartyFacts.and(facts, PartyFacts.auditedSpan(labels))));
      return;
    }
    Fact[] all = PartyFacts.and(facts, Fact.of(PartyFacts.MISSING_TALK_PERIODS, Labels.of(shortPeriods)),
        Fact.of(PartyFacts.NOT_TALKED_WITH, Labels.of(List.copyOf(people))));
    if (withTeam) {
      out.add(findings.violated(asOf, missing, Set.of(HunanVocabulary.HOLD_ACTIVITIES), all));
    } else {
      out.add(findings.advisory(missing, Set.of(HunanVocabulary.HOLD_ACTIVITIES), all));
    }
  }

  /** The number of talks between the secretary and each person in the period, by the person's name. */
  private static Map<String, Integer> talks(ActivityRecord record, String secretary, LocalDate from, LocalDate to) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActivityEvent event : record.getEvents()) {
      if (event.getKind() != ActivityKind.TALK || event.getDate().isBefore(from) || event.getDate().isAfter(to)) {
        continue;
      }
      String leader = event.getLeader().orElse("");
      String counterpart = event.getCounterpart().orElse("");
      if (leader.equals(secretary)) {
        counts.merge(counterpart, 1, Integer::sum);
      } else if (counterpart.equals(secretary)) {
        counts.merge(leader, 1, Integer::sum);
      }
    }
    return counts;
  }
}
