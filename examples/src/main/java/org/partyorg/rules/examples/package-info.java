/**
 * An embedding example, the demonstration run of the README over bundled sample organisations,
 * and {@link org.partyorg.rules.examples.StoreFindings}: a register read from a database table,
 * assessed, and its findings stored in tables a registry queries.
 */
package org.partyorg.rules.examples;
