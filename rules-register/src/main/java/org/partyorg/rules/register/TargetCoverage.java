package org.partyorg.rules.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.OrganisationCategory;

/**
 * One target of one policy set measured over a register: the figures in total, by division at
 * each of the three levels and by category, the organisations of the base known not to be
 * covered (the first ones kept, all counted), and for a growth target the joint-organisation
 * count against the baseline.
 *
 * <p>For a rate target "covered" is the target's {@link Target#getCoverageForms()}; for a growth
 * target (L6) it is "holds a joint organisation between enterprises", and the verdict is that
 * of {@link #growth()}. Immutable and safe to share between threads.
 */
public final class TargetCoverage {
  private final String policySetId;
  private final Target target;
  private final Figures total;
  private final SortedMap<Division, Figures> byDivision;
  private final Map<OrganisationCategory, Figures> byCategory;
  private final long uncoveredCount;
  private final List<Uncovered> uncovered;
  private final Optional<JointGrowth> growth;

  TargetCoverage(CoverageReport.Entry entry, Tally.TargetTally tally, OptionalLong baseline) {
    this.policySetId = entry.policySetId;
    this.target = entry.target;
    this.total = new Figures(tally.total, target.getRate());
    TreeMap<Division, Figures> divisions = new TreeMap<>();
    tally.byDivision().forEach((d, c) -> divisions.put(d, new Figures(c, target.getRate())));
    this.byDivision = Collections.unmodifiableSortedMap(divisions);
    EnumMap<OrganisationCategory, Figures> categories = new EnumMap<>(OrganisationCategory.class);
    tally.byCategory().forEach((k, c) -> categories.put(k, new Figures(c, target.getRate())));
    this.byCategory = Collections.unmodifiableMap(categories);
    this.uncoveredCount = tally.uncovered;
    this.uncovered = List.copyOf(tally.sample);
    this.growth = target.getGrowthFactor()
        .map(factor -> new JointGrowth(tally.jointByCovered, tally.jointUndecided, factor, baseline));
  }

  /** The id of the policy set the target is of, e.g. {@code liaoning-2016}. */
  public String policySetId() {
    return policySetId;
  }

  public Target target() {
    return target;
  }

  /** The figures over the whole register. */
  public Figures total() {
    return total;
  }

  /**
   * The figures by division, ordered province, city, district, then by code; a division appears
   * once an organisation of it counts in the base, is undecided or excluded.
   */
  public SortedMap<Division, Figures> byDivision() {
    return byDivision;
  }

  /** The figures of one division, or empty figures of the target if none of its organisations counted. */
  public Figures division(Division division) {
    return byDivision.getOrDefault(division, new Figures(new Tally.Counts(), target.getRate()));
  }

  /** The figures by category, in the order of {@link OrganisationCategory}; only categories that counted. */
  public Map<OrganisationCategory, Figures> byCategory() {
    return byCategory;
  }

  /** How many organisations of the base are known not to be covered (rate targets only; 0 for growth). */
  public long uncoveredCount() {
    return uncoveredCount;
  }

  /**
   * The first of them in register order, at most {@link CoverageReport.Request#keepAtMost} (the
   * rest went to the caller's sink only); the same for a sequential and a parallel stream.
   */
  public List<Uncovered> uncovered() {
    return uncovered;
  }

  /** For a growth target, the count against the baseline; empty for a rate target. */
  public Optional<JointGrowth> growth() {
    return growth;
  }

  /** Met, not met or undecided: by the rate for a rate target, by {@link #growth()} for a growth target. */
  public Verdict verdict() {
    return growth.map(JointGrowth::verdict).orElseGet(() -> total.verdict().orElseThrow());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TargetCoverage that && policySetId.equals(that.policySetId) && target.equals(that.target)
        && total.equals(that.total) && byDivision.equals(that.byDivision) && byCategory.equals(that.byCategory)
        && uncoveredCount == that.uncoveredCount && uncovered.equals(that.uncovered) && growth.equals(that.growth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policySetId, target.getKey(), total, uncoveredCount);
  }

  /** For logs: {@code liaoning-2016/enterpriseCoverage NOT_MET 98/141 (+0 undecided, 0 excluded)}. */
  @Override
  public String toString() {
    return policySetId + "/" + target.getKey() + " " + verdict() + " " + growth.map(Object::toString).orElse(total.toString());
  }
}
