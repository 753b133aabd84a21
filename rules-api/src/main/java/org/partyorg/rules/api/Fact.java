package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.internal.Texts;

/**
 * One fact a rule compared, with the limit it was compared against: {@code headCount = 120,
 * limit 100}. A fact with no value was not given by the caller. Its {@linkplain #getType() type}
 * says what it is (name, kind, unit, Chinese and English names), from the one vocabulary of
 * {@link ModelFacts} and the facts a policy set declares. Immutable as long as a collection given
 * as a value is not changed afterwards: the library's rules give unmodifiable ones, and so should
 * anyone who builds a finding. Two facts are equal when their type, value and limit are.
 */
public final class Fact {
  private final FactType type;
  private final Object value;
  private final Object limit;

  private Fact(FactType type, Object value, Object limit) {
    this.type = Objects.requireNonNull(type, "type");
    if (value != null && !type.getKind().accepts(value)) {
      throw new IllegalArgumentException("fact " + type.getName() + " is a " + type.getKind()
          + " and cannot hold a " + value.getClass().getSimpleName());
    }
    this.value = value;
    this.limit = limit;
  }

  /** The fact's type: its name, kind, unit and names in Chinese and English. */
  public FactType getType() {
    return type;
  }

  /** The name of its type: the organisation's property path, e.g. {@code formalMembers}, or a derived quantity. */
  public String getName() {
    return type.getName();
  }

  /** The value compared, of the type's {@linkplain FactKind kind}; empty when the caller did not give it. */
  public Optional<Object> getValue() {
    return Optional.ofNullable(value);
  }

  /** The threshold or limit of the rule, where there is one. */
  public Optional<Object> getLimit() {
    return Optional.ofNullable(limit);
  }

  /** Whether the caller gave the value. */
  public boolean isKnown() {
    return value != null;
  }

  /**
   * The value of a {@link FactKind#COUNT}; empty when unknown.
   *
   * @throws IllegalStateException if the fact is of another kind
   */
  public OptionalInt count() {
    require(FactKind.COUNT);
    return value == null ? OptionalInt.empty() : OptionalInt.of((Integer) value);
  }

  /**
   * The value of an {@link FactKind#AMOUNT} (yuan) or a {@link FactKind#RATE}; empty when unknown.
   *
   * @throws IllegalStateException if the fact is of another kind
   */
  public Optional<BigDecimal> decimal() {
    if (type.getKind() != FactKind.AMOUNT) {
      require(FactKind.RATE);
    }
    return Optional.ofNullable((BigDecimal) value);
  }

  /**
   * The value of a {@link FactKind#DATE}; empty when unknown.
   *
   * @throws IllegalStateException if the fact is of another kind
   */
  public Optional<LocalDate> date() {
    require(FactKind.DATE);
    return Optional.ofNullable((LocalDate) value);
  }

  /**
   * The value of a {@link FactKind#FLAG}; empty when unknown.
   *
   * @throws IllegalStateException if the fact is of another kind
   */
  public Optional<Boolean> flag() {
    require(FactKind.FLAG);
    return Optional.ofNullable((Boolean) value);
  }

  /**
   * The code of a {@link FactKind#CODE}: an enum constant's name, or the code given; empty when
   * unknown.
   *
   * @throws IllegalStateException if the fact is of another kind
   */
  public Optional<String> code() {
    require(FactKind.CODE);
    return value == null ? Optional.empty()
        : Optional.of(value instanceof Enum<?> constant ? constant.name() : (String) value);
  }

  private void require(FactKind kind) {
    if (type.getKind() != kind) {
      throw new IllegalStateException("fact " + type.getName() + " is a " + type.getKind() + ", not a " + kind);
    }
  }

  /**
   * A fact with its value. An amount ({@link BigDecimal}) is kept as a plain number: one written
   * with an exponent ({@code 1.0E+7}) is rescaled to whole yuan ({@code 10000000}), the same
   * value, so that its text never shows an exponent.
   *
   * @throws IllegalArgumentException if the value is not of the type's kind
   */
  public static Fact of(FactType type, Object value) {
    return new Fact(type, plain(Objects.requireNonNull(value, "value")), null);
  }

  /** A fact with its value and the limit the rule compared it with; amounts as in {@link #of(FactType, Object)}. */
  public static Fact of(FactType type, Object value, Object limit) {
    return new Fact(type, plain(Objects.requireNonNull(value, "value")), plain(Objects.requireNonNull(limit, "limit")));
  }

  /** A fact the rule needed and the caller did not give. */
  public static Fact unknown(FactType type) {
    return new Fact(type, null, null);
  }

  /** A fact the caller did not give, with the limit it would have been compared with. */
  public static Fact unknown(FactType type, Object limit) {
    return new Fact(type, null, plain(Objects.requireNonNull(limit, "limit")));
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
        && type.equals(that.type) && Objects.equals(value, that.value) && Objects.equals(limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type.getName(), value, limit);
  }

  @Override
  public String toString() {
    return type.getName() + "=" + (value == null ? "unknown" : Texts.echo(value))
        + (limit == null ? "" : " (limit " + Texts.echo(limit) + ")");
  }
}
