package org.partyorg.rules.api.model;

/**
 * The level of a development zone or industrial park (开发区、园区), or {@link #NONE} for an
 * organisation located in none.
 */
public enum ParkLevel {
  /** 不在园区: the caller reports that the organisation is in no park ({@link Park#none()}). */
  NONE,
  /** 国家级. */
  NATIONAL,
  /** 省级. */
  PROVINCIAL,
  /** 市级. */
  CITY,
  /** 区（县）级. */
  DISTRICT;

  /** 省级以上: provincial or national. */
  public boolean isProvincialOrAbove() {
    return this == NATIONAL || this == PROVINCIAL;
  }
}
