package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.io.RegisterCsv;
import tools.jackson.databind.JsonNode;

/** Every command run in-process through picocli: exit codes, what goes to stdout and stderr, the files written. */
class CommandsTest {
  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
  @TempDir static Path dir;
  static Path register;
  static List<Organisation> organisations;

  @BeforeAll
  static void writeRegister() throws Exception {
    organisations = TestRegisters.register(120);
    register = TestRegisters.csv(dir.resolve("台账.csv"), organisations);
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "report", "plan", "what-if", "explain", "rules", "sample", "test"})
  void everyCommandHasHelp(String command) {
    Run run = Run.of(command, "--help");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Usage: partyorg-rules " + command), run.out());
    assertTrue(run.out().contains("--lang"), "every command takes --lang: " + run.out());
    assertTrue(run.out().contains("3  输入无法读取（") && run.out().contains("Input unreadable ("), "and lists the exit codes: " + run.out());
  }

  @Test
  void theTopHelpListsCommandsAndExitCodes() {
    Run run = Run.of("--help");
    assertEquals(0, run.exitCode());
    for (String command : List.of("assess", "report", "plan", "what-if", "explain", "rules", "sample", "test")) {
      assertTrue(run.out().contains("  " + command), command + " listed: " + run.out());
    }
    assertTrue(run.out().contains("3  输入无法读取（") && run.out().contains("Input unreadable ("), run.out());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, Run.of("report", register.toString(), "--no-such-option").exitCode());
    assertEquals(2, Run.of("frobnicate").exitCode());
    assertEquals(2, Run.of().exitCode(), "no command");
    Run date = Run.of("report", register.toString(), "--as-of", "2017-13-01");
    assertEquals(2, date.exitCode());
    assertTrue(date.err().contains("“2017-13-01”"), date.err());
    Run lang = Run.of("rules", "--lang", "fr");
    assertEquals(2, lang.exitCode());
    assertTrue(lang.err().startsWith("语言应为“zh”或“en”，而不是“fr”。\nThe language must be zh or en, not “fr”."), lang.err());
    // picocli's own parse errors are worded by the tool too, the language asked for first
    Run unknown = Run.of("report", register.toString(), "--no-such-option", "--lang", "en");
    assertTrue(unknown.err().startsWith("Unknown option or argument: “--no-such-option”.\n无法识别的选项或参数：“--no-such-option”。"),
        unknown.err());
    Run encoding = Run.of("assess", register.toString(), "--encoding", "NO-SUCH-CHARSET");
    assertEquals(2, encoding.exitCode());
    assertTrue(encoding.err().startsWith("无法识别字符编码“NO-SUCH-CHARSET”"), encoding.err());
    Run set = Run.of("report", register.toString(), "-p", "nowhere-2016", "-o", dir.resolve("x.html").toString());
    assertEquals(2, set.exitCode(), set.toString());
    assertTrue(set.err().contains("没有这个政策方案：“nowhere-2016”") && set.err().contains("No such policy set"), set.err());
    assertNoStackTrace(set);
  }

  @Test
  void aMissingFileExitsWith3WithoutAStackTrace() {
    Run run = Run.of("report", dir.resolve("nowhere.csv").toString(), "--as-of", "2017-01-01");
    assertEquals(3, run.exitCode(), run.toString());
    assertTrue(run.err().contains("找不到台账文件") && run.err().contains("does not exist"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void aGb18030FileReadAsUtf8SuggestsTheEncoding() throws Exception {
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, Files.readString(register, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
    Run wrong = Run.of("assess", gbk.toString(), "--as-of", "2017-01-01");
    assertEquals(3, wrong.exitCode(), wrong.toString());
    assertTrue(wrong.err().contains("--encoding GB18030"), wrong.err());
    assertNoStackTrace(wrong);
    Run right = Run.of("assess", gbk.toString(), "--as-of", "2017-01-01", "--encoding", "GB18030");
    assertEquals(0, right.exitCode(), right.err());
    assertEquals(organisations.size(), right.out().lines().count());
    Run unknown = Run.of("assess", gbk.toString(), "--encoding", "NO-SUCH-CHARSET");
    assertEquals(2, unknown.exitCode(), unknown.toString());
  }

  @Test
  void aFileThatIsNotARegisterExitsWith3() throws Exception {
    Path other = Files.writeString(dir.resolve("other.csv"), "a,b,c\n1,2,3\n");
    Run run = Run.of("report", other.toString(), "--as-of", "2017-01-01", "-o", dir.resolve("o.html").toString());
    assertEquals(3, run.exitCode(), run.toString());
    assertNoStackTrace(run);
  }

  @Test
  void assessWritesOneJsonLinePerOrganisation() throws Exception {
    Run run = Run.of("assess", register.toString(), "--as-of", "2017-01-01");
    assertEquals(0, run.exitCode(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals(organisations.size(), lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("partyorg-rules/assessment-result", first.get("format").asString());
    assertEquals(0, first.get("index").asInt());
    assertEquals(organisations.get(0).getCreditCode(), first.get("creditCode").asString());
    assertEquals("ASSESSED", first.get("status").asString());
    assertTrue(first.get("assessment").get("findings").size() > 0);
    assertEquals(TestRegisters.SCRIPT_NAME, first.get("assessment").get("name").asString(), "JSON keeps the name as it is");
  }

  @Test
  void badRowsAreReportedAndExitWith1() throws Exception {
    List<String> lines = Files.readAllLines(register, StandardCharsets.UTF_8);
    String header = lines.get(0);
    int staffColumn = List.of(header.split(",", -1)).indexOf("从业人数");
    String[] cells = lines.get(3).split(",", -1);
    cells[staffColumn] = "许多";
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, List.of(header, lines.get(1), lines.get(2), String.join(",", cells)), StandardCharsets.UTF_8);
    Run run = Run.of("assess", bad.toString(), "--as-of", "2017-01-01");
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals(2, run.out().lines().count(), "the good rows still assessed");
    assertTrue(run.err().contains("第4行") && run.err().contains("从业人数") && run.err().contains("“许多”"), run.err());
    Run report = Run.of("report", bad.toString(), "--as-of", "2017-01-01", "-o", dir.resolve("bad.html").toString());
    assertEquals(1, report.exitCode(), report.toString());
    assertTrue(report.out().contains("共读取记录3条"), "every row accounted for: " + report.out());
  }

  @Test
  void aRegisterInJsonLinesIsReadToo() throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    org.partyorg.rules.io.json.JsonLines.write(organisations.stream().limit(5), text,
        org.partyorg.rules.io.json.JsonFormat.create());
    Path jsonl = Files.writeString(dir.resolve("register.jsonl"), text + "{\"headCount\": \"many\"}\n", StandardCharsets.UTF_8);
    Run run = Run.of("assess", jsonl.toString(), "--as-of", "2017-01-01");
    assertEquals(1, run.exitCode(), "a line could not be read: " + run);
    assertEquals(5, run.out().lines().count());
    assertEquals(4, JSON.readTree(run.out().lines().toList().get(4)).get("index").asInt());
    assertTrue(run.err().contains("“register.jsonl”第6行，“/headCount”") && run.err().contains("应为整数"), run.err());
    Run report = Run.of("report", jsonl.toString(), "--as-of", "2017-01-01", "-o", dir.resolve("jsonl.html").toString());
    assertTrue(report.out().contains("共读取记录6条"), "the bad line accounted for: " + report.out());
  }

  @Test
  void aRecordTheEvaluatorRejectsIsLocatedInTheFile() throws Exception {
    List<String> lines = Files.readAllLines(register, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    String[] cells = lines.get(2).split(",", -1);
    cells[header.indexOf("从业人数")] = "2";
    cells[header.indexOf("正式党员数")] = "4";
    Path bad = dir.resolve("members.csv");
    Files.write(bad, List.of(lines.get(0), lines.get(1), String.join(",", cells)), StandardCharsets.UTF_8);
    Run run = Run.of("assess", bad.toString(), "--as-of", "2017-01-01");
    assertEquals(1, run.exitCode(), run.toString());
    List<String> out = run.out().lines().toList();
    assertEquals(2, out.size(), "every record comes back, assessed or rejected");
    assertEquals("REJECTED", JSON.readTree(out.get(1)).get("status").asString());
    assertTrue(run.err().contains("第3行"), "located at its line: " + run.err());
    assertTrue(run.err().contains("1条记录数据有误"), run.err());
  }

  @Test
  void anExcelWorkbookIsReadSheetByName() throws Exception {
    Path xlsx = dir.resolve("register.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "partyorg-rules tests", null)) {
      workbook.newWorksheet("封面").value(0, 0, "2016年台账");
      Worksheet register = workbook.newWorksheet("台账");
      List<List<String>> rows = new ArrayList<>();
      rows.add(RegisterCsv.header());
      organisations.stream().limit(30).forEach(o -> rows.add(RegisterCsv.row(o)));
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          register.value(r, c, rows.get(r).get(c));
        }
      }
    }
    Run run = Run.of("report", xlsx.toString(), "--sheet", "台账", "--as-of", "2017-01-01", "-o", dir.resolve("x.html").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("共读取记录30条"), run.out());
    Run wrongSheet = Run.of("report", xlsx.toString(), "--sheet", "Sheet9", "--as-of", "2017-01-01");
    assertEquals(3, wrongSheet.exitCode(), wrongSheet.toString());
    assertTrue(wrongSheet.err().contains("现有工作表：封面、台账"), wrongSheet.err());
    assertNoStackTrace(wrongSheet);
    Path notXlsx = Files.writeString(dir.resolve("fake.xlsx"), "a,b\n");
    Run fake = Run.of("assess", notXlsx.toString());
    assertEquals(3, fake.exitCode(), fake.toString());
    assertNoStackTrace(fake);
  }

  @Test
  void reportWritesThePageTheFiguresAndASummary() throws Exception {
    Path html = dir.resolve("out/report.html");
    Run run = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(), "--list", "10");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("截至2017年1月1日，台账共读取记录120条"), run.out());
    assertTrue(run.out().contains("报告已写入“" + html + "”"), run.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script"));
    JsonNode json = JSON.readTree(Files.readString(dir.resolve("out/report.json"), StandardCharsets.UTF_8));
    assertEquals("partyorg-rules/coverage-report", json.get("format").asString());
    assertEquals(1, json.get("version").asInt());
    assertEquals(120, json.get("read").asLong());
    assertEquals("2017-01-01", json.get("asOf").asString());
    JsonNode charts = JSON.readTree(Files.readString(dir.resolve("out/report.charts.json"), StandardCharsets.UTF_8));
    assertEquals("partyorg-rules/report-charts", charts.get("format").asString());
    assertEquals(10, charts.get("uncovered").size(), "--list 10");
    assertTrue(charts.get("obligationsByAction").size() > 0 && charts.get("obligationsByMonth").size() > 0);
    JsonNode wuhan = null;
    for (JsonNode target : json.get("targets")) {
      if (target.get("policySet").asString().equals("wuhan-2016") && target.get("key").asString().equals("coverage")) {
        wuhan = target;
      }
    }
    assertTrue(wuhan != null && wuhan.get("total").get("base").asLong() > 0, String.valueOf(wuhan));
    Run english = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(), "--lang", "en");
    assertTrue(english.out().startsWith("As of 1 January 2017") || english.out().startsWith("As of 2017"), english.out());
  }

  @Test
  void reportOnOneSet() throws Exception {
    Path html = dir.resolve("one.html");
    Run run = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(), "-p", "liaoning-2016",
        "--baseline", "liaoning-2016/jointOrganisationGrowth=3");
    assertEquals(0, run.exitCode(), run.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("liaoning-2016") && !page.contains("wuhan-2016"), "only Liaoning's targets");
    Run wrong = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(),
        "--baseline", "liaoning-2016/enterpriseCoverage=3");
    assertEquals(2, wrong.exitCode(), wrong.toString());
    Run negative = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(),
        "--baseline", "liaoning-2016/jointOrganisationGrowth=-1");
    assertEquals(2, negative.exitCode(), negative.toString());
    assertTrue(negative.err().contains("选项“--baseline”给“liaoning-2016/jointOrganisationGrowth”的基数应为0或正数，而不是-1。"),
        negative.err());
    assertFalse(negative.err().contains("不是增长目标"), "it is a growth target: " + negative.err());
    Run zero = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(), "-p", "liaoning-2016",
        "--baseline", "liaoning-2016/jointOrganisationGrowth=0");
    assertEquals(0, zero.exitCode(), zero.toString());
  }

  @Test
  void planWritesCsvAndJson() throws Exception {
    Path csv = dir.resolve("plan.csv");
    Run run = Run.of("plan", register.toString(), "--csv", csv.toString());
    assertEquals(0, run.exitCode(), run.toString());
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("联合党组织序号,统一社会信用代码,单位名称,联合党组织正式党员数,范围,行业门类", rows.get(0));
    JsonNode json = JSON.readTree(Files.readString(dir.resolve("plan.json"), StandardCharsets.UTF_8));
    assertEquals("partyorg-rules/joint-plan", json.get("format").asString());
    assertEquals(3, json.get("cap").asInt(), "Liaoning's L5: at most 3 enterprises");
    long placed = json.get("placed").asLong();
    assertEquals(placed, rows.size() - 1, "one CSV row per organisation placed");
    assertTrue(placed > 0);
    assertTrue(run.out().contains("组建联合党组织"), run.out());
    Run noCap = Run.of("plan", register.toString(), "-p", "wuhan-2016", "--csv", csv.toString());
    assertEquals(2, noCap.exitCode(), noCap.toString());
  }

  @Test
  void whatIfShowsWhatMoves() throws Exception {
    Path json = dir.resolve("whatif.json");
    Run run = Run.of("what-if", register.toString(), "--as-of", "2017-01-01", "--set", "wuhan-2016.organisationStaffThreshold=80",
        "--json", json.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("个单位的应办事项改变"), run.out());
    assertTrue(run.out().contains("符合要求→不符合要求，应于") || run.out().contains("→不符合要求，应于"),
        "the change in the clerk’s words: " + run.out());
    assertFalse(run.out().contains("VIOLATED") || run.out().contains("NOT_MET"), "no codes in the text: " + run.out());
    JsonNode diff = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    assertEquals("partyorg-rules/what-if-diff", diff.get("format").asString());
    assertTrue(diff.get("changedOrganisations").asLong() > 0, "firms of 80 to 99 staff now owe an organisation");
    Run same = Run.of("what-if", register.toString(), "--as-of", "2017-01-01", "--set", "wuhan-2016.organisationStaffThreshold=100");
    assertTrue(same.out().contains("0个单位的应办事项改变"), "the threshold as it is changes nothing: " + same.out());
    Run form = Run.of("what-if", register.toString(), "--set", "organisationStaffThreshold=80");
    assertEquals(2, form.exitCode());
    assertTrue(form.err().contains("POLICY.PARAMETER=VALUE"), form.err());
    Run unknown = Run.of("what-if", register.toString(), "--set", "wuhan-2016.noSuchParameter=80");
    assertEquals(2, unknown.exitCode(), unknown.toString());
    assertTrue(unknown.err().contains("方案“wuhan-2016”没有参数“noSuchParameter”；其参数有：“membersStaffThreshold”、“organisationStaffThreshold”、"), unknown.err());
    assertTrue(unknown.err().contains("Policy set “wuhan-2016” has no parameter “noSuchParameter”"), unknown.err());
    assertNoStackTrace(unknown);
    // each wrong setting in the user's words, both languages, naming what the parameter takes
    Run count = Run.of("what-if", register.toString(), "--set", "wuhan-2016.organisationStaffThreshold=8.5");
    assertEquals(2, count.exitCode(), count.toString());
    assertTrue(count.err().contains("参数“wuhan-2016.organisationStaffThreshold”不能取“8.5”：应为0至10000000之间的整数。"), count.err());
    assertTrue(count.err().contains("it takes a whole number from 0 to 10,000,000."), count.err());
    Run date = Run.of("what-if", register.toString(), "--set", "wuhan-2016.obligationDeadline=2016/12/15");
    assertTrue(date.err().contains("应为1921年7月1日至2100年12月31日之间的日期"), date.err());
    assertTrue(date.err().contains("a date from 1 July 1921 to 31 December 2100"), date.err());
    Run rate = Run.of("what-if", register.toString(), "--set", "wuhan-2016.coverageRate=80%");
    assertTrue(rate.err().contains("应为0至1之间的比例，如80%写作0.8。"), rate.err());
    Run set = Run.of("what-if", register.toString(), "--set", "wuhan-2017.organisationStaffThreshold=80");
    assertEquals(2, set.exitCode(), set.toString());
    assertTrue(set.err().contains("没有编号为“wuhan-2017”的方案；可用的有："), set.err());
    assertTrue(set.err().contains("wuhan-2016"), set.err());
    assertFalse(set.err().contains("cannot take the overrides"), "not the library's developer message: " + set.err());
  }

  @Test
  void explainOneOrganisation() throws Exception {
    Organisation firm = organisations.get(0);
    Path json = dir.resolve("explain.json");
    Run run = Run.of("explain", register.toString(), "--credit-code", firm.getCreditCode(), "--as-of", "2016-12-01",
        "--json", json.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith(TestRegisters.SCRIPT_NAME + "（统一社会信用代码" + firm.getCreditCode() + "）截至2016年12月1日"),
        run.out());
    assertTrue(run.out().contains("【W3】不符合要求"), "a firm of 120 staff without an organisation: " + run.out());
    assertTrue(run.out().contains("依据："), "the clause: " + run.out());
    JsonNode trace = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    assertEquals("partyorg-rules/trace", trace.get("format").asString());
    assertEquals(firm.getCreditCode(), trace.get("creditCode").asString());
    Run missing = Run.of("explain", register.toString(), "--credit-code", "91420106MA00000000");
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("没有统一社会信用代码为“91420106MA00000000”的单位"), missing.err());
  }

  @Test
  void explainAnOrganisationInJson() throws Exception {
    Organisation firm = organisations.get(3);
    Path json = Files.writeString(dir.resolve("firm.json"),
        org.partyorg.rules.io.json.JsonFormat.create().writeOrganisation(firm), StandardCharsets.UTF_8);
    Run run = Run.of("explain", json.toString(), "--as-of", "2016-12-01", "--lang", "en");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("How the answer for " + firm.getName() + " (unified social credit code "
        + firm.getCreditCode() + ") as of 1 December 2016 was reached:"), run.out());
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"creditCode\": 12, \"headCount\": \"many\"}");
    Run wrong = Run.of("explain", bad.toString());
    assertEquals(3, wrong.exitCode(), wrong.toString());
    assertTrue(wrong.err().contains("headCount"), "names the member: " + wrong.err());
    assertNoStackTrace(wrong);
    Run noCode = Run.of("explain", register.toString());
    assertEquals(2, noCode.exitCode(), noCode.toString());
  }

  @Test
  void rulesListsEverySet() throws Exception {
    Path html = dir.resolve("rules.html");
    Run run = Run.of("rules", "--html", html.toString());
    assertEquals(0, run.exitCode(), run.toString());
    for (String set : List.of("wuhan-2016", "hubei-cpa-2016", "hubei-science-societies-2016", "liaoning-2016", "hunan-benchmark-2020")) {
      assertTrue(run.out().contains("## " + set), set);
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<h2>wuhan-2016</h2>") && page.contains("<th scope=\"col\">key</th>"), "headings and tables");
    assertFalse(page.contains("<script"));
  }

  @Test
  void markdownTextStaysText() {
    assertEquals("<code>a&lt;b&gt;</code> and <strong>x &amp; y</strong>", MarkdownPage.inline("`a<b>` and **x & y**"));
  }

  @Test
  void listMustNotBeNegativeInReportAndWhatIf() throws Exception {
    String[] whatIf = {"what-if", register.toString(), "--as-of", "2017-01-01", "--set", "wuhan-2016.organisationStaffThreshold=80"};
    String[] report = {"report", register.toString(), "--as-of", "2017-01-01", "-o", dir.resolve("list/report.html").toString()};
    for (String[] command : List.of(whatIf, report)) {
      Run below = Run.of(concat(command, "--list", "-1"));
      assertEquals(2, below.exitCode(), below.toString());
      assertTrue(below.err().contains("选项“--list”应为0或正数，而不是-1。"), below.err());
      assertNoStackTrace(below);
      Run zero = Run.of(concat(command, "--list", "0"));
      assertEquals(0, zero.exitCode(), zero.toString());
    }
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void sampleSizeIsCheckedOnEachSide() throws Exception {
    Path empty = dir.resolve("empty.csv");
    assertEquals(0, Run.of("sample", "--size", "0", "-o", empty.toString()).exitCode());
    assertEquals(1, Files.readAllLines(empty, StandardCharsets.UTF_8).size(), "the header alone");
    for (String size : List.of("-1", "10000001")) {
      Run out = Run.of("sample", "--size", size, "-o", dir.resolve("never.csv").toString());
      assertEquals(2, out.exitCode(), out.toString());
      assertTrue(out.err().contains("选项“--size”应在0到10000000之间，而不是" + size + "。"), out.err());
      assertFalse(Files.exists(dir.resolve("never.csv")), "nothing written");
    }
  }

  @Test
  void sampleIsDeterministic() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertEquals(0, Run.of("sample", "--size", "50", "--seed", "7", "-o", a.toString()).exitCode());
    assertEquals(0, Run.of("sample", "--size", "50", "--seed", "7", "-o", b.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertEquals(51, Files.readAllLines(a, StandardCharsets.UTF_8).size(), "header and 50 rows");
    Run c = Run.of("sample", "--size", "50", "--seed", "8", "-o", dir.resolve("c.csv").toString());
    assertEquals(0, c.exitCode());
    assertFalse(Files.readString(a).equals(Files.readString(dir.resolve("c.csv"))), "another seed, another register");
    assertEquals(2, Run.of("sample", "--size", "-1").exitCode());
    // and the tool reads what it writes
    assertEquals(0, Run.of("assess", a.toString(), "--as-of", "2017-01-01", "--members-include-probationary", "false").exitCode());
  }

  @Test
  void testRunsACaseTableAndFailsOnAWrongExpectation() throws Exception {
    String table = new String(getClass().getClassLoader().getResourceAsStream("META-INF/partyorg-rules/cases/wuhan-2016.yaml").readAllBytes(),
        StandardCharsets.UTF_8);
    Path good = Files.writeString(dir.resolve("wuhan.yaml"), table, StandardCharsets.UTF_8);
    Run run = Run.of("test", good.toString(), "--lang", "en");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("0 failed"), run.out());
    assertFalse(run.out().contains("Failed: "), run.out());
    Path wrong = Files.writeString(dir.resolve("wrong.yaml"),
        table.replaceFirst("W3: \\{outcome: VIOLATED", "W3: {outcome: SATISFIED"), StandardCharsets.UTF_8);
    Run bad = Run.of("test", wrong.toString(), "--lang", "en");
    assertEquals(1, bad.exitCode(), bad.toString());
    assertTrue(bad.out().contains("Failed: ") && bad.out().contains("expected SATISFIED"), bad.out());
    assertEquals(3, Run.of("test", dir.resolve("missing.yaml").toString()).exitCode());
    assertEquals(2, Run.of("test").exitCode(), "a table is required");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsWith4() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run run = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", file.resolve("report.html").toString());
    assertEquals(4, run.exitCode(), run.toString());
    assertNoStackTrace(run);
  }
}
