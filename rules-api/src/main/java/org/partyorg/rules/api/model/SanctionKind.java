package org.partyorg.rules.api.model;

/** What kind of sanction a practice received. */
public enum SanctionKind {
  /** 行政处罚. */
  ADMINISTRATIVE_PENALTY,
  /** 行业惩戒: discipline by the industry association. */
  INDUSTRY_DISCIPLINE
}
