package org.partyorg.rules.api.model;

/** Whether a party member is a formal or a probationary member. */
public enum MemberStatus {
  /** 正式党员. */
  FORMAL,
  /** 预备党员. */
  PROBATIONARY
}
