package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
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
 * ("2021-Q3, 2021-Q4") and in its message, with the count of each judged period in
 * {@code counts}.
 */
final class FrequencyRule implements Rule {
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
   * @param whatZh the activity in Chinese with its measure word, e.g. "党员大会" and "次", or "宣传稿" and "篇"
   * @param onlyWithCommittee the rule speaks only to an organisation with a committee (支委会)
   */
  FrequencyRule(FindingFactory findings, ActivityKind kind, PeriodUnit unit, Parameter minimum,
      boolean onlyWithCommittee, RequiredAction action, String whatZh, String measureZh, String whatEn) {
    this.findings = findings;
    this.kind = kind;
    this.unit = unit;
    this.minimum = minimum;
    this.onlyWithCommittee = onlyWithCommittee;
    this.actions = Set.of(action);
    this.met = MessageTemplate.of(
        "{auditedPeriods}每" + unit.zh() + "均有" + whatZh + "至少{missingPeriods.limit}" + measureZh + "。",
        "at least {missingPeriods.limit} " + whatEn + " in every " + unit.en() + " judged ({auditedPeriods}): met.");
    this.missing = MessageTemplate.of(
        "{missingPeriods}" + whatZh + "少于{missingPeriods.limit}" + measureZh + "（每" + unit.zh() + "至少{missingPeriods.limit}"
            + measureZh + "）。",
        "fewer than {missingPeriods.limit} " + whatEn + " in {missingPeriods} (at least {missingPeriods.limit} every "
            + unit.en() + ").");
    this.notJudged = MessageTemplate.of(
        "活动记录（{partyOrganisation.activityRecord.periodFrom}至{partyOrganisation.activityRecord.periodTo}）截至{asOf}不含完整的一个" + unit.zh() + "，未审核" + whatZh + "。",
        "the record ({partyOrganisation.activityRecord.periodFrom} to {partyOrganisation.activityRecord.periodTo}) holds no whole " + unit.en() + " ended by {asOf}: "
            + whatEn + " not audited.");
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public java.util.List<String> keys() {
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
    for (ActivityEvent event : record.getEvents()) {
      if (event.getKind() == kind) {
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
    Fact audited = Fact.of(PartyFacts.AUDITED_PERIODS, Labels.of(List.copyOf(counts.keySet())));
    Fact missingPeriods = Fact.of(PartyFacts.MISSING_PERIODS, Labels.of(short_), limit);
    Fact countFact = Fact.of(PartyFacts.COUNTS, Collections.unmodifiableMap(counts));
    if (short_.isEmpty()) {
      out.add(findings.satisfied(met, missingPeriods, audited, countFact));
    } else {
      out.add(findings.violated(asOf, missing, actions, missingPeriods, audited, countFact));
    }
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
