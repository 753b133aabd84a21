package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvOutputTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=1+2|'=1+2", "+86 27 1234|'+86 27 1234", "@SUM(A1)|'@SUM(A1)", "-1+2|'-1+2", "-A1|'-A1", "-|'-", "--5|'--5",
      "-12|-12", "-0.5|-0.5", "-1200|-1200", "12|12", "武汉=|武汉=", "a-b|a-b", "``|``"})
  void formulasAreNeutralisedPlainNegativeNumbersKept(String cell, String written) {
    assertEquals(written, CsvOutput.neutralise(cell));
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreNeutralised() {
    assertEquals("'\t=1", CsvOutput.neutralise("\t=1"));
    assertEquals("'\rx", CsvOutput.neutralise("\rx"));
    assertEquals("x\t", CsvOutput.neutralise("x\t"));
  }

  @Test
  void rowsAreRfc4180WithCrlfAndQuotes() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvOutput csv = CsvOutput.to(out)) {
      csv.row("名称", "备注").row("甲,乙", "=HYPERLINK(\"x\")").row(Arrays.asList("a", null))
          .row("b", null);
    }
    assertEquals("名称,备注\r\n\"甲,乙\",\"'=HYPERLINK(\"\"x\"\")\"\r\na,\r\nb,\r\n", out.toString());
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() throws IOException {
    ByteArrayOutputStream with = new ByteArrayOutputStream();
    try (CsvOutput csv = CsvOutput.to(with, true)) {
      csv.row("党员数");
    }
    byte[] bytes = with.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals("党员数\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    ByteArrayOutputStream without = new ByteArrayOutputStream();
    try (CsvOutput csv = CsvOutput.to(without, false)) {
      csv.row("党员数");
    }
    assertEquals("党员数\r\n", without.toString(StandardCharsets.UTF_8));
  }
}
