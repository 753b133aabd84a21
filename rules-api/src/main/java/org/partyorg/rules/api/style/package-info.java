/** The shared Immutables style of the project's value types. */
package org.partyorg.rules.api.style;
