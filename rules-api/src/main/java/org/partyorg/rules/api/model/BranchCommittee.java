package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The leadership of a party organisation: its secretary (书记), the other members of its
 * committee (支部委员, 支委) if it has one, the person responsible for discipline inspection
 * (负责纪检工作的同志 or 纪检委员) and the start of the current term (本届任期开始日期).
 *
 * <p>A committee record is a report of who holds the posts: a post it does not name is vacant,
 * and no members means there is no committee (a small branch without one reports a secretary and
 * no committee members). A caller who does not know the leadership leaves the committee out of
 * the {@link BranchStructure}, which the rules treat as unknown.
 */
@Value.Immutable
@ValueStyle
public abstract class BranchCommittee implements WithBranchCommittee {
  /** Built only by the library's builders: callers cannot subclass the model. */
  BranchCommittee() {}

  /** The secretary (书记); absent when the post is vacant. */
  public abstract Optional<@PlainText String> getSecretary();

  /** The committee members other than the secretary; empty when there is no committee. */
  public abstract List<@NotNull @PlainText String> getMembers();

  /**
   * The person responsible for discipline inspection (纪检委员 or 负责纪检工作的同志); absent when
   * no one is named for it.
   */
  public abstract Optional<@PlainText String> getDisciplineInspector();

  /** The day the current term began (the election); absent when not reported. */
  public abstract Optional<@DateInRange LocalDate> getTermStart();

  /** Whether a committee (支委) is set up: a secretary with at least one other member. */
  public boolean hasCommittee() {
    return getSecretary().isPresent() && !getMembers().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BranchCommittee}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableBranchCommittee.Builder {
    Builder() {}
  }
}
