/**
 * The contract between the policy sets and their callers: {@link org.partyorg.rules.api.PolicySet}
 * and what it returns.
 *
 * <ul>
 *   <li><b>Answers</b>: an {@link org.partyorg.rules.api.Assessment} of one organisation on one
 *       date holds {@link org.partyorg.rules.api.Finding}s, each with a key that is stable across
 *       versions ({@code B16.general-meeting}: store it), an outcome, the actions required and by
 *       when, the sentence it rests on ({@link org.partyorg.rules.api.Citation}) and the facts
 *       compared; and the {@link org.partyorg.rules.api.Conflict}s where two sets that apply
 *       disagree on one {@link org.partyorg.rules.api.Obligation}.
 *   <li><b>Facts</b>: one vocabulary. A {@link org.partyorg.rules.api.Fact} has a
 *       {@link org.partyorg.rules.api.FactType} (the model's property path, its
 *       {@link org.partyorg.rules.api.FactKind kind}, {@link org.partyorg.rules.api.Unit unit}
 *       and Chinese and English names), declared once: the shared model's in
 *       {@link org.partyorg.rules.api.ModelFacts}, a set's own beside its rules.
 *   <li><b>Open vocabularies</b>: {@link org.partyorg.rules.api.RequiredAction}s, traits and
 *       the extra facts an organisation may carry are values; the shared baseline's are
 *       constants here, a set declares its own in its {@link org.partyorg.rules.api.Vocabulary}.
 *   <li><b>The document as data</b>: {@link org.partyorg.rules.api.SourceDocument},
 *       {@link org.partyorg.rules.api.Parameter}s with their units, register-level
 *       {@link org.partyorg.rules.api.Target}s and the timetable's
 *       {@link org.partyorg.rules.api.Phase}s.
 * </ul>
 *
 * <p>Everything here is immutable and safe to share between threads.
 */
package org.partyorg.rules.api;
