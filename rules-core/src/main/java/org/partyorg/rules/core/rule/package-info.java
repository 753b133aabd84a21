/**
 * For authors of policy sets: {@link org.partyorg.rules.core.rule.Rule}, the
 * {@link org.partyorg.rules.core.rule.FindingFactory} that holds a rule's constant parts,
 * the {@link org.partyorg.rules.core.rule.RuleBasedPolicySet} builder and the
 * {@link org.partyorg.rules.core.rule.BaselineRules} N1–N3 that every region reuses.
 */
package org.partyorg.rules.core.rule;
