package org.partyorg.rules.register.planner;

import java.util.List;
import org.partyorg.rules.api.Citation;

/**
 * What {@link JointPlanner#plan} proposes for a list of organisations: the joint party
 * organisations, the organisations left out with their reasons, and how the plan compares with
 * the best any plan could do. Every organisation given is either in exactly one proposal or in
 * {@link #unplaced()}. Immutable and safe to share.
 */
public final class JointPlan {
  private final int cap;
  private final Locality farthest;
  private final Citation clause;
  private final List<ProposedJointOrganisation> proposals;
  private final List<UnplacedOrganisation> unplaced;
  private final int candidates;
  private final int placed;
  private final int upperBound;
  private final int maxJointOrganisations;

  JointPlan(int cap, Locality farthest, Citation clause, List<ProposedJointOrganisation> proposals,
      List<UnplacedOrganisation> unplaced, int candidates, int placed, int upperBound, int maxJointOrganisations) {
    this.cap = cap;
    this.farthest = farthest;
    this.clause = clause;
    this.proposals = List.copyOf(proposals);
    this.unplaced = List.copyOf(unplaced);
    this.candidates = candidates;
    this.placed = placed;
    this.upperBound = upperBound;
    this.maxJointOrganisations = maxJointOrganisations;
  }

  /** The most organisations one joint organisation covers in this plan. */
  public int cap() {
    return cap;
  }

  /** The widest locality a joint organisation may span in this plan. */
  public Locality farthest() {
    return farthest;
  }

  /** The clause every proposal cites. */
  public Citation clause() {
    return clause;
  }

  /** The proposed joint organisations, grouped by locality in the order the input first names it. */
  public List<ProposedJointOrganisation> proposals() {
    return proposals;
  }

  /** The organisations not placed, with their reasons, in the order of the input. */
  public List<UnplacedOrganisation> unplaced() {
    return unplaced;
  }

  /**
   * The candidates: organisations with 1 or 2 formal members, no party organisation, listed once
   * and located well enough for the plan (every other organisation is unplaced for its reason).
   */
  public int candidates() {
    return candidates;
  }

  /** The organisations the proposals cover. */
  public int placed() {
    return placed;
  }

  /**
   * The most candidates any plan within the cap and the farthest locality could place: exact, not
   * an estimate (see the planner's notes). This plan places exactly that many.
   */
  public int upperBound() {
    return upperBound;
  }

  /**
   * The most joint organisations any plan placing {@link #upperBound()} candidates could propose;
   * this plan proposes exactly that many.
   */
  public int maxJointOrganisations() {
    return maxJointOrganisations;
  }
}
