package org.partyorg.rules.register.planner;

import java.util.Arrays;

/**
 * Dense ids 0, 1, 2 ... for long keys, in the order first seen: an open-addressing table, so
 * that naming a million localities allocates no boxed keys.
 */
final class LongIds {
  private long[] keys = new long[1024];
  private int[] ids = new int[1024];
  private int size;

  LongIds() {
    Arrays.fill(ids, -1);
  }

  int size() {
    return size;
  }

  /** The id of {@code key}, a new one if it was not seen before. */
  int idOf(long key) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (ids[slot] >= 0) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = size;
    return size++;
  }

  /** MurmurHash3's 64-bit finaliser: the district in the high bits reaches the low bits too. */
  private static int hash(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return (int) (h ^ (h >>> 33));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    Arrays.fill(ids, -1);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] >= 0) {
        int slot = hash(oldKeys[i]) & mask;
        while (ids[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
