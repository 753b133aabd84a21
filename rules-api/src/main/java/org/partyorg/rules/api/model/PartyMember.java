package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** One named party member, formal or probationary where the caller knows which. */
@Value.Immutable
@ValueStyle
public abstract class PartyMember implements WithPartyMember {
  /** Built only by the library's builders: callers cannot subclass the model. */
  PartyMember() {}

  /** The name, as the activity record and the committee name the member. */
  @NotNull
  @PlainText
  @Value.Parameter
  public abstract String getName();

  /** Absent when not reported. */
  @Value.Parameter
  public abstract Optional<MemberStatus> getStatus();

  public static PartyMember formal(String name) {
    return ImmutablePartyMember.of(name, Optional.of(MemberStatus.FORMAL));
  }

  public static PartyMember probationary(String name) {
    return ImmutablePartyMember.of(name, Optional.of(MemberStatus.PROBATIONARY));
  }

  /** A member whose status is not reported. */
  public static PartyMember of(String name) {
    return ImmutablePartyMember.of(name, Optional.empty());
  }
}
