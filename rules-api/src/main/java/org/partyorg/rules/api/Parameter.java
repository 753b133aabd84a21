package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.ModelLimits;

/**
 * A threshold, limit or rate of a policy set (100 staff, 3 formal members, 1%), named and
 * cited, so that a rule never hides a number inside a condition and a what-if can override it.
 *
 * <p>{@link #getFact()} names the organisation property the value is compared with (for
 * example {@code headCount}); test generators bias their numbers toward such values so that
 * both sides of every threshold come up often.
 */
@Value.Immutable
@ValueStyle
public abstract class Parameter {
  /** Unique within its policy set, e.g. {@code standaloneStaffThreshold}. */
  public abstract String getKey();

  public abstract BigDecimal getValue();

  /** The {@link org.partyorg.rules.api.model.Organisation} property compared with the value, if any. */
  public abstract Optional<String> getFact();

  public abstract Citation getCitation();

  /**
   * The unit of the value: persons, organisations, items, times or years for a count; a share
   * (0.8 for 80%) for a rate; none for a factor. By default the unit of the compared fact where
   * the shared model declares it ({@link ModelFacts}), else none.
   */
  @Value.Default
  public Unit getUnit() {
    return getFact().flatMap(ModelFacts::named).map(FactType::getUnit).orElse(Unit.NONE);
  }

  /**
   * This parameter with another value, for what-if analysis; the key, fact, unit and citation stay.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the range, if a
   *     parameter compared with an organisation's fact (a count of persons, of years, of events)
   *     is given anything but a whole number from 0 to 10,000,000, or another parameter (a rate,
   *     a factor) anything but a number from 0 to 1,000,000 with at most 10 decimals
   */
  public Parameter withOverride(BigDecimal value) {
    java.util.Objects.requireNonNull(value, "value");
    boolean whole = getFact().isPresent();
    boolean valid = value.signum() >= 0 && (whole
        ? value.compareTo(BigDecimal.valueOf(ModelLimits.MAX_PERSONS)) <= 0
            && value.stripTrailingZeros().scale() <= 0
        : value.compareTo(BigDecimal.valueOf(1_000_000)) <= 0 && value.stripTrailingZeros().scale() <= 10);
    if (!valid) {
      throw new IllegalArgumentException("parameter " + getKey() + " cannot be "
          + org.partyorg.rules.api.internal.Texts.echo(value) + ": it takes "
          + (whole ? "a whole number from 0 to " + org.partyorg.rules.api.model.ModelLimits.MAX_PERSONS
              : "a number from 0 to 1000000 with at most 10 decimals"));
    }
    return ImmutableParameter.builder().from(this).value(whole ? value.setScale(0) : value).build();
  }

  /**
   * The value as a whole number, read once and kept: rules read it for every organisation.
   *
   * @throws ArithmeticException if the value is not a whole number that fits an {@code int}
   */
  @Value.Lazy
  @Value.Auxiliary
  public int intValue() {
    return getValue().intValueExact();
  }

  /**
   * A whole-number threshold compared with {@code fact} (a property path such as
   * {@code headCount}), in the unit the shared model gives that fact.
   */
  public static Parameter of(String key, int value, String fact, Citation citation) {
    return ImmutableParameter.builder()
        .key(key)
        .value(BigDecimal.valueOf(value))
        .fact(fact)
        .citation(citation)
        .build();
  }

  /**
   * A whole-number threshold compared with a fact of the vocabulary (the shared model's or one a
   * set declares), in that fact's unit.
   */
  public static Parameter of(String key, int value, FactType fact, Citation citation) {
    return of(key, value, fact.getUnit(), fact.getName(), citation);
  }

  /** A whole-number threshold compared with {@code fact}, counted in {@code unit} (years, times ...). */
  public static Parameter of(String key, int value, Unit unit, String fact, Citation citation) {
    return ImmutableParameter.builder()
        .key(key)
        .value(BigDecimal.valueOf(value))
        .unit(unit)
        .fact(fact)
        .citation(citation)
        .build();
  }

  /** A number compared with no single fact (a factor such as 2 for 翻番): no unit. */
  public static Parameter of(String key, BigDecimal value, Citation citation) {
    return ImmutableParameter.builder().key(key).value(value).citation(citation).build();
  }

  /** A number compared with no single fact, in {@code unit}. */
  public static Parameter of(String key, BigDecimal value, Unit unit, Citation citation) {
    return ImmutableParameter.builder().key(key).value(value).unit(unit).citation(citation).build();
  }

  /** A rate, as a share between 0 and 1 (0.8 for 80%). */
  public static Parameter rate(String key, BigDecimal share, Citation citation) {
    return of(key, share, Unit.SHARE, citation);
  }
}
