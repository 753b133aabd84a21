package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/** The development zone or industrial park (开发区、园区) an organisation is located in. */
@Value.Immutable
@ValueStyle
public abstract class Park {
  /** Built only by the library's builders: callers cannot subclass the model. */
  Park() {}

  @NotNull
  @PlainText
  public abstract String getName();

  @NotNull
  public abstract ParkLevel getLevel();

  /** What the park has for party work; absent when not reported. */
  public abstract Optional<@Valid ParkFacilities> getFacilities();

  public static Park of(String name, ParkLevel level) {
    return ImmutablePark.builder().name(name).level(level).build();
  }
}
