package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;

/**
 * The measurement on a rule of our own: "R" is met from 50 on, violated below, undecided when the
 * count is unknown; "R.zero" advises at exactly 0; "R.never" never comes.
 */
class OutcomeReachTest {
  private static final Gen<OptionalInt> COUNTS = Gens.optionalInts(Gens.ints(0, 100, 50));

  private static List<Map.Entry<String, Outcome>> rule(OptionalInt count) {
    List<Map.Entry<String, Outcome>> findings = new ArrayList<>();
    if (count.isEmpty()) {
      findings.add(Map.entry("R", Outcome.UNDECIDED));
    } else {
      findings.add(Map.entry("R", count.getAsInt() >= 50 ? Outcome.SATISFIED : Outcome.VIOLATED));
      if (count.getAsInt() == 0) {
        findings.add(Map.entry("R.zero", Outcome.ADVISORY));
      }
    }
    findings.add(Map.entry("OTHER", Outcome.VIOLATED));
    return findings;
  }

  private static final OutcomeReach<OptionalInt> REACH = OutcomeReach.overPairs(COUNTS, OutcomeReachTest::rule);

  private static final Map<String, Set<Outcome>> EXPECTED = Map.of(
      "R", EnumSet.of(Outcome.SATISFIED, Outcome.VIOLATED, Outcome.UNDECIDED),
      "R.zero", EnumSet.of(Outcome.ADVISORY));

  @Test
  void measuresTheOutcomesOfTheKeysAskedForOnly() {
    Map<String, Set<Outcome>> seen = REACH.measure(Set.of("R", "R.zero", "R.never"));
    assertEquals(EXPECTED, seen);
    assertEquals(List.of("R", "R.zero"), List.copyOf(seen.keySet()), "sorted by key");
  }

  @Test
  void passesWhenEachKeyReachesExactlyItsOutcomes() {
    REACH.assertReaches(EXPECTED);
  }

  @Test
  void namesAnOutcomeNeverReached() {
    AssertionError e = assertThrows(AssertionError.class, () -> REACH.assertReaches(Map.of(
        "R", EnumSet.allOf(Outcome.class), "R.zero", EnumSet.of(Outcome.ADVISORY))));
    assertEquals("over 1000 cases from seed " + OutcomeReach.DEFAULT_SEED + ", 1 finding key reached other outcomes"
        + " than expected:\n  R: reached [SATISFIED, VIOLATED, UNDECIDED], never [ADVISORY]", e.getMessage());
  }

  @Test
  void namesAnOutcomeReachedButNotExpectedAndAKeyNeverReached() {
    AssertionError e = assertThrows(AssertionError.class, () -> REACH.assertReaches(Map.of(
        "R", EnumSet.of(Outcome.SATISFIED, Outcome.VIOLATED), "R.never", EnumSet.of(Outcome.VIOLATED))));
    assertTrue(e.getMessage().contains(", 2 finding keys reached other outcomes than expected:"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  R: reached [SATISFIED, VIOLATED, UNDECIDED], not expected [UNDECIDED]"),
        e.getMessage());
    assertTrue(e.getMessage().contains("\n  R.never: never reached, expected [VIOLATED]"), e.getMessage());
  }

  /** One try sees one case, so "R" has one outcome; the same seed sees the same cases as the property runner. */
  @Test
  void generatesTriesCasesFromTheSeedAsPropertyDoes() {
    AtomicInteger assessed = new AtomicInteger();
    OutcomeReach<OptionalInt> counting = OutcomeReach.overPairs(COUNTS, c -> {
      assessed.incrementAndGet();
      return rule(c);
    });
    assertEquals(1, counting.tries(1).measure(Set.of("R")).get("R").size());
    assertEquals(1, assessed.get());

    List<OptionalInt> byProperty = new ArrayList<>();
    Property.forAll(COUNTS).tries(20).seed(7L).check(byProperty::add);
    List<OptionalInt> byReach = new ArrayList<>();
    OutcomeReach.overPairs(COUNTS, c -> {
      byReach.add(c);
      return rule(c);
    }).tries(20).seed(7L).measure(Set.of("R"));
    assertEquals(byProperty, byReach);
  }

  @Test
  void aCaseThatThrowsIsNamedWithItsTryAndTheSeed() {
    IllegalStateException cause = new IllegalStateException("boom");
    AssertionError e = assertThrows(AssertionError.class, () -> OutcomeReach.overPairs(COUNTS, c -> {
      throw cause;
    }).seed(3L).measure(Set.of("R")));
    assertTrue(e.getMessage().startsWith("case 1 of 1000 (seed 3) threw java.lang.IllegalStateException: boom: Optional"),
        e.getMessage());
    assertSame(cause, e.getCause());
  }

  @Test
  void triesMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> REACH.tries(0));
    assertEquals("tries must be at least 1, got 0", e.getMessage());
  }
}
