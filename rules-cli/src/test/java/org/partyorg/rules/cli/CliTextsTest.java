package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.testkit.MessageChecks;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The tool's texts ({@code cli_{zh,en}.properties}, {@code cli-help_{zh,en}.properties}, the HTML
 * page's {@code report-page_{zh,en}.properties}) pass
 * the library's style checks with sample values, both files of a pair have the same keys, every
 * key is used and every text the code asks for exists; and docs/MESSAGES.md shows them.
 */
class CliTextsTest {
  /** The section of docs/MESSAGES.md this test writes: from this line to the end (examples' MessageTextsTest keeps it). */
  static final String MARKER = "<!-- rules-cli: the section below is written by CliTextsTest -->";
  private static final Path PAGE = Path.of(System.getProperty("partyorg.docs", "../docs"), "MESSAGES.md");
  private static final Path SOURCES = Path.of("src/main/java/org/partyorg/rules/cli");

  /** Keys that name a thing (a label, an outcome, a piece of a sentence): no full stop. */
  private static final Pattern NAME_KEYS = Pattern.compile(
      "(progress|outcome|verdict|part|title|reason|heading)\\..*|page\\.(?!note\\.|footer$).*");

  /** What the tool's code calls a text key: a literal with one of the files' prefixes. */
  private static final Pattern KEY_LITERAL = Pattern.compile(
      "\"((?:error|hint|reason|problem|rows|progress|assess|report|plan|what-if|part|title|sample|test|outcome|verdict)\\.[a-z0-9.-]+)\"");

  /**
   * The one waiver of the help texts: they show what the user types as the user types it (an
   * option, its value, an ISO date such as 2016-12-01, a file name or extension, a set id or
   * parameter, true/false, zh/en, an encoding), and the names of the file formats a user picks in
   * a spreadsheet program (CSV, Excel, JSON Lines). Everything else in them is checked as any text.
   */
  private static final Pattern TYPED = Pattern.compile(
      "--[a-z][a-z-]*|\\d{4}-\\d{2}-\\d{2}|\\b(?:zh|en|true|false|UTF-8|GB18030|CSV|Excel|JSON Lines)\\b"
          + "|[\\w-]*\\.(?:xlsx|jsonl|json|md|html|yaml|csv)\\b|docs/FORMAT\\.md"
          + "|[a-z]+(?:-[a-z]+)*-\\d{4}(?:[./][A-Za-z]+=\\d+)?");

  /** What the report page's code calls a text key. */
  private static final Pattern PAGE_KEY_LITERAL = Pattern.compile("\"(page\\.[a-z0-9.-]+)\"");

  @Test
  void bothFilesOfEachPairHaveTheSameKeys() throws IOException {
    for (String name : List.of("cli", "cli-help", "report-page")) {
      assertEquals(keysOf(name + "_zh"), keysOf(name + "_en"), name);
    }
    assertEquals(keysOf("cli_zh"), new TreeSet<>(CliTexts.TEXTS.keys()));
    assertEquals(keysOf("report-page_zh"), new TreeSet<>(CliTexts.PAGE.keys()));
  }

  @Test
  void everyTextPassesTheStyleChecksWithSampleValues() {
    List<String> problems = new ArrayList<>();
    for (String key : allKeys()) {
      MessageTemplate template = template(key);
      for (Map<String, Object> zh : samples(key, template, Lang.zh)) {
        check(problems, key, template.format(Locale.CHINESE, zh), true);
      }
      for (Map<String, Object> en : samples(key, template, Lang.en)) {
        check(problems, key, template.format(Locale.ENGLISH, en), false);
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theChecksCatchAWrongText() {
    // the checks this test relies on do fail on the faults the old texts had
    assertFalse(MessageChecks.chinese("报告：report.html").isEmpty(), "a file name unquoted, no 。");
    assertFalse(MessageChecks.chinese("请指定命令 a command is required").isEmpty(), "English in Chinese");
    assertFalse(MessageChecks.english("1 records rejected as invalid.").isEmpty(), "plural after 1");
    List<String> waived = new ArrayList<>();
    check(waived, "command.x", help("默认 report.html，如 --as-of 2016-12-01。"), true);
    assertEquals(List.of(), waived, "the waiver lets what the user types through");
    check(waived, "command.x", help("输出 HTML 页面。"), true);
    assertFalse(waived.isEmpty(), "and nothing else");
  }

  @Test
  void everyKeyIsUsedAndEveryKeyTheCodeAsksForExists() throws IOException {
    Set<String> used = literals(KEY_LITERAL);
    Set<String> unknown = new TreeSet<>(used);
    unknown.removeAll(CliTexts.TEXTS.keys());
    assertEquals(Set.of(), unknown, "keys the code uses that cli_zh.properties lacks");
    Set<String> unused = new TreeSet<>(CliTexts.TEXTS.keys());
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys of cli_zh.properties no code uses");

    Set<String> onPage = literals(PAGE_KEY_LITERAL);
    Set<String> pageUnknown = new TreeSet<>(onPage);
    pageUnknown.removeAll(CliTexts.PAGE.keys());
    assertEquals(Set.of(), pageUnknown, "keys the page uses that report-page_zh.properties lacks");
    Set<String> pageUnused = new TreeSet<>(CliTexts.PAGE.keys());
    pageUnused.removeAll(onPage);
    assertEquals(Set.of(), pageUnused, "keys of report-page_zh.properties no code uses");

    // the help: every command and every option or parameter of every command has its text, and every text is someone's
    Set<String> asked = new TreeSet<>(List.of("heading.example", "heading.exit-codes"));
    for (int code = ExitCodes.OK; code <= ExitCodes.INTERNAL; code++) {
      asked.add("exit." + code);
    }
    for (CommandLine line : commands()) {
      asked.add("command." + line.getCommandSpec().name());
      for (ArgSpec arg : line.getCommandSpec().args()) {
        String key = arg.descriptionKey();
        assertFalse(key == null || key.isEmpty(), line.getCommandSpec().qualifiedName() + " " + arg + " has no descriptionKey");
        asked.add(key);
        assertEquals(2, arg.description().length, arg + ": a Chinese and an English line");
      }
    }
    assertEquals(new TreeSet<>(CliTexts.HELP.keys()), asked, "cli-help_zh.properties: the keys the commands ask for, no more");
  }

  /** The text keys the tool's code names: string literals of this form. */
  private static Set<String> literals(Pattern form) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher literal = form.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (literal.find()) {
          // a default value in an annotation (plan.csv, report.html) is a file name, not a key
          if (!literal.group(1).matches(".*\\.(csv|html|json)")) {
            used.add(literal.group(1));
          }
        }
      }
    }
    return used;
  }

  /** The keys of cli and of report-page (their prefixes differ: page. is the page's alone). */
  private static List<String> allKeys() {
    List<String> all = new ArrayList<>(CliTexts.TEXTS.keys());
    all.addAll(CliTexts.PAGE.keys());
    return all;
  }

  private static MessageTemplate template(String key) {
    return key.startsWith("page.") ? CliTexts.PAGE.template(key) : CliTexts.TEXTS.template(key);
  }

  @Test
  void everyHelpTextPassesTheStyleChecksBarWhatTheUserTypes() {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (CommandLine line : commands()) {
      for (ArgSpec arg : line.getCommandSpec().args()) {
        if (arg.defaultValue() != null) {
          defaults.put(arg.descriptionKey(), arg.defaultValue());
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (String key : CliTexts.HELP.keys()) {
      MessageTemplate template = CliTexts.HELP.template(key);
      Map<String, Object> values = Map.of("default", defaults.getOrDefault(key, "report.html"));
      check(problems, key, help(template.format(Locale.CHINESE, values)), true);
      check(problems, key, help(template.format(Locale.ENGLISH, values)), false);
    }
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theHelpShowsTheTextsWithTheirDefaults() {
    StringWriter out = new StringWriter();
    CommandLine line = Cli.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, line.execute("report", "--help"));
    String help = out.toString();
    assertTrue(help.contains("网页报告文件，默认 report.html。") && help.contains("The web page, report.html by default."), help);
    assertFalse(help.contains("${") || help.contains("{default}"), help);
    StringWriter top = new StringWriter();
    Cli.commandLine(new PrintWriter(top), new PrintWriter(new StringWriter())).execute("--help");
    assertTrue(top.toString().contains("help     显示某个命令的帮助"), "the help command listed by its text: " + top);
  }

  @Test
  void theLanguageOptionPicksTheLanguage() {
    assertEquals("2条记录数据有误，未予评估。", CliTexts.text(Lang.zh, "assess.rejected", "count", 2L));
    assertEquals("1 record rejected as invalid.", CliTexts.text(Lang.en, "assess.rejected", "count", 1L));
    assertEquals("12,000 records rejected as invalid.", CliTexts.text(Lang.en, "assess.rejected", "count", 12000L));
    CliError error = new CliError(ExitCodes.INPUT, CliTexts.both("error.register-missing", "file", "台账.csv"));
    assertEquals("找不到台账文件“台账.csv”。\nThe register file “台账.csv” does not exist.", error.both(Lang.zh));
    assertEquals("The register file “台账.csv” does not exist.\n找不到台账文件“台账.csv”。", error.both(Lang.en));
  }

  @Test
  void aFileOperationFailingIsWordedByWhatWasBeingDone() {
    Exception missing = new java.nio.file.NoSuchFileException("台账.csv");
    assertEquals("文件不存在", CliTexts.reason(missing, Lang.zh, false));
    assertEquals("its folder does not exist", CliTexts.reason(missing, Lang.en, true));
    assertEquals("没有权限", CliTexts.reason(new java.nio.file.AccessDeniedException("台账.csv"), Lang.zh, false));
    assertEquals("disk full", CliTexts.reason(new IOException("disk full"), Lang.en, true).toString(),
        "any other: the system's own words");
  }

  @Test
  void aValueTheUserGaveIsCutAndEscapedButAPathIsNot() {
    String typed = "x".repeat(100) + "\n";
    String shown = CliTexts.text(Lang.en, "error.set-form", "setting", typed);
    assertFalse(shown.contains("x".repeat(65)) || shown.contains("\n"), shown);
    Path long_ = Path.of("/" + "d".repeat(80), "report.html");
    assertTrue(CliTexts.text(Lang.zh, "plan.written", "csv", long_, "json", long_).contains(long_.toString()));
  }

  @Test
  void theReviewPageShowsTheToolsTexts() throws IOException {
    String existing = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
    int at = existing.indexOf(MARKER);
    String head = at < 0 ? existing + "\n" : existing.substring(0, at);
    String page = head + section();
    if (Boolean.getBoolean("messages.write")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertEquals(page, Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "",
        "docs/MESSAGES.md lacks the tool's texts as they are: run ./mvnw -o -B verify -pl rules-cli -am -Dmessages.write=true");
  }

  /** The tool's section of docs/MESSAGES.md. */
  private static String section() {
    StringBuilder out = new StringBuilder(MARKER).append("\n\n## 命令行工具 · The command-line tool\n\n")
        .append("Written by `CliTextsTest` (module `rules-cli`); run `./mvnw -o -B verify -pl rules-cli -am -Dmessages.write=true`\n")
        .append("after changing a text. The files are `rules-cli/src/main/resources/META-INF/partyorg-rules/messages/cli_*.properties`\n")
        .append("(errors, summaries, progress labels) and `cli-help_*.properties` (the `--help` texts; picocli prints both\n")
        .append("languages). Shown with sample values; the test also renders each count at 0, 1, 2, 3 and 12000.\n");
    out.append("\n### cli\n\n| key | 中文 | English |\n|---|---|---|\n");
    for (String key : CliTexts.TEXTS.keys()) {
      MessageTemplate template = CliTexts.TEXTS.template(key);
      out.append("| `").append(key).append("` | ").append(cell(template.format(Locale.CHINESE, samples(key, template, Lang.zh).get(0))))
          .append(" | ").append(cell(template.format(Locale.ENGLISH, samples(key, template, Lang.en).get(0)))).append(" |\n");
    }
    out.append("\n### report-page\n\nThe HTML page `report` writes (`report-page_*.properties`); in a Chinese page each heading is followed by\n")
        .append("its English one in grey. The register’s own values (names, codes, the file’s name) are put in by the page.\n\n")
        .append("| key | 中文 | English |\n|---|---|---|\n");
    for (String key : CliTexts.PAGE.keys()) {
      MessageTemplate template = CliTexts.PAGE.template(key);
      out.append("| `").append(key).append("` | ").append(cell(template.format(Locale.CHINESE, samples(key, template, Lang.zh).get(0))))
          .append(" | ").append(cell(template.format(Locale.ENGLISH, samples(key, template, Lang.en).get(0)))).append(" |\n");
    }
    out.append("\n### cli-help\n\n`{default}` is the option’s default value.\n\n| key | 中文 | English |\n|---|---|---|\n");
    for (String key : CliTexts.HELP.keys()) {
      MessageTemplate template = CliTexts.HELP.template(key);
      out.append("| `").append(key).append("` | ").append(cell(template.getZh())).append(" | ").append(cell(template.getEn()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", "<br>");
  }

  private static void check(List<String> problems, String key, String text, boolean chinese) {
    List<String> found = NAME_KEYS.matcher(key).matches() ? MessageChecks.name(text, chinese)
        : chinese ? MessageChecks.chinese(text) : MessageChecks.english(text);
    found.forEach(p -> problems.add(key + " “" + text + "”: " + p));
  }

  /** A help text with what the user types put in quotes, the spaces around it taken out in Chinese. */
  private static String help(String text) {
    boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    Matcher typed = TYPED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (typed.find()) {
      typed.appendReplacement(out, "“”");
    }
    typed.appendTail(out);
    return chinese ? out.toString().replaceAll(" ?“” ?", "“”") : out.toString();
  }

  /** The tool's commands, with the help texts as the tool sets them. */
  private static List<CommandLine> commands() {
    List<CommandLine> all = new ArrayList<>();
    collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    return all;
  }

  private static void collect(CommandLine line, List<CommandLine> all) {
    all.add(line);
    line.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  private static Set<String> keysOf(String file) throws IOException {
    Properties properties = new Properties();
    try (var in = CliTextsTest.class.getResourceAsStream("/META-INF/partyorg-rules/messages/" + file + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  /**
   * Sample values of a text's parameters in one language: the first set typical, then each count
   * at 0, 1, 2, 3 and 12000 and each list of one and of three.
   */
  static List<Map<String, Object>> samples(String key, MessageTemplate template, Lang lang) {
    Map<String, Object> base = new LinkedHashMap<>();
    Set<String> counts = new LinkedHashSet<>();
    Set<String> lists = new LinkedHashSet<>();
    for (String name : template.parameters()) {
      Object value = switch (name) {
        case "file" -> Path.of("2016年11月台账.csv");
        case "html" -> Path.of("报告", "report.html");
        case "json" -> Path.of("报告", "report.json");
        case "charts" -> Path.of("报告", "report.charts.json");
        case "csv" -> Path.of("plan.csv");
        case "reason" -> key.startsWith("problem.")
            ? new CliTexts.Verbatim(lang.pick("应为整数。", "must be a whole number."))
            : new CliTexts.Verbatim(lang.pick("没有权限", "permission denied"));
        case "unknown" -> List.of("“nowhere-2016”");
        case "args" -> List.of("“--no-such-option”");
        case "option" -> "--lang";
        case "settings" -> List.of("“wuhan-2016.organisationStaffThreshold=80”");
        case "known", "sets" -> List.of("“liaoning-2016”");
        case "set" -> "wuhan-2016";
        case "key" -> key.equals("error.override-key") ? "staffThreshold" : "wuhan-2016/W3";
        case "keys" -> List.of("“membersStaffThreshold”", "“organisationStaffThreshold”", "“obligationDeadline”");
        case "earliest" -> LocalDate.of(1921, 7, 1);
        case "latest" -> LocalDate.of(2100, 12, 31);
        case "setting" -> key.equals("error.override-date") ? "wuhan-2016.obligationDeadline"
            : key.equals("error.override-rate") ? "wuhan-2016.coverageRate"
            : key.equals("error.override-number") ? "liaoning-2016.jointOrganisationGrowthFactor" : "wuhan-2016.organisationStaffThreshold";
        case "code" -> "91420106MA4KTEXT1G";
        case "field" -> lang.pick("从业人数", "head-count");
        case "name" -> lang.pick("某某科技有限公司，职工120人", "a firm of 120 staff");
        case "encoding" -> "UTF-8";
        case "line", "seed" -> "1234";
        case "index" -> 1234L;
        case "verdict" -> new CliTexts.Verbatim(lang.verdict(org.partyorg.rules.register.Verdict.NOT_MET));
        case "verdictBefore", "verdictAfter" -> lang.verdict(org.partyorg.rules.register.Verdict.NOT_MET);
        case "outcome" -> lang.outcome(org.partyorg.rules.api.Outcome.VIOLATED);
        case "deadline" -> LocalDate.of(2016, 11, 30);
        case "asOf" -> LocalDate.of(2016, 12, 1);
        case "total" -> 1234L;
        case "listed" -> 50L;
        case "covered" -> 2L;
        case "source" -> new CliTexts.Verbatim("2016年11月台账.csv");
        case "rate" -> new CliTexts.Verbatim(key.equals("page.value.rate") || key.equals("page.value.overview") ? "66.66%" : "80%");
        case "target" -> key.startsWith("page.") ? new CliTexts.Verbatim("80%") : "wuhan-2016/W3";
        case "actions" -> new CliTexts.Verbatim(lang.pick("建立党组织", "set up a party organisation"));
        case "before" -> new CliTexts.Verbatim(lang.pick("无此结论", "no such finding"));
        case "after" -> new CliTexts.Verbatim(lang.pick("不符合要求，应于2016年11月30日前建立党组织",
            "not met; must set up a party organisation by 30 November 2016"));
        case "value" -> key.endsWith("-negative") ? -1 : key.equals("error.size-out-of-range") ? 20_000_000
            : key.equals("error.date") ? "2016-13-01" : key.equals("error.bad-value") ? "fr"
            : key.equals("error.override-count") ? "8.5" : key.equals("error.override-rate") ? "80%"
            : key.equals("error.override-date") ? "2016/12/15" : "许多";
        case "max" -> 10_000_000;
        default -> 3L;
      };
      base.put(name, value);
      if (value instanceof Long) {
        counts.add(name);
      }
      if (value instanceof List<?>) {
        lists.add(name);
      }
    }
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(base);
    for (String name : counts) {
      for (long n : new long[] {0, 1, 2, 3, 12000}) {
        Map<String, Object> varied = new LinkedHashMap<>(base);
        varied.put(name, n);
        all.add(varied);
      }
    }
    for (String name : lists) {
      Map<String, Object> varied = new LinkedHashMap<>(base);
      varied.put(name, List.of("“liaoning-2016”", "“hunan-benchmark-2020”", "“wuhan-2016”"));
      all.add(varied);
    }
    return all;
  }
}
