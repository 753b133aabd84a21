package org.partyorg.rules.register;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;

/**
 * An organisation in a target's base that is known not to be covered, with what it owes under
 * the target's policy set: the actions of that set's violated findings about it, in the order
 * the findings give them, and the earliest of their deadlines. An organisation that owes nothing
 * of its own (a 10-staff firm counts in Wuhan's 80% but no rule makes it form an organisation)
 * has no actions.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Uncovered {
  private final long index;
  private final Organisation organisation;
  private final String policySetId;
  private final Target target;
  private final List<RequiredAction> actions;
  private final Optional<LocalDate> deadline;
  private final boolean overdue;

  private Uncovered(long index, Organisation organisation, String policySetId, Target target,
      List<RequiredAction> actions, Optional<LocalDate> deadline, boolean overdue) {
    this.index = index;
    this.organisation = organisation;
    this.policySetId = policySetId;
    this.target = target;
    this.actions = actions;
    this.deadline = deadline;
    this.overdue = overdue;
  }

  static Uncovered of(long index, Organisation organisation, String policySetId, Target target, List<Finding> findings) {
    LinkedHashSet<RequiredAction> actions = new LinkedHashSet<>();
    LocalDate earliest = null;
    boolean overdue = false;
    for (Finding finding : findings) {
      if (!finding.getPolicySetId().equals(policySetId) || finding.getOutcome() != Outcome.VIOLATED) {
        continue;
      }
      actions.addAll(finding.getRequiredActions());
      overdue |= finding.isOverdue();
      if (finding.getDeadline().isPresent() && (earliest == null || finding.getDeadline().get().isBefore(earliest))) {
        earliest = finding.getDeadline().get();
      }
    }
    return new Uncovered(index, organisation, policySetId, target, List.copyOf(actions), Optional.ofNullable(earliest), overdue);
  }

  /** The position of the record in the register streamed, from 0. */
  public long index() {
    return index;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String policySetId() {
    return policySetId;
  }

  public Target target() {
    return target;
  }

  /** What it must do under the set, from its violated findings; empty if it owes nothing of its own. */
  public List<RequiredAction> actions() {
    return actions;
  }

  /** The earliest deadline of those findings; empty if none sets one. */
  public Optional<LocalDate> deadline() {
    return deadline;
  }

  /** Whether one of those findings was already overdue on the as-of date. */
  public boolean isOverdue() {
    return overdue;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Uncovered that && index == that.index && policySetId.equals(that.policySetId)
        && target.getKey().equals(that.target.getKey()) && actions.equals(that.actions)
        && deadline.equals(that.deadline) && overdue == that.overdue
        && organisation.getCreditCode().equals(that.organisation.getCreditCode());
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, policySetId, target.getKey(), actions, deadline, overdue);
  }

  /** For logs: {@code #12 91420106MA4KTEXT1G wuhan-2016/coverage [FORM_PARTY_ORGANISATION] 2016-11-30}. */
  @Override
  public String toString() {
    return "#" + index + " " + organisation.getCreditCode() + " " + policySetId + "/" + target.getKey() + " "
        + actions.stream().map(RequiredAction::code).toList() + " " + deadline.map(LocalDate::toString).orElse("-");
  }
}
