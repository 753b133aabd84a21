package org.partyorg.rules.register;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * A growth target's measure (Liaoning L6: the joint party organisations between enterprises
 * double): the count now against the count before the campaign, which the caller supplies.
 *
 * <p><b>How a register counts joint organisations.</b> A joint party organisation appears in
 * the record of every organisation it covers ({@code PartyOrganisation.getForm() == JOINT},
 * {@code getJointScope() == BETWEEN_ENTERPRISES}). A record of a joint organisation that covers
 * <i>n</i> organisations ({@code coveredCount()}) counts for 1/<i>n</i> of it, so a joint
 * organisation counts once when every organisation it covers is in the register and reports the
 * same <i>n</i>; the sum is kept as an exact fraction. Counting by distinct lists of credit codes
 * would be exact too but needs every list in memory, which a register of millions cannot afford.
 * A record whose party organisation, joint scope or covered count is not reported could add up to
 * one more organisation: it is counted in {@link #undecided()}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class JointGrowth {
  private final BigInteger numerator;
  private final BigInteger denominator;
  private final long undecided;
  private final BigDecimal factor;
  private final OptionalLong baseline;

  JointGrowth(SortedMap<Integer, Long> recordsByCovered, long undecided, BigDecimal factor, OptionalLong baseline) {
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (Map.Entry<Integer, Long> entry : recordsByCovered.entrySet()) {
      BigInteger n = BigInteger.valueOf(entry.getKey());
      // num/den + c/n
      num = num.multiply(n).add(BigInteger.valueOf(entry.getValue()).multiply(den));
      den = den.multiply(n);
      BigInteger gcd = num.gcd(den);
      if (gcd.signum() > 0) {
        num = num.divide(gcd);
        den = den.divide(gcd);
      }
    }
    this.numerator = num;
    this.denominator = den;
    this.undecided = undecided;
    this.factor = factor;
    this.baseline = baseline;
  }

  /** The joint organisations counted now, rounded down to 2 decimals (a register that holds part of one shows the part). */
  public BigDecimal count() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.DOWN);
  }

  /** Records that may hold one more joint organisation between enterprises, by facts not reported. */
  public long undecided() {
    return undecided;
  }

  /** The factor to reach (2 for 翻番). */
  public BigDecimal factor() {
    return factor;
  }

  /** The count before the campaign, as the caller supplied it; empty if not supplied. */
  public OptionalLong baseline() {
    return baseline;
  }

  /** The count to reach: factor × baseline; empty without the baseline. */
  public Optional<BigDecimal> required() {
    return baseline.isPresent() ? Optional.of(factor.multiply(BigDecimal.valueOf(baseline.getAsLong()))) : Optional.empty();
  }

  /**
   * {@link Verdict#UNDECIDED} without the baseline or when the undecided records could tip it;
   * otherwise met when the count reaches factor × baseline, compared exactly.
   */
  public Verdict verdict() {
    if (baseline.isEmpty()) {
      return Verdict.UNDECIDED;
    }
    BigDecimal required = required().get();
    if (compare(numerator, required) >= 0) {
      return Verdict.MET;
    }
    BigInteger best = numerator.add(BigInteger.valueOf(undecided).multiply(denominator));
    return compare(best, required) >= 0 ? Verdict.UNDECIDED : Verdict.NOT_MET;
  }

  /** Joint organisations still to form to reach the target (0 when reached); empty without the baseline. */
  public OptionalLong shortfall() {
    if (baseline.isEmpty()) {
      return OptionalLong.empty();
    }
    // (required × den − num) ÷ den rounded up, exactly: a count a hair below the required one
    // (denominators of many covered counts run past any fixed precision) still lacks one
    BigDecimal den = new BigDecimal(denominator);
    BigDecimal missing = required().get().multiply(den).subtract(new BigDecimal(numerator)).divide(den, 0, RoundingMode.CEILING);
    return OptionalLong.of(Math.max(0, missing.longValueExact()));
  }

  // numerator/denominator against an exact decimal, by cross-multiplying
  private int compare(BigInteger num, BigDecimal value) {
    BigDecimal left = new BigDecimal(num);
    BigDecimal right = value.multiply(new BigDecimal(denominator));
    return left.compareTo(right);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JointGrowth that && numerator.equals(that.numerator) && denominator.equals(that.denominator)
        && undecided == that.undecided && factor.compareTo(that.factor) == 0 && baseline.equals(that.baseline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator, undecided, baseline);
  }

  /** For logs: {@code 41/2 joint (+3 undecided) against 2 × 12}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " joint (+" + undecided + " undecided) against " + factor.toPlainString() + " × "
        + (baseline.isPresent() ? String.valueOf(baseline.getAsLong()) : "?");
  }
}
