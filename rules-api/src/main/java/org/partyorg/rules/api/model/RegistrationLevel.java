package org.partyorg.rules.api.model;

/** The level of the civil-affairs or market registry the organisation is registered with. */
public enum RegistrationLevel {
  /** 全国性. */
  NATIONAL,
  /** 省级. */
  PROVINCIAL,
  /** 市级 (prefecture-level city). */
  CITY,
  /** 区（县）级及以下. */
  DISTRICT_OR_BELOW
}
