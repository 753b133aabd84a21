package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report}: a register against every target at a date → an HTML page, its figures as JSON, a summary on stdout. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "按截止日期对照各方案目标统计台账，生成独立的 HTML 报告（内嵌 SVG 图表，不联网）和同样数字的 JSON，并在标准输出打印摘要。",
      "Measures a register against every target of one or all policy sets at a date: a self-contained HTML"
          + " report (inline SVG charts, no network), the same figures as JSON, and a summary on stdout."
    },
    footer = {"", "例 Example:", "  partyorg-rules report 台账.csv --as-of 2017-01-01 -o report.html"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "统计截止日期，默认今天（北京时间） the as-of date, today in Beijing by default")
  LocalDate asOf;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID",
      description = "只用这些方案（可重复），默认全部 only these policy sets (repeatable); all by default")
  List<String> policySets;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html",
      description = "HTML 报告文件，默认 ${DEFAULT-VALUE} the HTML file, ${DEFAULT-VALUE} by default")
  Path output;

  @Option(names = "--json", paramLabel = "FILE",
      description = "数字另存为 JSON，默认与 HTML 同名 the figures as JSON; beside the HTML file by default")
  Path json;

  @Option(names = "--list", paramLabel = "N", defaultValue = "50",
      description = "列出未覆盖单位的个数，默认 ${DEFAULT-VALUE} how many organisations not covered to list")
  int listed;

  @Option(names = "--baseline", paramLabel = "SET/TARGET=N",
      description = "增长目标的原有数，如 liaoning-2016/jointOrganisationGrowth=120 a growth target's count before the campaign")
  java.util.Map<String, Long> baselines = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Evaluator evaluator = Common.evaluator(policySets);
    CoverageReport.Request request = CoverageReport.of(evaluator, date);
    for (var entry : baselines.entrySet()) {
      String[] parts = entry.getKey().split("/", 2);
      try {
        request = request.baseline(parts[0], parts.length > 1 ? parts[1] : "", entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new CliError(ExitCodes.USAGE, "--baseline " + CliError.quote(entry.getKey()) + " 不是增长目标：" + e.getMessage(),
            "--baseline " + CliError.quote(entry.getKey()) + " is not a growth target: " + e.getMessage());
      }
    }
    if (listed < 0) {
      throw new CliError(ExitCodes.USAGE, "--list 应为0或正数，而不是" + listed + "。", "--list must be 0 or more, not " + listed + ".");
    }
    long started = System.nanoTime();
    ReportRun run;
    List<String> badRows;
    String source;
    try (Registers.Opened opened = Registers.open(register);
        Progress progress = Progress.start(lang.pick("读取台账", "Reading"), !common.noProgress)) {
      source = opened.name();
      CoverageReport.Request configured = request;
      ReportRun assessed = Registers.reading(register,
          () -> ReportRun.over(evaluator, date, opened.organisations().peek(o -> progress.step()), listed, configured));
      run = assessed.withReport(opened.accountFor(assessed.report()));
      badRows = opened.badRows(lang);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    Path jsonFile = json != null ? json : sibling(output, ".json");
    Common.write(output, ReportPage.render(run, source, lang, listed));
    Common.write(jsonFile, org.partyorg.rules.io.json.JsonFormat.create().writeCoverageReport(run.report()));
    Path chartsFile = sibling(jsonFile, ".charts.json");
    Common.write(chartsFile, ReportJson.write(run, source, listed));
    var out = spec.commandLine().getOut();
    out.print(run.report().summary(lang.locale()));
    if (!badRows.isEmpty()) {
      out.println();
      out.println(lang.pick("无法读取的行" + badRows.size() + "行：", badRows.size() + " rows could not be read:"));
      badRows.stream().limit(20).forEach(line -> out.println("  " + line));
      if (badRows.size() > 20) {
        out.println(lang.pick("  另有" + (badRows.size() - 20) + "行未列出。", "  " + (badRows.size() - 20) + " more not listed."));
      }
    }
    out.println();
    out.println(lang.pick("报告：" + output + "；数字：" + jsonFile + "、" + chartsFile + "（" + run.report().read() + "条记录，每秒"
            + Progress.perSecond(run.report().read(), elapsed) + "条）",
        "Report: " + output + "; figures: " + jsonFile + ", " + chartsFile + " (" + run.report().read() + " records, "
            + Progress.perSecond(run.report().read(), elapsed) + " per second)"));
    out.flush();
    return run.report().rejected() > 0 || !badRows.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  static Path sibling(Path file, String extension) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return file.resolveSibling(stem + extension);
  }
}
