package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivisionTest {
  @Test
  void readsEachLevelFromThePrefix() {
    assertEquals("42", Division.of("420106", Division.Level.PROVINCE).code());
    assertEquals("4201", Division.of("420106", Division.Level.CITY).code());
    assertEquals("420106", Division.of("420106", Division.Level.DISTRICT).code());
  }

  @Test
  void equalByLevelAndCode() {
    assertEquals(Division.of("420106", Division.Level.CITY), Division.of("420111", Division.Level.CITY));
    assertNotEquals(Division.of("420106", Division.Level.CITY), Division.of("430106", Division.Level.CITY));
    assertTrue(Division.of("420106", Division.Level.PROVINCE).compareTo(Division.of("110101", Division.Level.CITY)) < 0);
  }

  @Test
  void refusesWhatIsNotSixDigits() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Division.of("4201", Division.Level.CITY));
    assertTrue(error.getMessage().contains("'4201'"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Division.of("42010a", Division.Level.CITY));
  }
}
