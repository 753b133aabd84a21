package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;

class RegisterReaderTest {
  static final String CODE = "91420106MA4KTEXT1G";
  static final String HEAD = "统一社会信用代码,单位名称,单位类别,所在地区";
  @TempDir
  Path dir;

  static RegisterRead read(String csv, RegisterReader reader) throws IOException {
    return reader.read(CsvRowSource.of(new StringReader(csv), "register.csv"));
  }

  static Organisation one(String header, String row, RegisterReader reader) throws IOException {
    try (RegisterRead read = read(header + "\n" + row + "\n", reader)) {
      List<Organisation> all = read.organisations().toList();
      assertEquals(List.of(), read.summary().problems());
      assertEquals(1, all.size());
      return all.get(0);
    }
  }

  static List<RowProblem> problems(String header, String row, RegisterReader reader) throws IOException {
    try (RegisterRead read = read(header + "\n" + row + "\n", reader)) {
      assertEquals(0, read.organisations().count());
      assertEquals(1, read.summary().rejected());
      return read.summary().problems();
    }
  }

  @Test
  void emptyCellsAreUnknownNeverZero() throws IOException {
    Organisation o = one(HEAD + ",从业人数,正式党员数,预备党员数,是否建立党组织,组织类型,所在园区,园区级别,是否选派党建工作指导员,已建群团组织",
        CODE + ",甲,非公有制企业,420102,,,,,,,,,", RegisterReader.create());
    assertEquals(OptionalInt.empty(), o.getHeadCount());
    assertEquals(OptionalInt.empty(), o.getFormalMembers());
    assertEquals(OptionalInt.empty(), o.getProbationaryMembers());
    assertEquals(Optional.empty(), o.getPartyOrganisation());
    assertEquals(Optional.empty(), o.getPark());
    assertEquals(Optional.empty(), o.getWorkCoverage());
  }

  @Test
  void fullWidthDigitsAndBracketsFold() throws IOException {
    Organisation o = one("统一社会信用代码,企业名称,单位类别,行政区划代码,职工人数（人）", "９１４２０１０６ＭＡ４ＫＴＥＸＴ１Ｇ,甲,非公企业,４２０１０２,１２０",
        RegisterReader.create());
    assertEquals(CODE, o.getCreditCode());
    assertEquals("420102", o.getDivisionCode());
    assertEquals(OptionalInt.of(120), o.getHeadCount());
  }

  @Test
  void partyOrganisationParkAndWorkCoverage() throws IOException {
    String header = HEAD + ",是否建立党组织,组织类型,党组织级别,成立时间,联合覆盖单位数,所在园区,园区级别,是否选派党建工作指导员,已建群团组织";
    Organisation joint = one(header, CODE + ",甲,非公有制企业,420102,是,联合,党支部,2016年8月,3,光谷软件园,国家级,,", RegisterReader.create());
    PartyOrganisation party = joint.getPartyOrganisation().orElseThrow();
    assertEquals(PartyOrganisationForm.JOINT, party.getForm());
    assertEquals(OptionalInt.of(3), party.getCoveredOrganisationCount());
    assertEquals(Optional.of(LocalDate.of(2016, 8, 31)), party.getFoundingDate());
    assertEquals(Park.of("光谷软件园", org.partyorg.rules.api.model.ParkLevel.NATIONAL), joint.getPark().orElseThrow());
    Organisation none = one(header, CODE + ",甲,非公有制企业,420102,否,,,,,,不在园区,Y,工会、共青团", RegisterReader.create());
    assertEquals(PartyOrganisation.none(), none.getPartyOrganisation().orElseThrow());
    assertEquals(Park.none(), none.getPark().orElseThrow());
    assertEquals(WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(
        org.partyorg.rules.api.model.MassOrganisation.TRADE_UNION, org.partyorg.rules.api.model.MassOrganisation.YOUTH_LEAGUE).build(),
        none.getWorkCoverage().orElseThrow());
    Organisation yesWithoutForm = one(header, CODE + ",甲,非公有制企业,420102,是,,,,,,,,", RegisterReader.create());
    assertEquals(Optional.empty(), yesWithoutForm.getPartyOrganisation());
    List<RowProblem> conflict = problems(header, CODE + ",甲,非公有制企业,420102,否,单独,,,,,,,", RegisterReader.create());
    assertEquals("register.csv line 2, column 组织类型, value “单独”: gives a form, but the party organisation column says no.",
        conflict.get(0).messageEn());
  }

  @Test
  void memberCountOptionAndItsConservativeDefault() throws IOException {
    String header = HEAD + ",从业人数,党员数";
    String row = CODE + ",甲,非公有制企业,420102,120,5";
    Organisation formalOnly = one(header, row, RegisterReader.builder().memberCount(MemberCount.FORMAL_ONLY).build());
    assertEquals(OptionalInt.of(5), formalOnly.getFormalMembers());
    assertEquals(OptionalInt.empty(), formalOnly.getProbationaryMembers());
    Organisation total = one(header, row, RegisterReader.builder().memberCount(MemberCount.FORMAL_AND_PROBATIONARY).build());
    assertEquals(OptionalInt.empty(), total.getFormalMembers());
    Organisation split = one(header + ",预备党员数", row + ",1",
        RegisterReader.builder().memberCount(MemberCount.FORMAL_AND_PROBATIONARY).build());
    assertEquals(OptionalInt.of(4), split.getFormalMembers());
    assertEquals(OptionalInt.of(1), split.getProbationaryMembers());

    try (RegisterRead read = read(header + "\n" + row + "\n" + CODE + ",乙,非公有制企业,420102,10,0\n", RegisterReader.create())) {
      List<Organisation> orgs = read.organisations().toList();
      assertEquals(OptionalInt.empty(), orgs.get(0).getFormalMembers());
      assertEquals(OptionalInt.empty(), orgs.get(0).getProbationaryMembers());
      assertEquals(OptionalInt.of(0), orgs.get(1).getFormalMembers());
      assertEquals(OptionalInt.of(0), orgs.get(1).getProbationaryMembers());
      List<ReadSummary.Warning> warnings = read.summary().warnings();
      assertEquals(1, warnings.size());
      assertTrue(warnings.get(0).en().startsWith("Column 党员数 does not say whether probationary members are in it"));
      assertTrue(warnings.get(0).zh().startsWith("“党员数”列未说明是否含预备党员"));
    }
    try (RegisterRead read = read(header + "\n" + row + "\n", RegisterReader.builder().memberCount(MemberCount.FORMAL_ONLY).build())) {
      read.organisations().count();
      assertEquals(List.of(), read.summary().warnings());
    }
    List<RowProblem> inconsistent = problems(header + ",正式党员数,预备党员数", row + ",3,1", RegisterReader.create());
    assertEquals("neither the formal members, 3, nor the formal and probationary members together, 4.", inconsistent.get(0).reasonEn());
  }

  @Test
  void everyBadCellOfARowIsReportedWithItsPlace() throws IOException {
    String csv = HEAD + ",从业人数,成立时间,组织类型\n"
        + CODE + ",甲,非公有制企业,420102,10,2016.08,单独\n"
        + CODE + ",\"乙\n（分公司）\",外星企业,4201,-3,2016-13-01,联合\n"
        + CODE + ",丙,非公有制企业,420102,10,,,多余\n";
    List<RowProblem> sink = new ArrayList<>();
    try (RegisterRead read = read(csv, RegisterReader.builder().onProblem(sink::add).build())) {
      assertEquals(1, read.organisations().count());
      ReadSummary summary = read.summary();
      assertEquals(3, summary.rows());
      assertEquals(2, summary.rejected());
      assertEquals(5, summary.problemCount());
      assertEquals(sink, summary.problems());
      assertEquals(List.of(
          "register.csv line 3, column 所在地区, value “4201”: not a six-digit division code.",
          "register.csv line 3, column 单位类别, value “外星企业”: not a known category (such as 非公有制企业, 社会团体, 民办学校, 律师事务所).",
          "register.csv line 3, column 从业人数, value “-3”: cannot be negative.",
          "register.csv line 3, column 成立时间, value “2016-13-01”: not a date that exists.",
          "register.csv line 5: more cells than the header has (perhaps a comma without quotes)."),
          summary.problems().stream().map(RowProblem::messageEn).map(m -> m.replace(", value “多余”", "")).toList());
    }
  }

  @Test
  void headerErrorsNameTheColumns() {
    RegisterFormatException missing = assertThrows(RegisterFormatException.class,
        () -> read("单位名称,从业人数\n甲,1\n", RegisterReader.create()));
    assertTrue(missing.messageEn().startsWith("register.csv: the header lacks the columns 统一社会信用代码 (creditCode), "
        + "所在地区 (divisionCode), 单位类别 (category); for a register of one category, give a default category."), missing.messageEn());
    assertTrue(missing.messageZh().startsWith("register.csv 的表头缺少“统一社会信用代码”、“所在地区”、“单位类别”列"), missing.messageZh());
    RegisterFormatException twice = assertThrows(RegisterFormatException.class,
        () -> read(HEAD + ",从业人数,职工人数\n", RegisterReader.create()));
    assertEquals("register.csv: the header names one column twice (“从业人数” and “职工人数”); delete one of them.", twice.messageEn());
  }

  @Test
  void defaultCategoryForARegisterOfOneCategory() throws IOException {
    Organisation o = one("统一社会信用代码,单位名称,所在地区", CODE + ",甲,420102",
        RegisterReader.builder().defaultCategory(OrganisationCategory.LAW_FIRM).build());
    assertEquals(OrganisationCategory.LAW_FIRM, o.getCategory());
  }

  @Test
  void unknownColumnsAreWarnedOnce() throws IOException {
    try (RegisterRead read = read(HEAD + ",备注\n" + CODE + ",甲,非公有制企业,420102,x\n", RegisterReader.create())) {
      assertEquals(1, read.organisations().count());
      assertEquals(List.of(new ReadSummary.Warning("以下列不是已知的列，未读取：备注。", "These columns are not known and were not read: 备注.")),
          read.summary().warnings());
    }
  }

  // --- encodings

  static final String FILE = HEAD + ",从业人数\n" + CODE + ",武汉示例科技有限公司,非公有制企业,420102,120\n";

  Organisation readFile(byte[] bytes, Charset charset) throws IOException {
    Path file = dir.resolve("register.csv");
    Files.write(file, bytes);
    try (RegisterRead read = RegisterReader.create().read(CsvRowSource.open(file, charset))) {
      List<Organisation> all = read.organisations().toList();
      assertEquals(1, all.size());
      return all.get(0);
    }
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(FILE.getBytes(StandardCharsets.UTF_8));
    assertEquals(CODE, readFile(bytes.toByteArray(), StandardCharsets.UTF_8).getCreditCode());
    assertEquals("武汉示例科技有限公司", readFile(FILE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).getName());
    assertEquals(CODE, one("\uFEFF" + HEAD, CODE + ",甲,非公有制企业,420102", RegisterReader.create()).getCreditCode());
  }

  @Test
  void gb18030FileWithTheOption() throws IOException {
    byte[] gb = FILE.getBytes(Charset.forName("GB18030"));
    assertEquals("武汉示例科技有限公司", readFile(gb, Charset.forName("GB18030")).getName());
    Path file = dir.resolve("register.csv");
    Files.write(file, gb);
    RegisterFormatException e = assertThrows(RegisterFormatException.class,
        () -> RegisterReader.create().read(CsvRowSource.open(file)));
    // 统 is CD B3 in GB18030, which happens to be valid UTF-8; 一 (D2 BB) is not
    assertTrue(e.messageEn().startsWith("register.csv line 1 (byte 5, C9) is not valid UTF-8."), e.messageEn());
    assertTrue(e.messageEn().endsWith(") is not valid UTF-8. If the file was saved by Chinese spreadsheet software (GBK or GB18030), "
        + "read it again with --encoding GB18030."), e.messageEn());
    assertEquals(1L, e.line().getAsLong());
    assertTrue(e.messageZh().startsWith("register.csv 第1行（第5字节，C9）不是有效的UTF-8编码。"), e.messageZh());
  }

  @Test
  void malformedUtf8DeepInAFileNamesItsLine() throws IOException {
    StringBuilder text = new StringBuilder(HEAD + "\n");
    for (int i = 0; i < 2000; i++) { // far beyond the decoder's and FastCSV's buffers
      text.append(CODE).append(",甲,非公有制企业,420102\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + 3];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = (byte) 0xC3; // an incomplete sequence, then a newline
    all[good.length + 1] = (byte) 0x28;
    all[good.length + 2] = '\n';
    RegisterRead read = RegisterReader.create().read(CsvRowSource.of(new ByteArrayInputStream(all), StandardCharsets.UTF_8, "big.csv"));
    List<Organisation> got = new ArrayList<>();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> read.organisations().forEach(got::add));
    RegisterFormatException cause = (RegisterFormatException) e.getCause();
    assertEquals(2002, cause.line().getAsLong());
    assertTrue(cause.messageEn().startsWith("big.csv line 2002 (byte " + (good.length + 1) + ", C3) is not valid UTF-8."), cause.messageEn());
    assertTrue(got.size() >= 1990, "rows before the bad byte are read: " + got.size());
  }

  // --- the evaluator's rejections, located, and one report for every row

  @Test
  void evaluatorRejectionsAreLocatedAndTheReportCountsEveryRow() throws IOException {
    String bad = "91420106MA4KTEXT1A"; // wrong check character: the evaluator rejects it
    String csv = HEAD + ",从业人数,正式党员数\n"
        + CODE + ",甲,非公有制企业,420102,120,2\n"
        + CODE + ",乙,非公有制企业,420102,abc,2\n"
        + bad + ",丙,非公有制企业,420102,12,2\n"
        + CODE + ",丁,非公有制企业,420102,1,5\n";
    List<RowProblem> rejected = new ArrayList<>();
    try (RegisterRead read = read(csv, RegisterReader.create())) {
      Evaluator evaluator = Evaluator.discover();
      CoverageReport report = CoverageReport.of(evaluator, LocalDate.of(2016, 12, 1))
          .onRejected(result -> rejected.addAll(read.problemsOf(result)))
          .over(read.organisations());
      report = read.accountFor(report);
      assertEquals(4, report.read());
      assertEquals(1, report.rejectedOnRead());
      assertEquals(report.read(), report.assessed() + report.excluded() + report.rejected());
      assertEquals(3, report.rejected());
      assertEquals(List.of(4L, 5L), rejected.stream().map(RowProblem::row).distinct().toList());
      assertEquals(Optional.of("统一社会信用代码"), rejected.get(0).column());
      assertEquals(Optional.of(bad), rejected.get(0).value());
      assertTrue(rejected.get(0).messageEn().startsWith("register.csv line 4, column 统一社会信用代码, value “" + bad + "”: "),
          rejected.get(0).messageEn());
    }
  }
}
