/** Constraint validators of the model's annotations; not exported, opened to Hibernate Validator. */
package org.partyorg.rules.api.internal;
