/**
 * <b>The rule-author API</b>: what a policy set's module uses to turn a document into rules.
 * Callers who only assess organisations never need it.
 *
 * <ul>
 *   <li>{@link org.partyorg.rules.core.rule.Rule}: one rule of a set, with the id it has in the
 *       document's digest and the keys of the findings it gives
 *       ({@link org.partyorg.rules.core.rule.Rule#keys()}).
 *   <li>{@link org.partyorg.rules.core.rule.FindingFactory}: a rule's constant parts (set, rule id,
 *       key, obligation, citation, deadline), built once; overdue is decided there for every rule.
 *   <li>{@link org.partyorg.rules.core.rule.OrganisationFacts}: the one toolkit for reading an
 *       organisation: counts, bands, members and the party organisation as facts of the shared
 *       vocabulary, "not reported" always kept unknown.
 *   <li>{@link org.partyorg.rules.core.rule.PolicySetBuilder}: the set from its document, scope,
 *       period, parameters, targets, timetable, vocabulary and rules; it checks ids, keys and
 *       citations when built.
 *   <li>{@link org.partyorg.rules.core.rule.BaselineRules}: N1–N3 that every 2016 document repeats,
 *       as a trio or one by one under the document's own ids.
 *   <li>{@link org.partyorg.rules.core.rule.ForwardingPolicySet}: the public no-argument provider
 *       class that {@link java.util.ServiceLoader} needs.
 * </ul>
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
 *
 * <p>The README's "Adding a document" walks through a set written with this API.
 */
package org.partyorg.rules.core.rule;
