package org.partyorg.rules.api;

import java.util.Optional;
import org.immutables.value.Value;
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

  public static Fact of(String name, Object value) {
    return ImmutableFact.of(name, Optional.of(value), Optional.empty());
  }

  public static Fact of(String name, Object value, Object limit) {
    return ImmutableFact.of(name, Optional.of(value), Optional.of(limit));
  }

  /** A fact the rule needed and the caller did not give. */
  public static Fact unknown(String name) {
    return ImmutableFact.of(name, Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return getName() + "=" + getValue().map(String::valueOf).orElse("unknown")
        + getLimit().map(limit -> " (limit " + limit + ")").orElse("");
  }
}
