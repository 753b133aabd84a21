package org.partyorg.rules.core;

/**
 * The policy sets found on the path cannot be used together: two share an id, one has a blank
 * id, or a provider could not be instantiated. Thrown when the evaluator is created, so a
 * misconfigured deployment fails at start-up rather than on the first assessment.
 */
public final class PolicySetDiscoveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PolicySetDiscoveryException(String message) {
    super(message);
  }

  PolicySetDiscoveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
