package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The development zone or industrial park (开发区、园区) an organisation is located in, as the
 * caller reports it.
 *
 * <p>Use {@link #none()} for an organisation that reports being located in no park (不在园区);
 * an {@link Organisation} without any {@code Park} has not reported, which the rules treat as
 * unknown, never as "in no park". A park the organisation is in has a name and a level other
 * than {@link ParkLevel#NONE}; a report of none has neither a name nor facilities
 * ({@link ConsistentOrganisation}).
 */
@Value.Immutable
@ValueStyle
public abstract class Park implements WithPark {
  /** Built only by the library's builders: callers cannot subclass the model. */
  Park() {}

  /** The park's name; given for every park, absent in {@link #none()}. */
  public abstract Optional<@PlainText String> getName();

  /** The park's level; {@link ParkLevel#NONE} when the organisation is in no park. */
  @NotNull
  public abstract ParkLevel getLevel();

  /**
   * What the park has for party work; absent when not reported, and always absent in
   * {@link #none()}.
   */
  public abstract Optional<@Valid ParkFacilities> getFacilities();

  /** Whether this is a park the organisation is in (any level but {@link ParkLevel#NONE}). */
  public boolean exists() {
    return getLevel() != ParkLevel.NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Park}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePark.Builder {
    Builder() {}
  }

  /**
   * The park of the given name and level, facilities not reported. The level is that of a park
   * ({@link ParkLevel#NONE} with a name is invalid): an organisation in no park is {@link #none()}.
   */
  public static Park of(String name, ParkLevel level) {
    return builder().name(name).level(level).build();
  }

  /** A report that the organisation is located in no park (不在园区). */
  public static Park none() {
    return builder().level(ParkLevel.NONE).build();
  }
}
