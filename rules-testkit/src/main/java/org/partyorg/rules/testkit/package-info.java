/**
 * Property-testing support: {@link org.partyorg.rules.testkit.Gen} and
 * {@link org.partyorg.rules.testkit.Shrinkable} (generators that know how to shrink what they
 * made), {@link org.partyorg.rules.testkit.Gens} (numbers, dates, optionals, choices),
 * {@link org.partyorg.rules.testkit.OrganisationGen} (valid organisations) and
 * {@link org.partyorg.rules.testkit.InvalidOrganisationGen} (invalid ones),
 * {@link org.partyorg.rules.testkit.PartGen} (a park, a party organisation, a branch structure, an
 * activity record, a sanction record ... alone), {@link org.partyorg.rules.testkit.Property} (the
 * runner), and {@link org.partyorg.rules.testkit.OutcomeReach} (which outcomes the generated cases
 * reach, finding key by finding key).
 */
package org.partyorg.rules.testkit;
