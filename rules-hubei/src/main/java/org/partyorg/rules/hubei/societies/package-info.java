/**
 * Hubei science and technology societies 2016 (file 003): 关于深入推进省科协所属学会党建工作暨学会
 * 党组织集中组建"百日攻坚行动"的实施方案, policy set {@code hubei-science-societies-2016},
 * rules S1–S6 and N1–N3 of {@code RULES.md}.
 *
 * <p>One rule, one class: each {@code *Rule} declares its rule id, the sentences it cites, its
 * deadline and its parameters, and holds its logic. {@link org.partyorg.rules.hubei.societies.SocietiesPlan}
 * holds the document, its dates and the sentences several rules share;
 * {@link org.partyorg.rules.hubei.societies.HubeiSocieties2016} lists the rules, targets, timetable and vocabulary and
 * applies what-if overrides.
 */
package org.partyorg.rules.hubei.societies;
