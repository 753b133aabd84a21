package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * How a party organisation is set up inside: the qualification platforms it covers, its
 * committee and term, its party groups and the roster of its members.
 *
 * <p>A record is a report: no party groups means the organisation has none. The platforms and
 * the roster are different: an organisation always covers at least one platform and has
 * members, so an empty list there means "not reported", and the rules that need them say they
 * cannot decide.
 */
@Value.Immutable
@ValueStyle
@ConsistentBranchStructure
public abstract class BranchStructure implements WithBranchStructure {
  /** Built only by the library's builders: callers cannot subclass the model. */
  BranchStructure() {}

  /** The qualification platforms covered (for a joint branch of co-located platforms, each of them). */
  public abstract List<@Valid QualificationPlatform> getPlatforms();

  /**
   * The leadership: secretary, committee, discipline inspection and term; absent when not
   * reported. A reported committee that names no secretary reports the post vacant.
   */
  public abstract Optional<@Valid BranchCommittee> getCommittee();

  public abstract List<@Valid PartyGroup> getPartyGroups();

  /** Every party member of the organisation by name; empty when not reported. */
  public abstract List<@Valid PartyMember> getMembers();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BranchStructure}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableBranchStructure.Builder {
    Builder() {}
  }
}
