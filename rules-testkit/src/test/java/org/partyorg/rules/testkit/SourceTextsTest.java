package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTextsTest {
  @Test
  void aQuoteBrokenAcrossLinesStillOccurs() {
    assertTrue(SourceTexts.occursIn("凡有3名及以上正式党员的，必须单独建立党组织", "……凡有3名及以上\n正式党员的，必须单独 建立党组织。"));
  }

  @Test
  void aChangedWordDoesNotOccur() {
    assertFalse(SourceTexts.occursIn("凡有5名及以上正式党员的", "凡有3名及以上正式党员的"));
  }
}
