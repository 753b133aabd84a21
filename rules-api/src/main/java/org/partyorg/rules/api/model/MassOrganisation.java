package org.partyorg.rules.api.model;

/** The mass organisations (群团组织) whose presence is part of work coverage. */
public enum MassOrganisation {
  /** 工会. */
  TRADE_UNION,
  /** 共青团. */
  YOUTH_LEAGUE,
  /** 妇联（妇委会）. */
  WOMENS_FEDERATION
}
