package org.partyorg.rules.register.planner;

import java.util.Arrays;

/**
 * The organisations that may join a joint organisation, column by column: what the plan needs of
 * each (a few numbers and two references), so that millions fit in little memory.
 */
final class Candidates {
  int size;
  int[] position = new int[1024];
  byte[] weight = new byte[1024];
  int[] pool = new int[1024];
  int[] street = new int[1024];
  int[] building = new int[1024];
  byte[] industry = new byte[1024];
  String[] code = new String[1024];
  String[] name = new String[1024];

  void add(int inputPosition, int formalMembers, int poolId, int streetId, int buildingId, int industryOrdinal,
      String creditCode, String organisationName) {
    if (size == position.length) {
      int grown = size * 2;
      position = Arrays.copyOf(position, grown);
      weight = Arrays.copyOf(weight, grown);
      pool = Arrays.copyOf(pool, grown);
      street = Arrays.copyOf(street, grown);
      building = Arrays.copyOf(building, grown);
      industry = Arrays.copyOf(industry, grown);
      code = Arrays.copyOf(code, grown);
      name = Arrays.copyOf(name, grown);
    }
    position[size] = inputPosition;
    weight[size] = (byte) formalMembers;
    pool[size] = poolId;
    street[size] = streetId;
    building[size] = buildingId;
    industry[size] = (byte) industryOrdinal;
    code[size] = creditCode;
    name[size] = organisationName;
    size++;
  }
}
