/**
 * What the Hubei policy sets share, none of it tied to one set: N1–N3 with a form one document
 * accepts for some organisations only ({@link org.partyorg.rules.hubei.support.ConditionalBaseline},
 * {@link org.partyorg.rules.hubei.support.AlternativeFormRule}), the "has a party organisation" check
 * ({@link org.partyorg.rules.hubei.support.OrganisationCheck}) and the logic of guidance on
 * forming a joint organisation ({@link org.partyorg.rules.hubei.support.JointGuidance}). Each
 * takes what it needs (sentences, dates, thresholds, messages) as arguments: the sets' rules
 * declare those themselves.
 */
package org.partyorg.rules.hubei.support;
