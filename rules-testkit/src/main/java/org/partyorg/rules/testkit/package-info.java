/**
 * Property-testing support: {@link org.partyorg.rules.testkit.Gen} and
 * {@link org.partyorg.rules.testkit.Shrinkable} (generators that know how to shrink what they
 * made), {@link org.partyorg.rules.testkit.Gens} (numbers, dates, optionals, choices),
 * {@link org.partyorg.rules.testkit.OrganisationGen} (valid and invalid organisations), and
 * {@link org.partyorg.rules.testkit.Property} (the runner).
 */
package org.partyorg.rules.testkit;
