/**
 * For authors of policy sets: {@link org.partyorg.rules.core.rule.Rule}, the
 * {@link org.partyorg.rules.core.rule.FindingFactory} that holds a rule's constant parts,
 * the {@link org.partyorg.rules.core.rule.PolicySetBuilder} and the
 * {@link org.partyorg.rules.core.rule.BaselineRules} N1–N3 that every region reuses.
 *
 * <p>A region's rule that turns on the member counts N1–N3 turn on extends
 * {@link org.partyorg.rules.core.rule.MemberBandRule}, which reads them through
 * {@link org.partyorg.rules.core.rule.MemberBand} as the baseline does and says when it cannot
 * decide; one that asks for party work coverage gives its finding with
 * {@link org.partyorg.rules.core.rule.WorkCoverageCheck}.
 *
 * <p>A rule on the path of every record (a register of millions) prepares its outcomes once,
 * in its constructor, with {@link org.partyorg.rules.core.rule.FindingFactory#prepareSatisfied}
 * and its siblings, and makes each finding with
 * {@link org.partyorg.rules.core.rule.FindingFactory.Prepared#of}: the finding's facts, and so
 * its messages, are then computed only when a caller reads them.
 */
package org.partyorg.rules.core.rule;
