package org.partyorg.rules.register;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.BaseClause;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.AssessmentResult;

/**
 * The mutable running totals of one part of a stream; one per thread of a parallel stream,
 * combined left to right in encounter order so that the kept samples are the first ones of the
 * register whatever the split. Not thread-safe: a collector confines each to one thread.
 */
final class Tally {
  /** The figures of one target over one part of the register, as counters. */
  static final class Counts {
    long base;
    long covered;
    long inBaseCoverageUnknown;
    long maybeCovered;
    long maybeUncovered;
    long maybeUnknown;
    long excluded;

    void add(Optional<Boolean> inBase, Optional<Boolean> covered) {
      if (inBase.isPresent()) {
        if (covered.isEmpty()) {
          inBaseCoverageUnknown++;
        } else {
          base++;
          if (covered.get()) {
            this.covered++;
          }
        }
      } else if (covered.isEmpty()) {
        maybeUnknown++;
      } else if (covered.get()) {
        maybeCovered++;
      } else {
        maybeUncovered++;
      }
    }

    void merge(Counts other) {
      base += other.base;
      covered += other.covered;
      inBaseCoverageUnknown += other.inBaseCoverageUnknown;
      maybeCovered += other.maybeCovered;
      maybeUncovered += other.maybeUncovered;
      maybeUnknown += other.maybeUnknown;
      excluded += other.excluded;
    }
  }

  /** One target's running totals. */
  static final class TargetTally {
    final Counts total = new Counts();
    final Map<Division, Counts> byDivision = new HashMap<>();
    final Map<OrganisationCategory, Counts> byCategory = new EnumMap<>(OrganisationCategory.class);
    long uncovered;
    final List<Uncovered> sample = new ArrayList<>();
    final TreeMap<Integer, Long> jointByCovered = new TreeMap<>();
    long jointUndecided;

    void merge(TargetTally other, int keep) {
      total.merge(other.total);
      other.byDivision.forEach((d, c) -> byDivision.computeIfAbsent(d, k -> new Counts()).merge(c));
      other.byCategory.forEach((k, c) -> byCategory.computeIfAbsent(k, x -> new Counts()).merge(c));
      uncovered += other.uncovered;
      keepFirst(sample, other.sample, keep);
      other.jointByCovered.forEach((n, c) -> jointByCovered.merge(n, c, Long::sum));
      jointUndecided += other.jointUndecided;
    }
  }

  final CoverageReport.Request request;
  long read;
  long assessed;
  long excluded;
  long rejected;
  final List<AssessmentResult> rejectedSample = new ArrayList<>();
  final TargetTally[] targets;
  final Map<String, TreeMap<YearMonth, Long>> overdueByMonth = new HashMap<>();
  private final Map<String, Division[]> divisionCache = new HashMap<>();

  Tally(CoverageReport.Request request) {
    this.request = request;
    this.targets = new TargetTally[request.targets.size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = new TargetTally();
    }
  }

  void accept(AssessmentResult result) {
    read++;
    if (result.getAssessment().isEmpty()) {
      rejected++;
      if (rejectedSample.size() < request.keep) {
        rejectedSample.add(result);
      }
      request.rejectedSink.accept(result);
      return;
    }
    Assessment assessment = result.getAssessment().get();
    if (assessment.getPolicySetIds().isEmpty()) {
      excluded++;
      return;
    }
    assessed++;
    Organisation organisation = assessment.getOrganisation();
    for (String setId : assessment.getPolicySetIds()) {
      for (int i : request.targetsOf(setId)) {
        measure(i, result.getIndex(), organisation, assessment);
      }
    }
    for (Finding finding : assessment.getFindings()) {
      if (finding.isOverdue() && finding.getDeadline().isPresent()) {
        overdueByMonth.computeIfAbsent(finding.getPolicySetId(), k -> new TreeMap<>())
            .merge(YearMonth.from(finding.getDeadline().get()), 1L, Long::sum);
      }
    }
  }

  private void measure(int i, long index, Organisation organisation, Assessment assessment) {
    CoverageReport.Entry entry = request.targets.get(i);
    Target target = entry.target;
    TargetTally tally = targets[i];
    if (hasExcludedTrait(target, organisation)) {
      if (mayMatch(target, organisation)) {
        for (Counts counts : counts(tally, organisation)) {
          counts.excluded++;
        }
      }
      return;
    }
    Optional<Boolean> inBase = target.inBase(organisation);
    if (inBase.isPresent() && !inBase.get()) {
      return;
    }
    Optional<Boolean> covered = target.getGrowthFactor().isPresent() ? inJointBetweenEnterprises(organisation)
        : target.covers(organisation);
    Optional<Boolean> known = inBase.isPresent() ? Optional.of(true) : Optional.empty();
    for (Counts counts : counts(tally, organisation)) {
      counts.add(known, covered);
    }
    if (target.getGrowthFactor().isPresent()) {
      countJoint(tally, organisation, covered);
    }
    if (target.getRate().isPresent() && inBase.isPresent() && covered.isPresent() && !covered.get()) {
      tally.uncovered++;
      if (tally.sample.size() < request.keep || request.uncoveredSink != CoverageReport.Request.NO_SINK) {
        Uncovered uncovered = Uncovered.of(index, organisation, entry.policySetId, target, assessment.getFindings());
        if (tally.sample.size() < request.keep) {
          tally.sample.add(uncovered);
        }
        request.uncoveredSink.accept(uncovered);
      }
    }
  }

  private static void countJoint(TargetTally tally, Organisation organisation, Optional<Boolean> covered) {
    if (covered.isEmpty()) {
      tally.jointUndecided++;
    } else if (covered.get()) {
      var count = organisation.getPartyOrganisation().get().coveredCount();
      if (count.isPresent()) {
        tally.jointByCovered.merge(count.getAsInt(), 1L, Long::sum);
      } else {
        tally.jointUndecided++;
      }
    }
  }

  /** Whether the record holds a joint organisation between enterprises; empty when it does not say. */
  static Optional<Boolean> inJointBetweenEnterprises(Organisation organisation) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      return Optional.empty();
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    if (party.getForm() != PartyOrganisationForm.JOINT) {
      return Optional.of(false);
    }
    return party.getJointScope().map(scope -> scope == JointScope.BETWEEN_ENTERPRISES);
  }

  private static boolean hasExcludedTrait(Target target, Organisation organisation) {
    return target.getExcludedTraits().stream().anyMatch(organisation::hasTrait);
  }

  private static boolean mayMatch(Target target, Organisation organisation) {
    for (BaseClause clause : target.base()) {
      if (clause.matches(organisation).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private List<Counts> counts(TargetTally tally, Organisation organisation) {
    Division[] divisions = divisionsOf(organisation.getDivisionCode());
    return List.of(
        tally.total,
        tally.byDivision.computeIfAbsent(divisions[0], k -> new Counts()),
        tally.byDivision.computeIfAbsent(divisions[1], k -> new Counts()),
        tally.byDivision.computeIfAbsent(divisions[2], k -> new Counts()),
        tally.byCategory.computeIfAbsent(organisation.getCategory(), k -> new Counts()));
  }

  // a register has a few thousand districts and millions of records: parse each code once per thread
  private Division[] divisionsOf(String code) {
    return divisionCache.computeIfAbsent(code, c -> new Division[] {
        Division.of(c, Division.Level.PROVINCE), Division.of(c, Division.Level.CITY), Division.of(c, Division.Level.DISTRICT)});
  }

  /** Adds {@code right}, the part of the stream after this one. */
  Tally combine(Tally right) {
    read += right.read;
    assessed += right.assessed;
    excluded += right.excluded;
    rejected += right.rejected;
    keepFirst(rejectedSample, right.rejectedSample, request.keep);
    for (int i = 0; i < targets.length; i++) {
      targets[i].merge(right.targets[i], request.keep);
    }
    right.overdueByMonth.forEach((set, months) -> {
      TreeMap<YearMonth, Long> mine = overdueByMonth.computeIfAbsent(set, k -> new TreeMap<>());
      months.forEach((m, c) -> mine.merge(m, c, Long::sum));
    });
    return this;
  }

  private static <T> void keepFirst(List<T> left, List<T> right, int keep) {
    for (T item : right) {
      if (left.size() >= keep) {
        return;
      }
      left.add(item);
    }
  }
}
