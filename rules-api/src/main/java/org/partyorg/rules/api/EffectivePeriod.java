package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** The dates on which a policy set applies, both ends inclusive; open-ended if no end is given. */
@Value.Immutable
@ValueStyle
// the attribute 'from' takes the builder's name for copying from an instance; nothing copies these
@SuppressWarnings("immutables:from")
public abstract class EffectivePeriod {
  public abstract LocalDate getFrom();

  public abstract Optional<LocalDate> getUntil();

  public boolean contains(LocalDate date) {
    return !date.isBefore(getFrom()) && (getUntil().isEmpty() || !date.isAfter(getUntil().get()));
  }

  @Value.Check
  protected void check() {
    if (getUntil().isPresent() && getUntil().get().isBefore(getFrom())) {
      throw new IllegalArgumentException(
          "an effective period cannot end (" + getUntil().get() + ") before it starts (" + getFrom() + ")");
    }
  }

  /** From {@code from} on, with no end. */
  public static EffectivePeriod from(LocalDate from) {
    return ImmutableEffectivePeriod.builder().from(from).build();
  }

  public static EffectivePeriod between(LocalDate from, LocalDate until) {
    return ImmutableEffectivePeriod.builder().from(from).until(until).build();
  }
}
