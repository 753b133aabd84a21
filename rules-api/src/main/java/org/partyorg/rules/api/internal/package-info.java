/**
 * Constraint validators of the model's annotations and the Immutables style of the value types;
 * not exported (but to the engine), opened to Hibernate Validator.
 */
package org.partyorg.rules.api.internal;
