package org.partyorg.rules.api.model;

/** The level of a primary party organisation. */
public enum PartyOrganisationLevel {
  /** 党支部. */
  BRANCH,
  /** 党总支. */
  GENERAL_BRANCH,
  /** 基层党委. */
  PRIMARY_COMMITTEE
}
