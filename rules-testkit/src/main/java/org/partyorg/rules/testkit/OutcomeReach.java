package org.partyorg.rules.testkit;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;

/**
 * Which outcomes generated cases reach, finding key by finding key: the measure that says a
 * generator reaches every rule of a set with each outcome the rule can give, so that the set's
 * properties are not passing vacuously.
 *
 * <pre>{@code
 * OutcomeReach.over(cases, c -> evaluator.assess(c.organisation(), c.asOf()).getFindings())
 *     .tries(3000).seed(20200724L)
 *     .assertReaches(Map.of("B12", EnumSet.of(SATISFIED, VIOLATED, UNDECIDED), ...));
 * }</pre>
 *
 * <p>The cases are generated from a fixed seed (default {@value #DEFAULT_SEED}, 1000 tries), the
 * same ones every run: unlike {@link Property}, a measurement ignores the system properties
 * {@value Property#SEED_PROPERTY} and {@value Property#TRIES_PROPERTY}, so that replaying another
 * property with them cannot make it fail. With the same generator, seed and tries it sees the same
 * cases as {@code Property.forAll(cases).tries(tries).seed(seed)}.
 *
 * <p>Immutable and thread-safe: {@link #tries} and {@link #seed} return a new measurement, and
 * each run uses a random source of its own (the generator and the findings function must be
 * safe to call from the threads that run it).
 *
 * @param <T> the cases: an organisation, or an organisation and a date
 */
public final class OutcomeReach<T> {
  /** The seed a measurement starts from unless told otherwise. */
  public static final long DEFAULT_SEED = 20161130L;

  private static final int DEFAULT_TRIES = 1_000;

  private final Gen<T> cases;
  private final Function<? super T, ? extends Collection<? extends Map.Entry<String, Outcome>>> reached;
  private final int tries;
  private final long seed;

  private OutcomeReach(Gen<T> cases,
      Function<? super T, ? extends Collection<? extends Map.Entry<String, Outcome>>> reached, int tries, long seed) {
    this.cases = cases;
    this.reached = reached;
    this.tries = tries;
    this.seed = seed;
  }

  /**
   * A measurement over {@code cases}, each assessed by {@code findings} (an evaluator's
   * assessment, or a policy set's findings).
   *
   * @throws NullPointerException if either is null
   */
  public static <T> OutcomeReach<T> over(Gen<T> cases, Function<? super T, ? extends Collection<Finding>> findings) {
    Objects.requireNonNull(findings, "findings");
    return overPairs(cases, c -> findings.apply(c).stream()
        .map(f -> new SimpleImmutableEntry<>(f.getKey(), f.getOutcome())).toList());
  }

  /** A measurement over cases whose findings are given as key and outcome: the tests' way in. */
  static <T> OutcomeReach<T> overPairs(Gen<T> cases,
      Function<? super T, ? extends Collection<? extends Map.Entry<String, Outcome>>> reached) {
    return new OutcomeReach<>(Objects.requireNonNull(cases, "cases"), Objects.requireNonNull(reached, "findings"),
        DEFAULT_TRIES, DEFAULT_SEED);
  }

  /**
   * The number of cases to generate.
   *
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public OutcomeReach<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, got " + tries);
    }
    return new OutcomeReach<>(cases, reached, tries, seed);
  }

  /** The seed the cases are generated from. */
  public OutcomeReach<T> seed(long seed) {
    return new OutcomeReach<>(cases, reached, tries, seed);
  }

  /**
   * The outcomes each of {@code keys} reached over the cases: a key no finding had is not in the
   * map, findings of other keys are not counted. The map is sorted by key, unmodifiable.
   *
   * @throws AssertionError naming the try, the seed and the case, if generating or assessing a case throws
   */
  public Map<String, Set<Outcome>> measure(Set<String> keys) {
    Set<String> wanted = Set.copyOf(keys);
    Map<String, Set<Outcome>> seen = new TreeMap<>();
    SplittableRandom random = new SplittableRandom(seed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      T value = null;
      try {
        value = cases.generate(random).value();
        for (Map.Entry<String, Outcome> finding : reached.apply(value)) {
          if (wanted.contains(finding.getKey())) {
            seen.computeIfAbsent(finding.getKey(), k -> EnumSet.noneOf(Outcome.class)).add(finding.getValue());
          }
        }
      } catch (RuntimeException e) {
        throw new AssertionError("case " + attempt + " of " + tries + " (seed " + seed + ") threw " + e + ": "
            + value, e);
      }
    }
    seen.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    return Collections.unmodifiableMap(seen);
  }

  /**
   * Fails unless each key of {@code expected} reached exactly its outcomes over the cases.
   *
   * @throws AssertionError naming, for every key that differs, the outcomes never reached and the
   *     outcomes reached but not expected, with the tries and the seed
   */
  public void assertReaches(Map<String, ? extends Set<Outcome>> expected) {
    Map<String, Set<Outcome>> seen = measure(expected.keySet());
    List<String> differences = new ArrayList<>();
    for (String key : new TreeSet<>(expected.keySet())) {
      Set<Outcome> want = expected.get(key);
      Set<Outcome> got = seen.getOrDefault(key, Set.of());
      if (got.isEmpty()) {
        differences.add(key + ": never reached, expected " + new TreeSet<>(want));
        continue;
      }
      Set<Outcome> missing = new TreeSet<>(want);
      missing.removeAll(got);
      Set<Outcome> unexpected = new TreeSet<>(got);
      unexpected.removeAll(want);
      if (!missing.isEmpty() || !unexpected.isEmpty()) {
        differences.add(key + ": reached " + new TreeSet<>(got)
            + (missing.isEmpty() ? "" : ", never " + missing)
            + (unexpected.isEmpty() ? "" : ", not expected " + unexpected));
      }
    }
    if (!differences.isEmpty()) {
      throw new AssertionError("over " + tries + " cases from seed " + seed + ", " + differences.size()
          + (differences.size() == 1 ? " finding key" : " finding keys") + " reached other outcomes than expected:\n  "
          + String.join("\n  ", differences));
    }
  }
}
