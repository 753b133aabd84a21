/**
 * Hubei science and technology societies 2016 (file 003): 关于深入推进省科协所属学会党建工作暨学会
 * 党组织集中组建"百日攻坚行动"的实施方案, policy set {@code hubei-science-societies-2016},
 * rules S1–S6 and N1–N3 of {@code RULES.md}.
 */
package org.partyorg.rules.hubei.societies;
