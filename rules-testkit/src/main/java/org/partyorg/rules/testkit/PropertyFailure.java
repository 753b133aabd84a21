package org.partyorg.rules.testkit;

/**
 * A property did not hold. The message gives the seed to replay it with
 * ({@code -Dpartyorg.seed=...}), the smallest failing case found by shrinking and the case
 * first found; the cause is the smallest case's failure.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final transient Object smallest;
  private final transient Object original;

  PropertyFailure(String message, long seed, Object smallest, Object original, Throwable cause) {
    super(message, cause);
    this.seed = seed;
    this.smallest = smallest;
    this.original = original;
  }

  public long seed() {
    return seed;
  }

  /** The smallest failing case shrinking reached. */
  public Object smallest() {
    return smallest;
  }

  /** The failing case as first generated. */
  public Object original() {
    return original;
  }
}
