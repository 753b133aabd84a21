package org.partyorg.rules.register.planner;

/**
 * How near together the organisations of a joint organisation are, nearest first: the order in
 * which the planner groups them (Wuhan's 地域相邻, Liaoning's 片区联建, Hunan's 合署办公).
 */
public enum Locality {
  /**
   * 同一楼宇或园区: the same building (by name) or, for organisations that give no building,
   * the same park (by name), in the same district.
   */
  BUILDING_OR_PARK,
  /** 同一街道（乡镇）: the same street or township (by name), in the same district. */
  STREET,
  /** 同一区（县）: the same six-digit division code of GB/T 2260. */
  DISTRICT
}
