/**
 * The policy set {@code example-hightech-2026} of a <b>fictional</b> document, written as an
 * example of a policy set of one's own: {@link org.partyorg.rules.examples.ownset.HighTechStations2026}
 * (the document, its citations, words, parameters, target and rules),
 * {@link org.partyorg.rules.examples.ownset.StationRule} (X1) and the service provider
 * {@link org.partyorg.rules.examples.ownset.HighTechStations2026Provider}. Not exported.
 */
package org.partyorg.rules.examples.ownset;
