package org.partyorg.rules.hunan.selection;

/** What a review concludes about one application. */
public enum Verdict {
  /** Every result is satisfied: the form is complete and on time, and B1 and B2 hold. */
  ELIGIBLE,
  /** At least one result is violated: the reasons say which and why. */
  INELIGIBLE,
  /** None is violated but at least one cannot be decided for want of a fact: the reasons name it. */
  UNDECIDED
}
