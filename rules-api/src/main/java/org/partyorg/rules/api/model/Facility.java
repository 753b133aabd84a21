package org.partyorg.rules.api.model;

/** The facilities of indicator 3(1) of the Hunan task guide (“三个有”). */
public enum Facility {
  /** 党务工作机构有挂牌: a plaque for the party office. */
  OFFICE_PLAQUE,
  /** 党员活动有场地: a venue for members' activities. */
  ACTIVITY_VENUE,
  /** 党员活动室有党旗. */
  PARTY_FLAG,
  /** 党员活动室有桌椅. */
  FURNITURE,
  /** 党员活动室有党建书籍. */
  PARTY_BOOKS
}
