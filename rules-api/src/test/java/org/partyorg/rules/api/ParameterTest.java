package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds of parameter and what an override may give each: both sides of every bound. */
class ParameterTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("文件").issuer("机关").date(LocalDate.of(2016, 8, 1)).build();
  private static final Citation CITE = Citation.of(DOC, "一", "句子");
  private static final Parameter COUNT = Parameter.of("staff", 100, "headCount", CITE);
  private static final Parameter RATE = Parameter.rate("coverage", new BigDecimal("0.80"), CITE);
  private static final Parameter FACTOR = Parameter.of("growth", BigDecimal.valueOf(2), CITE);
  private static final Parameter DEADLINE = Parameter.date("deadline", LocalDate.of(2016, 11, 30), CITE);

  @Test
  void eachParameterHasItsKind() {
    assertEquals(Parameter.Kind.COUNT, COUNT.kind());
    assertEquals(Parameter.Kind.RATE, RATE.kind());
    assertEquals(Parameter.Kind.NUMBER, FACTOR.kind());
    assertEquals(Parameter.Kind.DATE, DEADLINE.kind());
    assertEquals(Optional.empty(), COUNT.getDate());
    assertEquals("100", COUNT.valueText());
    assertEquals("2016-11-30", DEADLINE.valueText());
  }

  @Test
  void aCountTakesAWholeNumberHoweverItIsWritten() {
    for (Object eighty : new Object[] {80, 80L, (short) 80, BigInteger.valueOf(80), 80.0, new BigDecimal("80.00"), "80", " 80 "}) {
      Parameter overridden = COUNT.withOverride(eighty);
      assertEquals(80, overridden.intValue(), eighty::toString);
      assertEquals(COUNT.getCitation(), overridden.getCitation());
      assertEquals(COUNT.getFact(), overridden.getFact());
      assertEquals(Unit.PERSONS, overridden.getUnit());
    }
    assertEquals(0, COUNT.withOverride(0).intValue());
    assertEquals(10_000_000, COUNT.withOverride(10_000_000).intValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "2.5", "10000001", "1E+12", "abc", "", "2016-11-30", "NaN"})
  void aCountRefusesEverythingElseNamingItselfAndTheValue(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride(value));
    assertEquals("parameter staff (count) cannot be \"" + value + "\": it takes a whole number from 0 to 10000000", e.getMessage());
  }

  @Test
  void aCountRefusesADateANullAndAnInfiniteNumber() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride(LocalDate.of(2016, 11, 30)))
        .getMessage().startsWith("parameter staff (count) cannot be 2016-11-30: "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride((Object) null))
        .getMessage().startsWith("parameter staff (count) cannot be null: "));
    assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride(2.5));
  }

  @Test
  void aRateTakesAShareFromZeroToOne() {
    assertEquals(new BigDecimal("0"), RATE.withOverride("0").getValue());
    assertEquals(new BigDecimal("1"), RATE.withOverride(1).getValue());
    assertEquals(new BigDecimal("0.75"), RATE.withOverride(0.75).getValue());
    assertEquals("parameter coverage (rate) cannot be 1.01: it takes a share from 0 to 1 (0.8 for 80%)",
        assertThrows(IllegalArgumentException.class, () -> RATE.withOverride(new BigDecimal("1.01"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RATE.withOverride(-0.01));
    assertThrows(IllegalArgumentException.class, () -> RATE.withOverride(80));
  }

  @Test
  void aNumberTakesUpToAMillionWithTenDecimals() {
    assertEquals(new BigDecimal("1000000"), FACTOR.withOverride(1_000_000).getValue());
    assertEquals(new BigDecimal("1.0000000001"), FACTOR.withOverride("1.0000000001").getValue());
    assertThrows(IllegalArgumentException.class, () -> FACTOR.withOverride(1_000_001));
    assertThrows(IllegalArgumentException.class, () -> FACTOR.withOverride("1.00000000001"));
  }

  @Test
  void aDateTakesADayOfTheModelsRange() {
    assertEquals(Optional.of(LocalDate.of(1921, 7, 1)), DEADLINE.withOverride("1921-07-01").getDate());
    assertEquals(Optional.of(LocalDate.of(2100, 12, 31)), DEADLINE.withOverride(LocalDate.of(2100, 12, 31)).getDate());
    assertEquals(Unit.NONE, DEADLINE.withOverride("2016-12-15").getUnit());
    for (Object wrong : new Object[] {"1921-06-30", LocalDate.of(2101, 1, 1), "2016-02-30", 20161130, "30.11.2016"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEADLINE.withOverride(wrong));
      assertTrue(e.getMessage().startsWith("parameter deadline (date) cannot be ")
          && e.getMessage().endsWith(": it takes a date from 1921-07-01 to 2100-12-31 (yyyy-MM-dd)"), e.getMessage());
    }
    assertEquals("parameter deadline is a date (2016-11-30), not a number: read getDate()",
        assertThrows(IllegalStateException.class, DEADLINE::getValue).getMessage());
  }

  @Test
  void aLongTextValueIsCutInTheMessage() {
    String longText = "9".repeat(30) + "x".repeat(500);
    String message = assertThrows(IllegalArgumentException.class, () -> COUNT.withOverride(longText)).getMessage();
    assertTrue(message.length() < 250, message);
  }
}
