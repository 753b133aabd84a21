package org.partyorg.rules.api.model;

/** The party-building institutions (党建工作制度) listed in indicator 5(1) of the Hunan task guide. */
public enum Institution {
  /** 党组织“三会一课”制度. */
  THREE_MEETINGS_ONE_LECTURE,
  /** 党支部、党小组的设立制度. */
  BRANCH_AND_GROUP_SETUP,
  /** 民主评议党员制度. */
  DEMOCRATIC_APPRAISAL,
  /** 组织生活会或民主生活会制度. */
  ORGANISATIONAL_LIFE_MEETING,
  /** 发展党员制度. */
  MEMBER_DEVELOPMENT,
  /** 党员教育制度. */
  MEMBER_EDUCATION,
  /** 党费收缴、使用、管理制度. */
  PARTY_DUES,
  /** 党风廉政建设制度. */
  INTEGRITY,
  /** 党组织领导班子选拔培养制度. */
  LEADERSHIP_SELECTION,
  /** 党内激励、关怀、帮扶机制. */
  INCENTIVE_CARE_AND_SUPPORT,
  /** 流动党员管理办法. */
  MOBILE_MEMBERS,
  /** 群众组织相关制度. */
  MASS_ORGANISATIONS
}
