/** The service providers of the three Hubei policy sets; not exported. */
package org.partyorg.rules.hubei;
