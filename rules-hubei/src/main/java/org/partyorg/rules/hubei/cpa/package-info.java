/**
 * Hubei CPA industry 2016 (file 000): 开展全省注册会计师行业党组织集中组建"百日攻坚行动"实施方案,
 * policy set {@code hubei-cpa-2016}, rules H1–H6 and N1–N3 of {@code RULES.md}.
 */
package org.partyorg.rules.hubei.cpa;
