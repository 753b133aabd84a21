/** An embedding example and the demonstration run of the README over bundled sample organisations. */
package org.partyorg.rules.examples;
