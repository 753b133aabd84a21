/** Pieces the three Hubei policy sets share: member counts, the staff threshold, the "has a party organisation" check, joint-organisation guidance, alternative forms. */
package org.partyorg.rules.hubei.support;
