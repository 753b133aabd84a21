package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.examples.ownset.Fixtures.EVALUATOR;
import static org.partyorg.rules.examples.ownset.Fixtures.IN_TIME;
import static org.partyorg.rules.examples.ownset.Fixtures.SET_ID;
import static org.partyorg.rules.examples.ownset.Fixtures.highTech;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;

/** A set of one's own, declared with {@code PolicySetBuilder.overridable}, takes what-ifs like a bundled one. */
class WhatIfTest {
  private static final PolicySet SET =
      EVALUATOR.policySets().stream().filter(s -> s.id().equals(SET_ID)).findFirst().orElseThrow();

  @Test
  void fortyStaffAndALaterDeadlineReachX1AndItsText() {
    PolicySet variant = SET.withOverrides(Map.of("stationStaffThreshold", 40, "stationDeadline", "2027-03-31"));
    assertEquals(List.of(), SET.assess(highTech(45, false), IN_TIME).findings("X1"));
    Finding x1 = variant.assess(highTech(45, false), IN_TIME).findings("X1").get(0);
    assertEquals(Outcome.VIOLATED, x1.getOutcome());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), x1.getDeadline());
    assertEquals("高新技术企业职工45人（40人以上），尚未建立党群服务站，应于2027年3月31日前建立党群服务站。", x1.getMessageZh());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), variant.targets().get(0).getDeadline());
  }

  @Test
  void theLoweredThresholdHasBothSidesAndTheMovedDeadlineItsDays() {
    LocalDate moved = LocalDate.of(2027, 3, 31);
    PolicySet variant = SET.withOverrides(Map.of("stationStaffThreshold", 40, "stationDeadline", moved));
    assertEquals(List.of(), variant.assess(highTech(39, false), IN_TIME).findings("X1"));
    assertEquals(Outcome.VIOLATED, variant.assess(highTech(40, false), IN_TIME).findings("X1").get(0).getOutcome());
    assertFalse(variant.assess(highTech(40, false), moved.minusDays(1)).findings("X1").get(0).isOverdue());
    assertFalse(variant.assess(highTech(40, false), moved).findings("X1").get(0).isOverdue());
    assertTrue(variant.assess(highTech(40, false), moved.plusDays(1)).findings("X1").get(0).isOverdue());
  }

  @Test
  void anUnknownKeyListsTheSetsParameters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SET.withOverrides(Map.of("stationStaff", 40)));
    assertTrue(e.getMessage().endsWith("Its parameters: stationStaffThreshold (count, persons, 50), standaloneFormalMembers"
        + " (count, persons, 3), stationCoverageRate (rate, 0.90), stationDeadline (date, 2026-12-31), standaloneDeadline"
        + " (date, 2026-09-30)"), e.getMessage());
  }
}
