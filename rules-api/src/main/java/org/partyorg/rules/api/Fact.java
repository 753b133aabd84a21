package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.internal.Texts;

/**
 * One fact a rule compared, with the limit it was compared against: {@code headCount = 120,
 * limit 100}. A fact with no value was not given by the caller. Immutable; two facts are equal
 * when their name, value and limit are.
 */
public final class Fact {
  private final String name;
  private final Object value;
  private final Object limit;

  private Fact(String name, Object value, Object limit) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = value;
    this.limit = limit;
  }

  /** The organisation property, e.g. {@code formalMembers}, or a derived quantity. */
  public String getName() {
    return name;
  }

  /** The value compared; empty when the caller did not give it. */
  public Optional<Object> getValue() {
    return Optional.ofNullable(value);
  }

  /** The threshold or limit of the rule, where there is one. */
  public Optional<Object> getLimit() {
    return Optional.ofNullable(limit);
  }

  /**
   * A fact with its value. An amount ({@link BigDecimal}) is kept as a plain number: one written
   * with an exponent ({@code 1.0E+7}) is rescaled to whole yuan ({@code 10000000}), the same
   * value, so that its text never shows an exponent.
   */
  public static Fact of(String name, Object value) {
    return new Fact(name, plain(Objects.requireNonNull(value, "value")), null);
  }

  /** A fact with its value and the limit the rule compared it with; amounts as in {@link #of(String, Object)}. */
  public static Fact of(String name, Object value, Object limit) {
    return new Fact(name, plain(Objects.requireNonNull(value, "value")), plain(Objects.requireNonNull(limit, "limit")));
  }

  /** A fact the rule needed and the caller did not give. */
  public static Fact unknown(String name) {
    return new Fact(name, null, null);
  }

  /** A fact the caller did not give, with the limit it would have been compared with. */
  public static Fact unknown(String name, Object limit) {
    return new Fact(name, null, plain(Objects.requireNonNull(limit, "limit")));
  }

  private static Object plain(Object value) {
    // a negative scale is what makes toString() use an exponent; beyond -40 the value is one
    // that validation rejects, and writing out its digits would cost more than it is worth
    if (value instanceof BigDecimal amount && amount.scale() < 0 && amount.scale() >= -40) {
      return amount.setScale(0);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fact that
        && name.equals(that.name) && Objects.equals(value, that.value) && Objects.equals(limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, limit);
  }

  @Override
  public String toString() {
    return name + "=" + (value == null ? "unknown" : Texts.echo(value))
        + (limit == null ? "" : " (limit " + Texts.echo(limit) + ")");
  }
}
