package org.partyorg.rules.examples.ownset;

import static org.partyorg.rules.examples.ownset.HighTechStations2026.HIGH_TECH;
import static org.partyorg.rules.examples.ownset.HighTechStations2026.SERVICE_STATION;
import static org.partyorg.rules.examples.ownset.HighTechStations2026.SET_UP_SERVICE_STATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * X1 of the fictional notice ({@link HighTechStations2026}): "职工人数50人以上的高新技术企业，
 * 应当于2026年12月31日前建立党群服务站。"
 *
 * <ul>
 *   <li>not reported as a {@linkplain HighTechStations2026#HIGH_TECH high-tech enterprise}: the
 *       rule does not concern it, no finding (a trait is reported or absent, never unknown);
 *   <li>head-count not given: {@code UNDECIDED}, naming {@code headCount} (and
 *       {@code serviceStation} when that is not given either) — the rule cannot tell whether it
 *       applies;
 *   <li>fewer staff than the threshold: outside the rule, no finding;
 *   <li>at or above it: {@code SATISFIED} with a station, {@code VIOLATED} without one (asking
 *       for {@linkplain HighTechStations2026#SET_UP_SERVICE_STATION a station}, overdue after
 *       2026-12-31), {@code UNDECIDED} naming {@code serviceStation} when the extra fact is not
 *       given: an absent extra fact is unknown, never false.
 * </ul>
 *
 * <p>Immutable and thread-safe, like every rule.
 */
final class StationRule implements Rule {
  private static final MessageTemplate MET = HighTechStations2026.MESSAGES.template("X1.met");
  private static final MessageTemplate MISSING = HighTechStations2026.MESSAGES.template("X1.missing");
  private static final Set<RequiredAction> SET_UP = Set.of(SET_UP_SERVICE_STATION);

  private final FindingFactory findings;
  private final int staffThreshold;

  /**
   * @param findings the set id, rule id, citation and deadline of X1's findings
   * @param staffThreshold the head-count from which an enterprise needs a station (the set's
   *     parameter {@code stationStaffThreshold}, 50)
   */
  StationRule(FindingFactory findings, int staffThreshold) {
    this.findings = Objects.requireNonNull(findings, "findings");
    this.staffThreshold = staffThreshold;
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (!organisation.hasTrait(HIGH_TECH)) {
      return;
    }
    OptionalInt staff = organisation.getHeadCount();
    // the evaluator has checked that the value, when given, is a Boolean
    Optional<Boolean> station = organisation.extraFact(SERVICE_STATION, Boolean.class);
    Fact stationFact = station.map(s -> Fact.of(SERVICE_STATION, s)).orElseGet(() -> Fact.unknown(SERVICE_STATION));
    if (staff.isEmpty()) {
      List<FactType> missing = station.isEmpty()
          ? List.of(ModelFacts.HEAD_COUNT, SERVICE_STATION)
          : List.of(ModelFacts.HEAD_COUNT);
      out.add(findings.undecided(missing, Fact.unknown(ModelFacts.HEAD_COUNT, staffThreshold), stationFact));
      return;
    }
    if (staff.getAsInt() < staffThreshold) {
      return;
    }
    Fact headCount = Fact.of(ModelFacts.HEAD_COUNT, staff.getAsInt(), staffThreshold);
    if (station.isEmpty()) {
      out.add(findings.undecided(List.of(SERVICE_STATION), headCount, stationFact));
    } else if (station.get()) {
      out.add(findings.satisfied(MET, headCount, stationFact));
    } else {
      out.add(findings.violated(asOf, MISSING, SET_UP, headCount, stationFact));
    }
  }
}
