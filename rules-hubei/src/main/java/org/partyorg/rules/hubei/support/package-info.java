/** Pieces the three Hubei policy sets share: member counts, the "has a party organisation" check, alternative forms. */
package org.partyorg.rules.hubei.support;
