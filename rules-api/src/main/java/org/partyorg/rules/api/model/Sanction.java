package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** One administrative penalty or act of industry discipline received, with the day it was imposed. */
@Value.Immutable
@ValueStyle
public abstract class Sanction implements WithSanction {
  /** Built only by the library's builders: callers cannot subclass the model. */
  Sanction() {}

  @NotNull
  @Value.Parameter
  public abstract SanctionKind getKind();

  /** The day the decision was made (决定日期). */
  @NotNull
  @DateInRange
  @Value.Parameter
  public abstract LocalDate getDate();

  /** The authority and the decision's number, for people reading the finding. */
  public abstract Optional<@PlainText(maxLength = ModelLimits.MAX_TEXT_LENGTH) String> getDescription();

  public static Sanction of(SanctionKind kind, LocalDate date) {
    return ImmutableSanction.of(kind, date);
  }
}
