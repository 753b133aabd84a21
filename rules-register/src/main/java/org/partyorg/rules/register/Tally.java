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
    private static final OrganisationCategory[] CATEGORIES = OrganisationCategory.values();

    final Counts total = new Counts();
    // by district only while streaming (one lookup per record); cities and provinces are their sums
    final Map<String, Counts> byDistrict = new HashMap<>();
    final Counts[] byCategory = new Counts[CATEGORIES.length];
    long uncovered;
    final List<Uncovered> sample = new ArrayList<>();
    final TreeMap<Integer, Long> jointByCovered = new TreeMap<>();
    long jointUndecided;

    void merge(TargetTally other, int keep) {
      total.merge(other.total);
      other.byDistrict.forEach((d, c) -> byDistrict.computeIfAbsent(d, k -> new Counts()).merge(c));
      for (int i = 0; i < byCategory.length; i++) {
        if (other.byCategory[i] != null) {
          category(CATEGORIES[i]).merge(other.byCategory[i]);
        }
      }
      uncovered += other.uncovered;
      keepFirst(sample, other.sample, keep);
      other.jointByCovered.forEach((n, c) -> jointByCovered.merge(n, c, Long::sum));
      jointUndecided += other.jointUndecided;
    }

    Counts category(OrganisationCategory category) {
      Counts counts = byCategory[category.ordinal()];
      if (counts == null) {
        counts = new Counts();
        byCategory[category.ordinal()] = counts;
      }
      return counts;
    }

    /** The figures by division at every level, summed from the districts. */
    Map<Division, Counts> byDivision() {
      Map<Division, Counts> divisions = new HashMap<>();
      byDistrict.forEach((code, counts) -> {
        for (Division.Level level : Division.Level.values()) {
          divisions.computeIfAbsent(Division.of(code, level), k -> new Counts()).merge(counts);
        }
      });
      return divisions;
    }

    /** The figures by category, only those that counted. */
    Map<OrganisationCategory, Counts> byCategory() {
      Map<OrganisationCategory, Counts> categories = new EnumMap<>(OrganisationCategory.class);
      for (int i = 0; i < byCategory.length; i++) {
        if (byCategory[i] != null) {
          categories.put(CATEGORIES[i], byCategory[i]);
        }
      }
      return categories;
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
        exclude(tally, organisation);
      }
      return;
    }
    Optional<Boolean> inBase = target.inBase(organisation);
    if (inBase.isPresent() && !inBase.get()) {
      return;
    }
    Optional<Boolean> covered = target.getGrowthFactor().isPresent() ? inJointBetweenEnterprises(organisation)
        : target.covers(organisation);
    add(tally, organisation, inBase, covered);
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
    if (organisation.getTraits().isEmpty()) {
      return false;
    }
    for (var trait : target.getExcludedTraits()) {
      if (organisation.hasTrait(trait)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayMatch(Target target, Organisation organisation) {
    for (BaseClause clause : target.base()) {
      if (clause.matches(organisation).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static void add(TargetTally tally, Organisation organisation, Optional<Boolean> inBase, Optional<Boolean> covered) {
    tally.total.add(inBase, covered);
    tally.byDistrict.computeIfAbsent(organisation.getDivisionCode(), k -> new Counts()).add(inBase, covered);
    tally.category(organisation.getCategory()).add(inBase, covered);
  }

  private static void exclude(TargetTally tally, Organisation organisation) {
    tally.total.excluded++;
    tally.byDistrict.computeIfAbsent(organisation.getDivisionCode(), k -> new Counts()).excluded++;
    tally.category(organisation.getCategory()).excluded++;
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

  /** Adds to {@code left} the first items of {@code right}, the part after it, up to {@code keep} in all. */
  static <T> void keepFirst(List<T> left, List<T> right, int keep) {
    for (T item : right) {
      if (left.size() >= keep) {
        return;
      }
      left.add(item);
    }
  }
}
