package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * A stage of a campaign's timetable (survey, concentrated formation, inspection), with the
 * days of the month on which progress reports are due during it, declared as data.
 */
@Value.Immutable
@ValueStyle
// the attribute 'from' takes the builder's name for copying from an instance; nothing copies these
@SuppressWarnings("immutables:from")
public abstract class Phase {
  /** The rule id of {@code RULES.md}, e.g. {@code W11}. */
  public abstract String getRuleId();

  public abstract String getNameZh();

  public abstract String getNameEn();

  /** The first day, where the document gives one. */
  public abstract Optional<LocalDate> getFrom();

  /** The last day (inclusive). */
  public abstract LocalDate getUntil();

  /** Days of the month by which reports are due (10 and 25 in Wuhan), if any. */
  public abstract List<Integer> getReportingDaysOfMonth();

  public abstract Citation getCitation();

  @Value.Check
  protected void check() {
    if (getFrom().isPresent() && getFrom().get().isAfter(getUntil())) {
      throw new IllegalArgumentException(
          "phase " + getRuleId() + " '" + getNameEn() + "' starts " + getFrom().get()
              + " after it ends " + getUntil());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phase}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }
}
