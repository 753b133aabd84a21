package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void shownOnlyInATerminalAndWhenWanted() {
    try (Progress wanted = Progress.start(Lang.zh, "progress.assess", true); Progress unwanted = Progress.start(Lang.en, "progress.assess", false)) {
      assertEquals(System.console() != null, wanted.shown(), "a bar only when there is a console");
      assertFalse(unwanted.shown(), "--no-progress");
      unwanted.step();
      unwanted.step();
      assertEquals(2, unwanted.rows(), "rows are counted with or without a bar");
    }
  }

  @Test
  void rowsPerSecond() {
    assertEquals(6000, Progress.perSecond(3000, Duration.ofMillis(500)));
    assertEquals(3000, Progress.perSecond(3, Duration.ZERO), "no division by zero: at least 1 ms");
  }
}
