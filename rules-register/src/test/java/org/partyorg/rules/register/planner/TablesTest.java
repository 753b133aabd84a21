package org.partyorg.rules.register.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The planner's two tables, through many growths. */
class TablesTest {
  @Test
  void theCodeSetFindsEveryCodeAddedBeforeAndNoOther() {
    CodeSet set = new CodeSet();
    for (int i = 0; i < 50_000; i++) {
      assertTrue(set.add(Orgs.code("420106", i)));
    }
    for (int i = 0; i < 50_000; i += 7) {
      // an equal code in a new string object: found by its value
      assertFalse(set.add(new String(Orgs.code("420106", i).toCharArray())), "code " + i);
    }
    assertTrue(set.add(Orgs.code("420107", 1)));
  }

  @Test
  void longIdsAreDenseInTheOrderFirstSeen() {
    LongIds ids = new LongIds();
    for (long i = 0; i < 50_000; i++) {
      assertEquals(i, ids.idOf(i << 32 | (i * 31 % 1000)));
    }
    for (long i = 49_999; i >= 0; i -= 3) {
      assertEquals(i, ids.idOf(i << 32 | (i * 31 % 1000)));
    }
    assertEquals(50_000, ids.size());
    assertEquals(50_000, ids.idOf(-1L));
  }
}
