/**
 * What a caller embeds: the {@link org.partyorg.rules.core.Evaluator}, validation of
 * organisations, and the exceptions they throw.
 */
package org.partyorg.rules.core;
