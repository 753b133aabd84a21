package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.ModelLimits;

/**
 * A threshold, limit, rate or deadline of a policy set (100 staff, 3 formal members, 1%,
 * 2016-11-30), named and cited, so that a rule never hides a number or a date inside a condition
 * and a what-if ({@link PolicySet#withOverrides}) can override it. Immutable and safe to share.
 *
 * <p>A parameter is a number ({@link Kind#COUNT count}, {@link Kind#RATE rate} or
 * {@link Kind#NUMBER number}) or a {@link Kind#DATE date} (a deadline); {@link #kind()} says which.
 *
 * <p>{@link #getFact()} names the organisation property the value is compared with (for
 * example {@code headCount}); test generators bias their numbers toward such values so that
 * both sides of every threshold come up often.
 */
@Value.Immutable
@ValueStyle
public abstract class Parameter {
  /**
   * What a parameter's value is, and so what an override may give it.
   *
   * <ul>
   *   <li>{@link #COUNT}: a whole number from 0 to 10,000,000, compared with a fact of the
   *       organisation (persons, organisations, years, times).
   *   <li>{@link #RATE}: a share from 0 to 1 ({@code 0.8} for 80%).
   *   <li>{@link #NUMBER}: any other number from 0 to 1,000,000 with at most 10 decimals (a factor
   *       such as 2 for 翻番).
   *   <li>{@link #DATE}: a day from 1921-07-01 to 2100-12-31 (a deadline), read with
   *       {@link #getDate()}.
   * </ul>
   */
  public enum Kind {
    COUNT("a whole number from 0 to " + ModelLimits.MAX_PERSONS),
    RATE("a share from 0 to 1 (0.8 for 80%)"),
    NUMBER("a number from 0 to 1000000 with at most 10 decimals"),
    DATE("a date from " + ModelLimits.EARLIEST_DATE + " to " + ModelLimits.LATEST_DATE + " (yyyy-MM-dd)");

    private final String takes;

    Kind(String takes) {
      this.takes = takes;
    }

    /** What a value of this kind may be, in English, for error messages. */
    public String takes() {
      return takes;
    }

    /** The name in error messages and the catalogue: {@code count}, {@code rate}, {@code number}, {@code date}. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Unique within its policy set, e.g. {@code standaloneStaffThreshold}. */
  public abstract String getKey();

  /** The number of a numeric parameter; empty for a date. */
  abstract Optional<BigDecimal> number();

  /** The day of a {@link Kind#DATE date} parameter (a deadline); empty for a number. */
  public abstract Optional<LocalDate> getDate();

  /** The {@link org.partyorg.rules.api.model.Organisation} property compared with the value, if any. */
  public abstract Optional<String> getFact();

  public abstract Citation getCitation();

  /**
   * The unit of the value: persons, organisations, items, times or years for a count; a share
   * (0.8 for 80%) for a rate; none for a factor or a date. By default the unit of the compared
   * fact where the shared model declares it ({@link ModelFacts}), else none.
   */
  @Value.Default
  public Unit getUnit() {
    return getFact().flatMap(ModelFacts::named).map(FactType::getUnit).orElse(Unit.NONE);
  }

  /**
   * The number of a numeric parameter (100 staff, 0.8 for 80%).
   *
   * @throws IllegalStateException for a {@link Kind#DATE date} parameter, naming it: read
   *     {@link #getDate()}
   */
  public BigDecimal getValue() {
    return number().orElseThrow(() -> new IllegalStateException(
        "parameter " + getKey() + " is a date (" + getDate().orElseThrow() + "), not a number: read getDate()"));
  }

  /**
   * The kind of value: a date if it has one; else a rate if its unit is a {@link Unit#SHARE share};
   * else a whole-number count if it is compared with a fact; else a number.
   */
  public Kind kind() {
    if (getDate().isPresent()) {
      return Kind.DATE;
    }
    if (getUnit() == Unit.SHARE) {
      return Kind.RATE;
    }
    return getFact().isPresent() ? Kind.COUNT : Kind.NUMBER;
  }

  /** The value as text: {@code 100}, {@code 0.80}, {@code 2016-11-30}. */
  public String valueText() {
    return getDate().map(LocalDate::toString).orElseGet(() -> getValue().toPlainString());
  }

  @Value.Check
  protected void check() {
    if (number().isPresent() == getDate().isPresent()) {
      throw new IllegalArgumentException("parameter " + getKey() + " needs exactly one of a number and a date");
    }
  }

  /**
   * This parameter with another value, for what-if analysis; the key, fact, unit and citation stay.
   *
   * @throws IllegalArgumentException naming the parameter, the value and what it takes
   *     ({@link Kind#takes()}) if the value does not fit the parameter's {@link #kind()}
   */
  public Parameter withOverride(BigDecimal value) {
    return withOverride((Object) value);
  }

  /**
   * This parameter with another value, for what-if analysis; the key, fact, unit, kind and
   * citation stay. A number may be given as a {@link BigDecimal}, another {@link Number} or its
   * text ({@code "80"}, {@code "0.75"}); a date as a {@link LocalDate} or its ISO text
   * ({@code "2016-12-15"}).
   *
   * @throws IllegalArgumentException naming the parameter, its kind, the value (cut to
   *     {@value org.partyorg.rules.api.internal.Texts#ECHO_LIMIT} characters) and what it takes,
   *     if the value is null or does not fit the kind: a date for a count, 2.5 persons, a rate
   *     above 1, a date outside 1921-07-01..2100-12-31
   */
  public Parameter withOverride(Object value) {
    Kind kind = kind();
    if (kind == Kind.DATE) {
      LocalDate date = dateOf(value);
      if (date == null || date.isBefore(ModelLimits.EARLIEST_DATE) || date.isAfter(ModelLimits.LATEST_DATE)) {
        throw misfit(value, kind);
      }
      return ImmutableParameter.builder().from(this).date(date).build();
    }
    BigDecimal number = numberOf(value);
    boolean valid = number != null && number.signum() >= 0 && switch (kind) {
      case COUNT -> number.compareTo(BigDecimal.valueOf(ModelLimits.MAX_PERSONS)) <= 0
          && number.stripTrailingZeros().scale() <= 0;
      case RATE -> number.compareTo(BigDecimal.ONE) <= 0 && number.stripTrailingZeros().scale() <= 10;
      default -> number.compareTo(BigDecimal.valueOf(1_000_000)) <= 0 && number.stripTrailingZeros().scale() <= 10;
    };
    if (!valid) {
      throw misfit(value, kind);
    }
    return ImmutableParameter.builder().from(this).number(kind == Kind.COUNT ? number.setScale(0) : number).build();
  }

  private IllegalArgumentException misfit(Object value, Kind kind) {
    return new IllegalArgumentException("parameter " + getKey() + " (" + kind + ") cannot be "
        + (value instanceof CharSequence ? "\"" + Texts.echo(value) + "\"" : Texts.echo(value))
        + ": it takes " + kind.takes());
  }

  private static LocalDate dateOf(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof CharSequence text && text.length() == 10) {
      try {
        return LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException notADate) {
        return null;
      }
    }
    return null;
  }

  private static BigDecimal numberOf(Object value) {
    if (value instanceof BigDecimal number) {
      return number;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof java.math.BigInteger whole) {
      return new BigDecimal(whole);
    }
    if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof CharSequence text && text.length() <= 40) {
      try {
        return new BigDecimal(text.toString().strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
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
        .number(BigDecimal.valueOf(value))
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
        .number(BigDecimal.valueOf(value))
        .unit(unit)
        .fact(fact)
        .citation(citation)
        .build();
  }

  /** A number compared with no single fact (a factor such as 2 for 翻番): no unit. */
  public static Parameter of(String key, BigDecimal value, Citation citation) {
    return ImmutableParameter.builder().key(key).number(value).citation(citation).build();
  }

  /** A number compared with no single fact, in {@code unit}. */
  public static Parameter of(String key, BigDecimal value, Unit unit, Citation citation) {
    return ImmutableParameter.builder().key(key).number(value).unit(unit).citation(citation).build();
  }

  /** A rate, as a share between 0 and 1 (0.8 for 80%). */
  public static Parameter rate(String key, BigDecimal share, Citation citation) {
    return of(key, share, Unit.SHARE, citation);
  }

  /**
   * A date (a deadline a rule or target uses), cited; an override moves it.
   *
   * @throws IllegalArgumentException if the date is outside 1921-07-01..2100-12-31
   */
  public static Parameter date(String key, LocalDate date, Citation citation) {
    Parameter parameter = ImmutableParameter.builder().key(key).date(date).citation(citation).build();
    return parameter.withOverride(date);
  }
}
