package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** One dated event of an {@link ActivityRecord}: a meeting, lecture, study, talk or article. */
@Value.Immutable
@ValueStyle
public abstract class ActivityEvent implements WithActivityEvent {
  /** Built only by the library's builders: callers cannot subclass the model. */
  ActivityEvent() {}

  @NotNull
  @Value.Parameter
  public abstract ActivityKind getKind();

  @NotNull
  @DateInRange
  @Value.Parameter
  public abstract LocalDate getDate();

  /** Who gave or led it (the lecturer, the secretary in a talk), where reported. */
  public abstract Optional<@PlainText String> getLeader();

  /** For a {@link ActivityKind#TALK}: the other person (a talk names both people). */
  public abstract Optional<@PlainText String> getCounterpart();

  public static ActivityEvent of(ActivityKind kind, LocalDate date) {
    return ImmutableActivityEvent.of(kind, date);
  }

  /** A talk (谈心谈话) between two named people. */
  public static ActivityEvent talk(LocalDate date, String leader, String counterpart) {
    return ImmutableActivityEvent.builder()
        .kind(ActivityKind.TALK)
        .date(date)
        .leader(leader)
        .counterpart(counterpart)
        .build();
  }
}
