package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** 党小组: a party group of a branch and its members. */
@Value.Immutable
@ValueStyle
public abstract class PartyGroup implements WithPartyGroup {
  /** Built only by the library's builders: callers cannot subclass the model. */
  PartyGroup() {}

  /** The group's name; absent when not reported (findings then name it by its position). */
  public abstract Optional<@PlainText String> getName();

  public abstract List<@Valid PartyMember> getMembers();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyGroup}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePartyGroup.Builder {
    Builder() {}
  }

  public static PartyGroup of(String name, PartyMember... members) {
    return builder().name(name).addMembers(members).build();
  }
}
