package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/** The development zone or industrial park (开发区、园区) an organisation is located in. */
@Value.Immutable
@ValueStyle
public abstract class Park {
  @NotBlank
  public abstract String getName();

  @NotNull
  public abstract ParkLevel getLevel();

  public static Park of(String name, ParkLevel level) {
    return ImmutablePark.builder().name(name).level(level).build();
  }
}
