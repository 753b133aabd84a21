/**
 * Hubei CPA industry 2016 (file 000): 开展全省注册会计师行业党组织集中组建"百日攻坚行动"实施方案,
 * policy set {@code hubei-cpa-2016}, rules H1–H6 and N1–N3 of {@code RULES.md}.
 *
 * <p>One rule, one class: each {@code *Rule} declares its rule id, the sentences it cites, its
 * deadline and its parameters, and holds its logic. {@link org.partyorg.rules.hubei.cpa.CpaPlan}
 * holds the document and its dates;
 * {@link org.partyorg.rules.hubei.cpa.HubeiCpa2016} lists the rules, targets, timetable and vocabulary and
 * applies what-if overrides.
 */
package org.partyorg.rules.hubei.cpa;
