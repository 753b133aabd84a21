/**
 * Wuhan 2016 (file 002): 武汉市非公有制经济组织和社会组织党组织集中组建"百日攻坚行动"实施方案,
 * policy set {@code wuhan-2016}, rules W1–W12 and N1–N3 of {@code RULES.md}.
 *
 * <p>One rule, one class: each {@code *Rule} declares its rule id, the sentences it cites, its
 * deadline and its parameters, and holds its logic. {@link org.partyorg.rules.hubei.wuhan.WuhanPlan}
 * holds the document, its dates and the sentences several rules share;
 * {@link org.partyorg.rules.hubei.wuhan.Wuhan2016} lists the rules, targets, timetable and vocabulary and
 * applies what-if overrides.
 */
package org.partyorg.rules.hubei.wuhan;
