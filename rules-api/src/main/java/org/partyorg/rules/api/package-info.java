/**
 * The evaluator interface ({@link org.partyorg.rules.api.PolicySet}) and what it returns:
 * assessments, findings, citations, parameters and register-level targets.
 */
package org.partyorg.rules.api;
