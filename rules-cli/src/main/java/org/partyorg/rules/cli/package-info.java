/** Placeholder until the package fills. */
package org.partyorg.rules.cli;
