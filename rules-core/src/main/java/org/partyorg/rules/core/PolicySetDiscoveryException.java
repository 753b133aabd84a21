package org.partyorg.rules.core;

import java.util.List;

/**
 * The policy sets found on the path cannot be used: none was found, a set the caller requires
 * is missing, two sets share an id, one has a blank id, or a provider could not be
 * instantiated. Thrown when the evaluator is created, so a misconfigured deployment (a fat jar
 * that kept one region's service file, a context class loader that sees no region) fails at
 * start-up rather than answering "no obligations" for every organisation.
 *
 * <p>The message says what was searched and, when sets are missing, how to merge service files;
 * {@link #getMissingIds()} and {@link #getFoundIds()} give the ids for programs.
 */
public final class PolicySetDiscoveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> missingIds;
  private final List<String> foundIds;

  PolicySetDiscoveryException(String message) {
    this(message, List.of(), List.of());
  }

  PolicySetDiscoveryException(String message, Throwable cause) {
    super(message, cause);
    this.missingIds = List.of();
    this.foundIds = List.of();
  }

  PolicySetDiscoveryException(String message, List<String> missingIds, List<String> foundIds) {
    super(message);
    this.missingIds = List.copyOf(missingIds);
    this.foundIds = List.copyOf(foundIds);
  }

  /**
   * The required ids that no discovered set has, ordered; when no set was found at all, every
   * required id. Empty for the other errors.
   */
  public List<String> getMissingIds() {
    return missingIds;
  }

  /**
   * The ids of the sets that were found, ordered, when the error is that sets are missing (empty
   * when none was found). Empty for the other errors.
   */
  public List<String> getFoundIds() {
    return foundIds;
  }
}
