package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;

class CsvReadingTest {
  static final String CODE = "91420106MA4KTEXT1G";

  static RegisterRead read(String csv, RegisterReader reader) throws IOException {
    return reader.read(CsvRowSource.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, "register.csv"));
  }

  static List<Organisation> all(RegisterRead read) {
    return read.organisations().collect(Collectors.toList());
  }

  @Test
  void readsARowWithCanonicalHeaders() throws IOException {
    String csv = "统一社会信用代码,单位名称,单位类别,所在地区,从业人数,正式党员数,预备党员数,是否建立党组织\n"
        + CODE + ",武汉示例科技有限公司,非公有制企业,420102,120,2,0,否\n";
    try (RegisterRead read = read(csv, RegisterReader.create())) {
      List<Organisation> orgs = all(read);
      assertEquals(1, orgs.size());
      Organisation o = orgs.get(0);
      assertEquals(CODE, o.getCreditCode());
      assertEquals(OrganisationCategory.NON_PUBLIC_ENTERPRISE, o.getCategory());
      assertEquals(OptionalInt.of(120), o.getHeadCount());
      assertEquals(OptionalInt.of(2), o.getFormalMembers());
      assertEquals(PartyOrganisation.none(), o.getPartyOrganisation().orElseThrow());
      assertEquals(1, read.summary().rows());
      assertEquals(List.of(), read.summary().warnings());
    }
  }

  @Test
  void badRowIsReportedAndTheRestRead() throws IOException {
    String csv = "统一社会信用代码,单位名称,单位类别,所在地区,从业人数（人）\n"
        + CODE + ",甲,非公有制企业,420102,12x\n"
        + CODE + ",乙,非公有制企业,420102,\n";
    try (RegisterRead read = read(csv, RegisterReader.create())) {
      List<Organisation> orgs = all(read);
      assertEquals(1, orgs.size());
      assertEquals(OptionalInt.empty(), orgs.get(0).getHeadCount());
      ReadSummary summary = read.summary();
      assertEquals(2, summary.rows());
      assertEquals(1, summary.rejected());
      assertEquals("register.csv line 2, column 从业人数（人）, value “12x”: not a whole number.",
          summary.problems().get(0).messageEn());
      assertEquals("register.csv 第2行，“从业人数（人）”列的值“12x”：不是整数。", summary.problems().get(0).messageZh());
      assertEquals(3, read.rowOf(0));
    }
  }

  @Test
  void malformedUtf8NamesLineAndSuggestsGb18030() throws IOException {
    byte[] head = ("统一社会信用代码,单位名称,单位类别,所在地区\n" + CODE + ",甲,非公有制企业,420102\n").getBytes(StandardCharsets.UTF_8);
    byte[] gbk = (CODE + ",乙公司,非公有制企业,420102\n").getBytes(Charset.forName("GB18030"));
    byte[] all = new byte[head.length + gbk.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(gbk, 0, all, head.length, gbk.length);
    RegisterRead read = RegisterReader.create().read(CsvRowSource.of(new ByteArrayInputStream(all), StandardCharsets.UTF_8, "r.csv"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> all(read));
    RegisterFormatException cause = (RegisterFormatException) e.getCause();
    assertTrue(cause.messageEn().startsWith("r.csv line 3 (byte " + (head.length + 20) + ", "), cause.messageEn());
    assertTrue(cause.messageEn().endsWith("read it again with --encoding GB18030."), cause.messageEn());
    assertTrue(cause.messageZh().contains("请加 --encoding GB18030 重新读取"), cause.messageZh());
  }
}
