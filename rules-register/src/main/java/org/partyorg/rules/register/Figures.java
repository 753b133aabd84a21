package org.partyorg.rules.register;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The coverage figures of one target over a register or one part of it (a division, a
 * category), in organisations.
 *
 * <p><b>Unknown is not zero.</b> An organisation whose membership of the base or whose coverage
 * depends on a fact its record does not report is neither in {@link #base()} nor out of it: it is
 * counted in {@link #undecided()}, and the verdict is {@link Verdict#UNDECIDED} when those
 * organisations could tip it. {@link #base()} and {@link #covered()} count only what is known.
 *
 * <p><b>Exact arithmetic.</b> The rate is compared with the target unrounded (98 of 141 is
 * 0.69503…, not met against 70%) and shown rounded down ({@link #rateShown()}: 69.50%).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Figures {
  private final long base;
  private final long covered;
  // undecided, by what is known: in the base but coverage unknown; maybe in the base and covered,
  // not covered, or coverage unknown
  private final long inBaseCoverageUnknown;
  private final long maybeCovered;
  private final long maybeUncovered;
  private final long maybeUnknown;
  private final long excluded;
  private final Optional<BigDecimal> target;

  Figures(Tally.Counts counts, Optional<BigDecimal> target) {
    this.base = counts.base;
    this.covered = counts.covered;
    this.inBaseCoverageUnknown = counts.inBaseCoverageUnknown;
    this.maybeCovered = counts.maybeCovered;
    this.maybeUncovered = counts.maybeUncovered;
    this.maybeUnknown = counts.maybeUnknown;
    this.excluded = counts.excluded;
    this.target = target;
  }

  /** Organisations known to be in the base, after the document's exclusions. */
  public long base() {
    return base;
  }

  /** Organisations known to be in the base and known to be covered. */
  public long covered() {
    return covered;
  }

  /** Organisations known to be in the base and known not to be covered. */
  public long uncovered() {
    return base - covered;
  }

  /** Organisations that may be in the base, or are and may be covered, by facts not reported. */
  public long undecided() {
    return inBaseCoverageUnknown + maybeCovered + maybeUncovered + maybeUnknown;
  }

  /**
   * Organisations of the base's categories left out by the document's exclusions (Wuhan's shell,
   * zombie and shadow enterprises).
   */
  public long excluded() {
    return excluded;
  }

  /** The target rate between 0 and 1, for a rate target; empty for a growth target. */
  public Optional<BigDecimal> target() {
    return target;
  }

  /** The rate covered ÷ base of what is known, as a share between 0 and 1; empty for an empty base. */
  public Optional<BigDecimal> rate() {
    // 34 significant digits: enough to show, never used to compare
    return base == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(base), MathContext.DECIMAL128));
  }

  /** The rate in per cent rounded down to 2 decimals (98 of 141: 69.50); empty for an empty base. */
  public Optional<BigDecimal> rateShown() {
    return base == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(covered).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(base), 2, RoundingMode.DOWN));
  }

  /**
   * Whether the target is met: {@link Verdict#MET} if it is met even when every undecided
   * organisation turns out in the base and not covered, {@link Verdict#NOT_MET} if it is missed
   * even when every one turns out covered (or out of the base where that helps), otherwise
   * {@link Verdict#UNDECIDED}. An empty base meets any rate: there is no one to cover. Empty for
   * a growth target, which is judged over the whole register only ({@link TargetCoverage#verdict()}).
   */
  public Optional<Verdict> verdict() {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal rate = target.get();
    // worst case: every maybe-in-base organisation in, and only the known-covered ones covered
    long worstBase = base + inBaseCoverageUnknown + maybeUncovered + maybeUnknown;
    if (reaches(covered, worstBase, rate)) {
      return Optional.of(Verdict.MET);
    }
    // best case: the maybe-uncovered ones out of the base, every unknown coverage covered
    long bestBase = base + inBaseCoverageUnknown + maybeCovered + maybeUnknown;
    long bestCovered = covered + inBaseCoverageUnknown + maybeCovered + maybeUnknown;
    return Optional.of(reaches(bestCovered, bestBase, rate) ? Verdict.UNDECIDED : Verdict.NOT_MET);
  }

  /**
   * How many more organisations of the known base must be covered to reach the rate (0 when it
   * is reached); empty for a growth target.
   */
  public Optional<Long> shortfall() {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal needed = target.get().multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.CEILING);
    return Optional.of(Math.max(0, needed.longValueExact() - covered));
  }

  private static boolean reaches(long covered, long base, BigDecimal rate) {
    return base == 0 || BigDecimal.valueOf(covered).compareTo(rate.multiply(BigDecimal.valueOf(base))) >= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Figures that && base == that.base && covered == that.covered
        && inBaseCoverageUnknown == that.inBaseCoverageUnknown && maybeCovered == that.maybeCovered
        && maybeUncovered == that.maybeUncovered && maybeUnknown == that.maybeUnknown && excluded == that.excluded
        && target.equals(that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, covered, inBaseCoverageUnknown, maybeCovered, maybeUncovered, maybeUnknown, excluded, target);
  }

  /** For logs: {@code 98/141 (+3 undecided, 2 excluded)}. */
  @Override
  public String toString() {
    return covered + "/" + base + " (+" + undecided() + " undecided, " + excluded + " excluded)";
  }
}
