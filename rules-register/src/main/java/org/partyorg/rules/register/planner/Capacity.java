package org.partyorg.rules.register.planner;

/**
 * How many organisations one pool can place at best, and in how many joint organisations: the
 * exact optimum of the packing problem every pool is, in closed form.
 *
 * <p><b>The problem.</b> A pool holds {@code ones} organisations with 1 formal member and
 * {@code twos} with 2. A joint organisation is a set of them with at least 3 formal members
 * together (its weight) and at most {@code cap} organisations. Organisations not in any stay
 * out. Wanted: the most organisations placed; among plans placing that many, the most joint
 * organisations.
 *
 * <p><b>Cores.</b> Every joint organisation contains a core, a subset of weight at least 3 that
 * is minimal: {2,1}, {2,2} or {1,1,1} (a set of weight 3 or more has one of these inside it).
 * So g joint organisations need g disjoint cores. The most disjoint cores in (a ones, b twos) is
 * <pre>  cores(a, b) = min(⌊(a + 2b) / 3⌋, ⌊(a + b) / 2⌋)</pre>
 * Upper bound: each core has weight at least 3 and at least 2 members. Reached: if a ≥ b, b cores
 * {2,1} and ⌊(a − b) / 3⌋ cores {1,1,1}, b + ⌊(a − b) / 3⌋ = ⌊(a + 2b) / 3⌋ in all, the smaller
 * term when a ≥ b; if a &lt; b, a cores {2,1} and ⌊(b − a) / 2⌋ cores {2,2},
 * ⌊(a + b) / 2⌋ in all, the smaller term when a &lt; b. With a cap of 2 the core {1,1,1} does
 * not fit and a joint organisation is exactly a pair holding a 2: cores are then
 * min(b, ⌊(a + b) / 2⌋) (each pair needs its own 2; pair every 1 with a 2, then the 2s among
 * themselves). With a cap of 0 or 1 there are none (one organisation has at most 2 members).
 *
 * <p><b>Placing everything.</b> With a cap k ≥ 3, a set of n organisations (a ones, b twos) can
 * be split into joint organisations exactly when ⌈n / k⌉ ≤ cores(a, b). Necessary: g joint
 * organisations of at most k members each hold at most g·k organisations, and hold g disjoint
 * cores. Sufficient: take g = cores(a, b) disjoint cores (each of at most 3 ≤ k members); the
 * rest of the organisations fit into their spare places, since g·k ≥ n; adding an organisation
 * to a joint organisation keeps its weight at 3 or more. The same construction gives the most
 * joint organisations for that set: cores(a, b) of them, as many as there are disjoint cores.
 *
 * <p><b>The most organisations placed.</b> Placing n' organisations is possible when some
 * subset of size n' can be split; for a given n', the subset with the most 2s (all of them, up
 * to n') has the most weight and so the most cores ({@code cores} grows with b at a fixed
 * a + b): it is the one to test. So the optimum is the largest n' ≤ n whose twos-first subset
 * passes the test, and the most joint organisations with it is {@code cores} of that subset (a
 * plan placing n' organisations has at most cores(its set) joint organisations, and no set of n'
 * organisations has more cores than the twos-first one). With a cap of 2, every joint
 * organisation is a pair, so the optimum is 2·min(b, ⌊(a + b) / 2⌋) in that many pairs.
 *
 * <p>Without a cap a pool of weight 3 or more places everyone in one joint organisation; so in
 * such a pool, anyone left out is left out because of the cap.
 */
final class Capacity {
  private Capacity() {}

  /** The most disjoint cores (sets of weight 3 within {@code cap} members) in the pool. */
  static int cores(long ones, long twos, int cap) {
    if (cap <= 1) {
      return 0;
    }
    long pairs = (ones + twos) / 2;
    if (cap == 2) {
      return (int) Math.min(twos, pairs);
    }
    return (int) Math.min((ones + 2 * twos) / 3, pairs);
  }

  /** The most organisations of the pool that joint organisations within {@code cap} can hold. */
  static int maxPlaced(int ones, int twos, int cap) {
    if (cap <= 1) {
      return 0;
    }
    if (cap == 2) {
      return 2 * cores(ones, twos, cap);
    }
    for (int placed = ones + twos; placed > 0; placed--) {
      if (fits(placed, twos, cap)) {
        return placed;
      }
    }
    return 0;
  }

  /** The most joint organisations among the plans that place {@link #maxPlaced} organisations. */
  static int maxGroups(int ones, int twos, int cap) {
    if (cap <= 2) {
      return cores(ones, twos, cap);
    }
    int placed = maxPlaced(ones, twos, cap);
    int placedTwos = Math.min(twos, placed);
    return cores(placed - placedTwos, placedTwos, cap);
  }

  /** Whether {@code placed} organisations, twos first, can be split into joint organisations. */
  private static boolean fits(int placed, int twos, int cap) {
    int placedTwos = Math.min(twos, placed);
    long groupsNeeded = (placed + (long) cap - 1) / cap;
    return groupsNeeded <= cores(placed - placedTwos, placedTwos, cap);
  }
}
