/** The organisation, its party organisation and the facts the rules read, as immutable values. */
package org.partyorg.rules.api.model;
