/**
 * Wuhan 2016 (file 002): 武汉市非公有制经济组织和社会组织党组织集中组建"百日攻坚行动"实施方案,
 * policy set {@code wuhan-2016}, rules W1–W12 and N1–N3 of {@code RULES.md}.
 */
package org.partyorg.rules.hubei.wuhan;
