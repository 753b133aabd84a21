package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * One fact a rule compared, with the limit it was compared against: {@code headCount = 120,
 * limit 100}. A fact with no value was not given by the caller.
 */
@Value.Immutable
@ValueStyle
public abstract class Fact {
  /** The organisation property, e.g. {@code formalMembers}, or a derived quantity. */
  @Value.Parameter
  public abstract String getName();

  @Value.Parameter
  public abstract Optional<Object> getValue();

  /** The threshold or limit of the rule, where there is one. */
  @Value.Parameter
  public abstract Optional<Object> getLimit();

  /**
   * A fact with its value. An amount ({@link BigDecimal}) is kept as a plain number: one written
   * with an exponent ({@code 1.0E+7}) is rescaled to whole yuan ({@code 10000000}), the same
   * value, so that its text never shows an exponent.
   */
  public static Fact of(String name, Object value) {
    return ImmutableFact.of(name, Optional.of(plain(value)), Optional.empty());
  }

  /** A fact with its value and the limit the rule compared it with; amounts as in {@link #of(String, Object)}. */
  public static Fact of(String name, Object value, Object limit) {
    return ImmutableFact.of(name, Optional.of(plain(value)), Optional.of(plain(limit)));
  }

  private static Object plain(Object value) {
    // a negative scale is what makes toString() use an exponent; beyond -40 the value is one
    // that validation rejects, and writing out its digits would cost more than it is worth
    if (value instanceof BigDecimal amount && amount.scale() < 0 && amount.scale() >= -40) {
      return amount.setScale(0);
    }
    return value;
  }

  /** A fact the rule needed and the caller did not give. */
  public static Fact unknown(String name) {
    return ImmutableFact.of(name, Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return getName() + "=" + getValue().map(Texts::echo).orElse("unknown")
        + getLimit().map(limit -> " (limit " + Texts.echo(limit) + ")").orElse("");
  }
}
