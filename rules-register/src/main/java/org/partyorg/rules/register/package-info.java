/**
 * Reports over a register (台账) of organisations: coverage against every register-level target
 * of every applicable policy set, a planner for joint party organisations, and what-if
 * comparisons of two variants of a set over the same register.
 */
package org.partyorg.rules.register;
