package org.partyorg.rules.register.planner;

import java.util.Arrays;

/**
 * The credit codes seen so far, as an open-addressing table of positions into an array of the
 * codes themselves: a million codes without a million map entries for the collector to copy.
 * Each slot keeps its code's hash, so that a probe reads a code only when the hashes match.
 */
final class CodeSet {
  private String[] codes = new String[1024];
  private int[] slots = new int[2048];
  private int[] hashes = new int[2048];
  private int size;

  CodeSet() {
    Arrays.fill(slots, -1);
  }

  /** Adds {@code code}; false if it was there already. */
  boolean add(String code) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int hash = mix(code.hashCode());
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] >= 0) {
      if (hashes[slot] == hash && codes[slots[slot]].equals(code)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
    }
    codes[size] = code;
    hashes[slot] = hash;
    slots[slot] = size++;
    return true;
  }

  /** MurmurHash3's finaliser: every bit of the code's hash reaches the low bits the table uses. */
  private static int mix(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] biggerSlots = new int[slots.length * 2];
    int[] biggerHashes = new int[hashes.length * 2];
    Arrays.fill(biggerSlots, -1);
    int mask = biggerSlots.length - 1;
    for (int old = 0; old < slots.length; old++) {
      if (slots[old] >= 0) {
        int slot = hashes[old] & mask;
        while (biggerSlots[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        biggerSlots[slot] = slots[old];
        biggerHashes[slot] = hashes[old];
      }
    }
    slots = biggerSlots;
    hashes = biggerHashes;
  }
}
