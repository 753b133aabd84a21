package org.partyorg.rules.api.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * What a park has for party work (Liaoning L12: every park at provincial level or above sets
 * up a party-and-mass activity service centre). A fact the caller did not give is unknown.
 */
@Value.Immutable
@ValueStyle
public abstract class ParkFacilities implements WithParkFacilities {
  /** Built only by the library's builders: callers cannot subclass the model. */
  ParkFacilities() {}

  /**
   * 党群活动服务中心: whether the park has a party-and-mass activity service centre; absent when
   * not reported, false when it has none.
   */
  public abstract Optional<Boolean> getPartyAndMassServiceCentre();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParkFacilities}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableParkFacilities.Builder {
    Builder() {}
  }
}
