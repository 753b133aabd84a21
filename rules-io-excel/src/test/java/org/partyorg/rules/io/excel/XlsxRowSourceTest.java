package org.partyorg.rules.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.io.MemberCount;
import org.partyorg.rules.io.ReadSummary;
import org.partyorg.rules.io.RegisterFormatException;
import org.partyorg.rules.io.RegisterRead;
import org.partyorg.rules.io.RegisterReader;
import org.partyorg.rules.io.RowProblem;

class XlsxRowSourceTest {
  static final String CODE = "91420106MA4KTEXT1G";
  @TempDir
  Path dir;

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A marker for a cell written as an inline string, not in the shared-strings table. */
  record Inline(String text) {}

  /**
   * A workbook written by fastexcel, sheets in order: text in the shared-strings table (as Excel
   * writes it) or {@link Inline}, numbers, booleans, and dates as numbers in a date format; a
   * null row or cell is left out.
   */
  Path workbook(Map<String, List<List<Object>>> sheets) throws IOException {
    Path file = dir.resolve("register.xlsx");
    try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "partyorg-rules tests", null)) {
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        for (int r = 0; r < sheet.getValue().size(); r++) {
          List<Object> row = sheet.getValue().get(r);
          for (int c = 0; row != null && c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof Number number) {
              ws.value(r, c, number);
            } else if (v instanceof Boolean yes) {
              ws.value(r, c, yes);
            } else if (v instanceof LocalDate day) {
              ws.value(r, c, day);
              ws.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
            } else if (v instanceof Inline inline) {
              ws.inlineString(r, c, inline.text());
            } else if (v != null) {
              ws.value(r, c, v.toString());
            }
          }
        }
      }
    }
    return file;
  }

  @Test
  void readsNumbersDatesAndBooleansAsTheCsvPathExpects() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("台账", List.of(
        row("统一社会信用代码", "企业名称", "单位类别", "行政区划代码", "职工人数（人）", "党员人数", "是否建立党组织", "组织类型", "成立时间"),
        row(CODE, new Inline("武汉示例科技有限公司"), "非公有制企业", 420102, 120.0, 3, true, "单独", LocalDate.of(2016, 8, 14)),
        row(CODE, "乙", "非公有制企业", 420102, "十二", null, false, null, null)));
    sheets.put("说明", List.of(row("x")));
    try (RegisterRead read = RegisterReader.builder().memberCount(MemberCount.FORMAL_ONLY).build()
        .read(XlsxRowSource.open(workbook(sheets)))) {
      List<Organisation> orgs = read.organisations().toList();
      assertEquals(1, orgs.size());
      Organisation o = orgs.get(0);
      assertEquals(CODE, o.getCreditCode());
      assertEquals("武汉示例科技有限公司", o.getName());
      assertEquals("420102", o.getDivisionCode());
      assertEquals(OptionalInt.of(120), o.getHeadCount());
      assertEquals(OptionalInt.of(3), o.getFormalMembers());
      assertEquals(OrganisationCategory.NON_PUBLIC_ENTERPRISE, o.getCategory());
      assertEquals(PartyOrganisationForm.STANDALONE, o.getPartyOrganisation().orElseThrow().getForm());
      assertEquals(Optional.of(LocalDate.of(2016, 8, 14)), o.getPartyOrganisation().orElseThrow().getFoundingDate());
      ReadSummary summary = read.summary();
      assertEquals(2, summary.rows());
      RowProblem problem = summary.problems().get(0);
      assertEquals("register.xlsx sheet 台账, row 3, column 职工人数（人）, value “十二”: not a whole number.", problem.messageEn());
      assertEquals("register.xlsx 工作表“台账”第3行，“职工人数（人）”列的值“十二”：不是整数。", problem.messageZh());
      assertEquals(2, read.rowOf(0));
    }
  }

  @Test
  void choosesASheetByNameAndNamesTheSheetsWhenMissing() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("封面", List.of(row("说明")));
    sheets.put("台账", Arrays.asList(row("统一社会信用代码", "名称", "单位类别", "所在地区"), null, row(CODE, "甲", "社会团体", "420102")));
    Path file = workbook(sheets);
    try (RegisterRead read = RegisterReader.create().read(XlsxRowSource.open(file, Optional.of("台账")))) {
      assertEquals(1, read.organisations().count());
      assertEquals(3, read.rowOf(0));
    }
    RegisterFormatException e = assertThrows(RegisterFormatException.class, () -> XlsxRowSource.open(file, Optional.of("Sheet9")));
    assertEquals("register.xlsx has no sheet named Sheet9; its sheets are: 封面, 台账.", e.messageEn());
    assertEquals("register.xlsx 中没有名为“Sheet9”的工作表；现有工作表：封面、台账。", e.messageZh());
    // the first sheet by default: it lacks the columns
    RegisterFormatException header = assertThrows(RegisterFormatException.class,
        () -> RegisterReader.create().read(XlsxRowSource.open(file)));
    assertTrue(header.messageEn().startsWith("register.xlsx: the header lacks the columns 统一社会信用代码"), header.messageEn());
  }

  @Test
  void notAWorkbookIsAClearError() throws IOException {
    Path file = dir.resolve("register.xlsx");
    Files.writeString(file, "统一社会信用代码,名称\n");
    RegisterFormatException e = assertThrows(RegisterFormatException.class, () -> XlsxRowSource.open(file));
    assertTrue(e.messageEn().startsWith("register.xlsx is not an Excel workbook (.xlsx)"), e.messageEn());
  }

  @Test
  void numberTextAndDateFormats() {
    assertEquals("420102", XlsxRowSource.number(new java.math.BigDecimal("420102.0")));
    assertEquals("1200", XlsxRowSource.number(new java.math.BigDecimal("1.2E+3")));
    assertEquals("0.5", XlsxRowSource.number(new java.math.BigDecimal("0.50")));
    assertTrue(XlsxRowSource.isDateFormat(14, null));
    assertTrue(XlsxRowSource.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\""));
    assertTrue(XlsxRowSource.isDateFormat(176, "yyyy-mm-dd"));
    assertTrue(!XlsxRowSource.isDateFormat(0, "General"));
    assertTrue(!XlsxRowSource.isDateFormat(176, "0.00"));
    assertTrue(!XlsxRowSource.isDateFormat(176, "[Red]0\"d\""));
  }
}
