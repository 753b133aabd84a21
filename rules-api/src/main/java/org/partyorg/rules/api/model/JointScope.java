package org.partyorg.rules.api.model;

/**
 * What a joint party organisation is built around. Liaoning caps a joint organisation
 * between enterprises at 3 enterprises but not one over a market or a building.
 */
public enum JointScope {
  /** 企业间联合: between enterprises (片区联建、同业共建、龙头带建 among enterprises). */
  BETWEEN_ENTERPRISES,
  /** 专业市场. */
  PROFESSIONAL_MARKET,
  /** 商务楼宇. */
  COMMERCIAL_BUILDING,
  /** 开发区（园区）. */
  PARK,
  /** 社区（村）. */
  COMMUNITY,
  /** 行业协会 or another sector body. */
  INDUSTRY_BODY,
  /** 合署办公的资质平台: co-located qualification platforms (Hunan). */
  CO_LOCATED_PLATFORMS
}
