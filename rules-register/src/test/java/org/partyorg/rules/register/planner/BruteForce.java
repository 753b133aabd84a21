package org.partyorg.rules.register.planner;

import java.util.List;

/**
 * Every way to put some of a pool's organisations into joint organisations (each of weight 3 or
 * more and at most {@code cap} members; the others left out), for small pools: the best by
 * (placed, joint organisations, joint organisations of one industry section).
 */
final class BruteForce {
  /** The best found: organisations placed, joint organisations, same-industry ones. */
  record Best(int placed, int groups, int sameIndustry) implements Comparable<Best> {
    @Override
    public int compareTo(Best other) {
      int byPlaced = Integer.compare(placed, other.placed);
      if (byPlaced != 0) {
        return byPlaced;
      }
      int byGroups = Integer.compare(groups, other.groups);
      return byGroups != 0 ? byGroups : Integer.compare(sameIndustry, other.sameIndustry);
    }
  }

  private final int[] weights;
  private final int[] industries;
  private final int cap;
  private final int[] blockWeight;
  private final int[] blockSize;
  private final int[] blockIndustry;
  private Best best = new Best(0, 0, 0);

  private BruteForce(int[] weights, int[] industries, int cap) {
    this.weights = weights;
    this.industries = industries;
    this.cap = cap;
    this.blockWeight = new int[weights.length];
    this.blockSize = new int[weights.length];
    this.blockIndustry = new int[weights.length];
  }

  /** The best over all plans of the pool; {@code industries} -1 for unknown. */
  static Best best(int[] weights, int[] industries, int cap) {
    BruteForce search = new BruteForce(weights, industries, cap);
    search.assign(0, 0);
    return search.best;
  }

  static Best best(List<Integer> weights, int cap) {
    int[] w = weights.stream().mapToInt(Integer::intValue).toArray();
    int[] none = new int[w.length];
    java.util.Arrays.fill(none, -1);
    return best(w, none, cap);
  }

  private void assign(int item, int blocks) {
    if (item == weights.length) {
      int placed = 0;
      int same = 0;
      for (int b = 0; b < blocks; b++) {
        if (blockWeight[b] < JointPlanner.MINIMUM_MEMBERS) {
          return;
        }
        placed += blockSize[b];
        if (blockIndustry[b] >= 0) {
          same++;
        }
      }
      Best found = new Best(placed, blocks, same);
      if (found.compareTo(best) > 0) {
        best = found;
      }
      return;
    }
    assign(item + 1, blocks);
    for (int b = 0; b <= blocks && b < weights.length; b++) {
      if (blockSize[b] >= cap) {
        continue;
      }
      int savedIndustry = blockIndustry[b];
      boolean fresh = b == blocks;
      blockWeight[b] += weights[item];
      blockSize[b]++;
      blockIndustry[b] = fresh ? industries[item] : savedIndustry == industries[item] ? savedIndustry : -1;
      assign(item + 1, fresh ? blocks + 1 : blocks);
      blockWeight[b] -= weights[item];
      blockSize[b]--;
      blockIndustry[b] = fresh ? 0 : savedIndustry;
      if (fresh) {
        blockWeight[b] = 0;
        blockSize[b] = 0;
      }
    }
  }
}
