package org.partyorg.rules.api.model;

/** The kinds of dated event an {@link ActivityRecord} holds (Hunan task guide, indicators 1, 2, 4 and 7). */
public enum ActivityKind {
  /** 党课, given by the organisation's leader. */
  PARTY_LECTURE,
  /** 党员大会: a general meeting of members. */
  GENERAL_MEETING,
  /** 支委会: a meeting of the committee. */
  COMMITTEE_MEETING,
  /** 党小组会. */
  PARTY_GROUP_MEETING,
  /** 集中学习: collective study organised by the secretary. */
  COLLECTIVE_STUDY,
  /** 组织生活会. */
  ORGANISATIONAL_LIFE_MEETING,
  /** 民主评议党员. */
  DEMOCRATIC_APPRAISAL,
  /** 谈心谈话: a talk between two named people (leader and counterpart). */
  TALK,
  /** 党内主题教育: a theme-education session; the participation rate is a figure of the record. */
  THEME_EDUCATION,
  /** 党建工作宣传稿: a publicity article sent to the provincial association. */
  PUBLICITY_ARTICLE
}
