package org.partyorg.rules.api.model;

/** How an organisation's party organisation is set up (党组织设置方式). */
public enum PartyOrganisationForm {
  /** 未建党组织: the caller reports that the organisation has none. */
  NONE,
  /** 单独组建: the organisation's own. */
  STANDALONE,
  /** 联合组建: shared with other organisations. */
  JOINT,
  /** 功能型党组织: members keep their home organisation (Wuhan W9). */
  FUNCTIONAL,
  /** 理事会层面党建工作小组: a council-level party-building work group (Hubei societies S3). */
  COUNCIL_WORK_GROUP;

  /** Whether this form counts as organisational coverage (组织覆盖) in every document. */
  public boolean isStandaloneOrJoint() {
    return this == STANDALONE || this == JOINT;
  }
}
