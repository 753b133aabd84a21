package org.partyorg.rules.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a property against many generated cases, from a seed, inside an ordinary JUnit test:
 *
 * <pre>{@code
 * @Test
 * void moreStaffNeverRemovesAnObligation() {
 *   Property.forAll(OrganisationGen.forPolicySet(wuhan).build())
 *       .check(organisation -> assertThat(...));
 * }
 * }</pre>
 *
 * <p>A case fails when the check throws an {@link AssertionError} or returns false (for
 * {@link #checkThat}). The first failure is shrunk, greedily, to the smallest case that still
 * fails, and reported with the seed; any other exception from the check is a failure too.
 *
 * <p><b>Replay.</b> Every run starts from a seed: a random one, or the value of the system
 * property {@value #SEED_PROPERTY}. The same seed generates the same cases in the same order,
 * so {@code ./mvnw -pl <module> test -Dtest=<Class>#<method> -Dpartyorg.seed=<seed>} reproduces a
 * CI failure on a laptop. {@value #TRIES_PROPERTY} overrides the number of tries.
 */
public final class Property<T> {
  /** The system property that fixes the seed, for replaying a failure. */
  public static final String SEED_PROPERTY = "partyorg.seed";

  /** The system property that overrides the number of tries. */
  public static final String TRIES_PROPERTY = "partyorg.tries";

  private static final int DEFAULT_TRIES = 500;
  private static final int MAX_SHRINK_STEPS = 2_000;

  private final Gen<T> gen;
  private final int tries;
  private final Long seed;

  private Property(Gen<T> gen, int tries, Long seed) {
    this.gen = gen;
    this.tries = tries;
    this.seed = seed;
  }

  /** A property over the cases {@code gen} makes; 500 tries unless told otherwise. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), DEFAULT_TRIES, null);
  }

  /** The number of cases to try; the system property {@value #TRIES_PROPERTY} still wins. */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, got " + tries);
    }
    return new Property<>(gen, tries, seed);
  }

  /** A fixed seed, for tests of the runner itself; the system property still wins. */
  public Property<T> seed(long seed) {
    return new Property<>(gen, tries, seed);
  }

  /** Fails if {@code predicate} is false for some case. */
  public void checkThat(Predicate<? super T> predicate) {
    check(value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("property returned false");
      }
    });
  }

  /**
   * Fails if {@code check} throws for some case.
   *
   * @throws PropertyFailure with the seed, the smallest failing case and its failure
   */
  public void check(Consumer<? super T> check) {
    long runSeed = resolveSeed();
    int runTries = Integer.getInteger(TRIES_PROPERTY, tries);
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= runTries; attempt++) {
      Shrinkable<T> candidate = gen.generate(random);
      Throwable failure = failureOf(check, candidate.value());
      if (failure != null) {
        throw shrinkAndReport(check, candidate, failure, runSeed, attempt);
      }
    }
  }

  private long resolveSeed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      try {
        return Long.parseLong(fixed.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "system property " + SEED_PROPERTY + " must be a whole number, got '" + fixed + "'", e);
      }
    }
    return seed != null ? seed : new SplittableRandom().nextLong();
  }

  private PropertyFailure shrinkAndReport(
      Consumer<? super T> check, Shrinkable<T> original, Throwable originalFailure, long runSeed, int attempt) {
    Shrinkable<T> smallest = original;
    Throwable smallestFailure = originalFailure;
    int steps = 0;
    boolean shrunk = true;
    while (shrunk && steps < MAX_SHRINK_STEPS) {
      shrunk = false;
      for (Shrinkable<T> candidate : (Iterable<Shrinkable<T>>) smallest.shrinks()::iterator) {
        if (++steps > MAX_SHRINK_STEPS) {
          break;
        }
        Throwable failure = failureOf(check, candidate.value());
        if (failure != null) {
          smallest = candidate;
          smallestFailure = failure;
          shrunk = true;
          break;
        }
      }
    }
    String message =
        "property failed on try " + attempt + " with seed " + runSeed
            + " (replay: -D" + SEED_PROPERTY + "=" + runSeed + ")\n"
            + "smallest failing case (after " + steps + " shrink steps):\n  " + smallest.value() + "\n"
            + "failure: " + smallestFailure + "\n"
            + "original case:\n  " + original.value();
    return new PropertyFailure(message, runSeed, smallest.value(), original.value(), smallestFailure);
  }

  private static <T> Throwable failureOf(Consumer<? super T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
