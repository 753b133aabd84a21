package org.partyorg.rules.register.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.model.IndustrySection;

/**
 * The plan, pool by pool (a pool: the candidates of one farthest locality, a district by
 * default). For each pool, {@link Capacity} gives the optimum: g joint organisations placing
 * n candidates. Level by level, nearest first (building and industry, building, street and
 * industry, street, district and industry, district), the pool forms cores (minimal sets of 3
 * formal members: {2,1}, {2,2}, {1,1,1}) from the free candidates that share the level's key,
 * then puts free candidates into the spare places of groups that share it; each step only if
 * the free candidates can still form the cores still missing ({@code still} below).
 *
 * <p>Why the optimum is always reached: that invariant holds throughout, and at the pool's own
 * level every free candidate is in reach of every other, so the cores are completed there (the
 * construction in {@code Capacity} gives one that keeps it). Then there are g joint
 * organisations, the most possible; the last filling places candidates until the free ones or
 * the spare places run out, so it places min(candidates, cap × g) in all, at least n since both
 * terms are (cap × g ≥ n is the test in {@code Capacity}), and at most n since no plan places
 * more.
 */
final class PoolPlanner {
  /** Levels, nearest first: a key for a candidate at each (negative: not known at that level). */
  private static final int BUILDING_INDUSTRY = 0;
  private static final int BUILDING = 1;
  private static final int STREET_INDUSTRY = 2;
  private static final int STREET = 3;
  private static final int POOL_INDUSTRY = 4;
  private static final int POOL = 5;
  private static final int SECTIONS = 32;

  private final Candidates c;
  private final int pools;
  private final int cap;
  private final Locality farthest;
  private final Citation clause;
  private final int[] levels;

  private final List<ProposedJointOrganisation> proposals = new ArrayList<>();
  private final List<UnplacedOrganisation> unplaced = new ArrayList<>();
  private final List<Integer> unplacedPositions = new ArrayList<>();
  private int placed;
  private int upperBound;
  private int maxGroups;

  PoolPlanner(Candidates candidates, int pools, int cap, Locality farthest, Citation clause) {
    this.c = candidates;
    this.pools = pools;
    this.cap = cap;
    this.farthest = farthest;
    this.clause = clause;
    this.levels = switch (farthest) {
      case BUILDING_OR_PARK -> new int[] {BUILDING_INDUSTRY, BUILDING};
      case STREET -> new int[] {BUILDING_INDUSTRY, BUILDING, STREET_INDUSTRY, STREET};
      case DISTRICT -> new int[] {BUILDING_INDUSTRY, BUILDING, STREET_INDUSTRY, STREET, POOL_INDUSTRY, POOL};
    };
  }

  /** One joint organisation being formed: its members, weight and what they all share. */
  private static final class Group {
    final int id;
    int[] members = new int[4];
    int size;
    int weight;
    int building;
    int street;
    int industry;

    Group(int id) {
      this.id = id;
      this.building = Integer.MIN_VALUE;
    }

    void add(Candidates c, int candidate) {
      if (size == members.length) {
        members = Arrays.copyOf(members, size * 2);
      }
      members[size++] = candidate;
      weight += c.weight[candidate];
      if (building == Integer.MIN_VALUE) {
        building = c.building[candidate];
        street = c.street[candidate];
        industry = c.industry[candidate];
      } else {
        building = building == c.building[candidate] ? building : -1;
        street = street == c.street[candidate] ? street : -1;
        industry = industry == c.industry[candidate] ? industry : -1;
      }
    }
  }

  JointPlan plan(List<UnplacedOrganisation> early, List<Integer> earlyPositions) {
    int[] start = new int[pools + 1];
    for (int i = 0; i < c.size; i++) {
      start[c.pool[i] + 1]++;
    }
    for (int p = 0; p < pools; p++) {
      start[p + 1] += start[p];
    }
    int[] order = new int[c.size];
    int[] next = Arrays.copyOf(start, pools);
    for (int i = 0; i < c.size; i++) {
      order[next[c.pool[i]]++] = i;
    }
    boolean[] taken = new boolean[c.size];
    for (int p = 0; p < pools; p++) {
      pool(Arrays.copyOfRange(order, start[p], start[p + 1]), taken);
    }
    return new JointPlan(cap, farthest, clause, proposals, merge(early, earlyPositions), c.size, placed, upperBound,
        maxGroups);
  }

  private void pool(int[] items, boolean[] taken) {
    int ones = 0;
    int twos = 0;
    for (int item : items) {
      if (c.weight[item] == 1) {
        ones++;
      } else {
        twos++;
      }
    }
    int target = Capacity.maxPlaced(ones, twos, cap);
    int groupsTarget = Capacity.maxGroups(ones, twos, cap);
    upperBound += target;
    maxGroups += groupsTarget;
    List<Group> groups = new ArrayList<>();
    int[] free = {ones, twos};
    for (int level : levels) {
      if (groupsTarget == 0 || free[0] + free[1] == 0) {
        break;
      }
      if (groups.size() < groupsTarget) {
        long[] keyed = keyed(items, taken, level);
        int run = 0;
        while (run < keyed.length && groups.size() < groupsTarget) {
          int end = run;
          long key = keyed[run] >>> 32;
          while (end < keyed.length && (keyed[end] >>> 32) == key) {
            end++;
          }
          cores(items, keyed, run, end, taken, free, groups, groupsTarget);
          run = end;
        }
      }
      fill(items, taken, groups, level, free, groupsTarget);
    }
    for (Group group : groups) {
      proposals.add(proposal(group));
      placed += group.size;
    }
    int weight = ones + 2 * twos;
    UnplacedOrganisation.Reason reason = items.length == 1 ? UnplacedOrganisation.Reason.ALONE
        : weight < JointPlanner.MINIMUM_MEMBERS ? UnplacedOrganisation.Reason.TOO_FEW_MEMBERS
        : UnplacedOrganisation.Reason.CAP;
    for (int item : items) {
      if (!taken[item]) {
        unplaced.add(new UnplacedOrganisation(c.code[item], c.name[item], OptionalInt.of(c.weight[item]), reason, farthest,
            items.length, weight, cap, List.of()));
        unplacedPositions.add(c.position[item]);
      }
    }
  }

  /**
   * Forms cores from the free candidates of one run (one key at one level), smallest first, while
   * the pool can still reach its optimum.
   */
  private void cores(int[] items, long[] keyed, int from, int to, boolean[] taken, int[] free, List<Group> groups,
      int groupsTarget) {
    int[] runOnes = new int[to - from];
    int[] runTwos = new int[to - from];
    int o = 0;
    int t = 0;
    for (int k = from; k < to; k++) {
      int item = items[(int) keyed[k]];
      if (c.weight[item] == 1) {
        runOnes[o++] = item;
      } else {
        runTwos[t++] = item;
      }
    }
    int oi = 0;
    int ti = 0;
    while (groups.size() < groupsTarget) {
      int remaining = groupsTarget - groups.size() - 1;
      int useOnes;
      int useTwos;
      if (cap >= 2 && o - oi >= 1 && t - ti >= 1 && still(free[0] - 1, free[1] - 1, remaining)) {
        useOnes = 1;
        useTwos = 1;
      } else if (cap >= 2 && t - ti >= 2 && still(free[0], free[1] - 2, remaining)) {
        useOnes = 0;
        useTwos = 2;
      } else if (cap >= 3 && o - oi >= 3 && still(free[0] - 3, free[1], remaining)) {
        useOnes = 3;
        useTwos = 0;
      } else {
        break;
      }
      Group group = new Group(groups.size());
      for (int k = 0; k < useTwos; k++) {
        int item = runTwos[ti++];
        group.add(c, item);
        taken[item] = true;
      }
      for (int k = 0; k < useOnes; k++) {
        int item = runOnes[oi++];
        group.add(c, item);
        taken[item] = true;
      }
      free[0] -= useOnes;
      free[1] -= useTwos;
      groups.add(group);
    }
  }

  /** Whether the free candidates can still form {@code groups} more cores. */
  private boolean still(int ones, int twos, int groups) {
    return ones >= 0 && twos >= 0 && groups <= Capacity.cores(ones, twos, cap);
  }

  /**
   * Puts free candidates into the spare places of joint organisations that share their key at
   * {@code level}, each where the cores still to form can still be formed without it; a
   * candidate joins a group already mixed before one of a single industry it would make mixed,
   * then the smallest.
   */
  private void fill(int[] items, boolean[] taken, List<Group> groups, int level, int[] free, int groupsTarget) {
    Map<Long, PriorityQueue<Group>> open = new HashMap<>();
    // a candidate reaching a group only at a level without industry does not share the group's
    // (else it would have joined at the level with it)
    boolean byIndustry = level == BUILDING_INDUSTRY || level == STREET_INDUSTRY || level == POOL_INDUSTRY;
    Comparator<Group> order = Comparator.<Group>comparingInt(g -> !byIndustry && g.industry >= 0 ? 1 : 0)
        .thenComparingInt(g -> g.size).thenComparingInt(g -> g.id);
    for (Group group : groups) {
      long key = key(level, group.building, group.street, group.industry);
      if (group.size < cap && key >= 0) {
        open.computeIfAbsent(key, k -> new PriorityQueue<>(order)).add(group);
      }
    }
    if (open.isEmpty()) {
      return;
    }
    long[] keyed = keyed(items, taken, level);
    for (long k : keyed) {
      PriorityQueue<Group> queue = open.get(k >>> 32);
      if (queue == null || queue.isEmpty()) {
        continue;
      }
      int item = items[(int) k];
      int one = c.weight[item] == 1 ? 1 : 0;
      if (!still(free[0] - one, free[1] - (1 - one), groupsTarget - groups.size())) {
        continue;
      }
      Group group = queue.poll();
      group.add(c, item);
      taken[item] = true;
      free[0] -= one;
      free[1] -= 1 - one;
      long key = key(level, group.building, group.street, group.industry);
      if (group.size < cap && key >= 0) {
        open.computeIfAbsent(key, x -> new PriorityQueue<>(order)).add(group);
      }
    }
  }

  /** The free candidates known at {@code level}, as (key, index in items), sorted. */
  private long[] keyed(int[] items, boolean[] taken, int level) {
    long[] keyed = new long[items.length];
    int n = 0;
    for (int i = 0; i < items.length; i++) {
      int item = items[i];
      if (taken[item]) {
        continue;
      }
      long key = key(level, c.building[item], c.street[item], c.industry[item]);
      if (key >= 0) {
        keyed[n++] = key << 32 | i;
      }
    }
    long[] result = Arrays.copyOf(keyed, n);
    Arrays.sort(result);
    return result;
  }

  private static long key(int level, int building, int street, int industry) {
    return switch (level) {
      case BUILDING_INDUSTRY -> building >= 0 && industry >= 0 ? (long) building * SECTIONS + industry : -1;
      case BUILDING -> building;
      case STREET_INDUSTRY -> street >= 0 && industry >= 0 ? (long) street * SECTIONS + industry : -1;
      case STREET -> street;
      case POOL_INDUSTRY -> industry;
      default -> 0;
    };
  }

  private ProposedJointOrganisation proposal(Group group) {
    int[] members = Arrays.copyOf(group.members, group.size);
    Arrays.sort(members);
    String[] codes = new String[members.length];
    String[] names = new String[members.length];
    for (int i = 0; i < members.length; i++) {
      codes[i] = c.code[members[i]];
      names[i] = c.name[members[i]];
    }
    Locality locality = group.building >= 0 ? Locality.BUILDING_OR_PARK
        : group.street >= 0 ? Locality.STREET : Locality.DISTRICT;
    Optional<IndustrySection> industry = group.industry >= 0
        ? Optional.of(IndustrySection.values()[group.industry]) : Optional.empty();
    return new ProposedJointOrganisation(Arrays.asList(codes), Arrays.asList(names), group.weight, locality, industry, clause);
  }

  /** The early reasons and the pools' leftovers, in the order of the input. */
  private List<UnplacedOrganisation> merge(List<UnplacedOrganisation> early, List<Integer> earlyPositions) {
    int total = early.size() + unplaced.size();
    long[] keyed = new long[total];
    for (int i = 0; i < early.size(); i++) {
      keyed[i] = (long) earlyPositions.get(i) << 32 | i;
    }
    for (int i = 0; i < unplaced.size(); i++) {
      keyed[early.size() + i] = (long) unplacedPositions.get(i) << 32 | (early.size() + i);
    }
    Arrays.sort(keyed);
    List<UnplacedOrganisation> merged = new ArrayList<>(total);
    for (long k : keyed) {
      int i = (int) k;
      merged.add(i < early.size() ? early.get(i) : unplaced.get(i - early.size()));
    }
    return merged;
  }
}
