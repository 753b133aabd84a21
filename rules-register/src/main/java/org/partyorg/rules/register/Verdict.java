package org.partyorg.rules.register;

/** Whether a register meets a target. */
public enum Verdict {
  /** Met whatever the undecided organisations turn out to be. */
  MET,
  /** Missed whatever the undecided organisations turn out to be. */
  NOT_MET,
  /**
   * It depends on facts the register does not report (a head-count, a party organisation) or on a
   * figure the caller did not supply (the count before the campaign).
   */
  UNDECIDED
}
