package org.partyorg.rules.api.model;

/**
 * The two halves of the "two new" organisations (两新组织), plus the rural entities that the
 * Wuhan document names beside them.
 */
public enum Sector {
  /** 非公有制经济组织: private, foreign-invested and other non-public enterprises. */
  NON_PUBLIC_ECONOMY,
  /** 社会组织: social groups, social service institutions, foundations and the like. */
  SOCIAL_ORGANISATION,
  /** 农村新型经营主体: co-operatives, family farms and other new rural business entities. */
  RURAL
}
