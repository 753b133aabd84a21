package org.partyorg.rules.register.planner;

import java.util.Arrays;

/**
 * The credit codes seen so far, as an open-addressing table of positions into an array of the
 * codes themselves: a million codes without a million map entries for the collector to copy.
 */
final class CodeSet {
  private String[] codes = new String[1024];
  private int[] slots = new int[2048];
  private int size;

  CodeSet() {
    Arrays.fill(slots, -1);
  }

  /** Adds {@code code}; false if it was there already. */
  boolean add(String code) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int slot = spread(code.hashCode()) & mask;
    while (slots[slot] >= 0) {
      if (codes[slots[slot]].equals(code)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
    }
    codes[size] = code;
    slots[slot] = size++;
    return true;
  }

  private static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    Arrays.fill(bigger, -1);
    int mask = bigger.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(codes[i].hashCode()) & mask;
      while (bigger[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = i;
    }
    slots = bigger;
  }
}
