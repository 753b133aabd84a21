package org.partyorg.rules.api;

/** What a rule concluded about one organisation on one date. */
public enum Outcome {
  /** The organisation meets the rule. */
  SATISFIED,
  /** The organisation does not meet the rule: the finding names the action required. */
  VIOLATED,
  /**
   * Guidance rather than an obligation: the document says "may", or puts the organisation
   * outside the rule's base (for example a shell enterprise), or the case is one the document
   * does not cover.
   */
  ADVISORY,
  /** The rule cannot decide because a fact is missing: the finding names the missing facts. */
  UNDECIDED
}
