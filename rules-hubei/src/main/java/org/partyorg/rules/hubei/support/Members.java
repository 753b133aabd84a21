package org.partyorg.rules.hubei.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;

/**
 * Whether an organisation has party members at all ("有党员"), formal or probationary: the
 * documents say 党员 without 正式 there, so both count. Unknown counts stay unknown.
 */
public final class Members {
  private Members() {}

  /** Present when decidable: true if any member is known, false if both counts are known zero. */
  public static Optional<Boolean> hasAny(Organisation organisation) {
    if (organisation.getFormalMembers().orElse(0) > 0 || organisation.getProbationaryMembers().orElse(0) > 0) {
      return Optional.of(true);
    }
    if (organisation.getFormalMembers().isPresent() && organisation.getProbationaryMembers().isPresent()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The member counts that are not given. */
  public static List<FactType> missing(Organisation organisation) {
    List<FactType> missing = new ArrayList<>(2);
    if (organisation.getFormalMembers().isEmpty()) {
      missing.add(ModelFacts.FORMAL_MEMBERS);
    }
    if (organisation.getProbationaryMembers().isEmpty()) {
      missing.add(ModelFacts.PROBATIONARY_MEMBERS);
    }
    return missing;
  }

  public static Fact formal(Organisation organisation) {
    return organisation.getFormalMembers().isPresent()
        ? Fact.of(ModelFacts.FORMAL_MEMBERS, organisation.getFormalMembers().getAsInt())
        : Fact.unknown(ModelFacts.FORMAL_MEMBERS);
  }

  public static Fact probationary(Organisation organisation) {
    return organisation.getProbationaryMembers().isPresent()
        ? Fact.of(ModelFacts.PROBATIONARY_MEMBERS, organisation.getProbationaryMembers().getAsInt())
        : Fact.unknown(ModelFacts.PROBATIONARY_MEMBERS);
  }
}
