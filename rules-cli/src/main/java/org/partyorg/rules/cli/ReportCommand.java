package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
    footer = {"  partyorg-rules report 台账.csv --as-of 2017-01-01 -o report.html"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.report.as-of")
  LocalDate asOf;

  @Mixin PolicySets policySets;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html", descriptionKey = "option.report.output")
  Path output;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "option.report.json")
  Path json;

  @Option(names = "--list", paramLabel = "N", defaultValue = "50", descriptionKey = "option.report.list")
  int listed;

  @Option(names = "--baseline", paramLabel = "SET/TARGET=N", descriptionKey = "option.report.baseline")
  java.util.Map<String, Long> baselines = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = Common.asOf(asOf);
    Evaluator evaluator = policySets.evaluator();
    CoverageReport.Request request = CoverageReport.of(evaluator, date);
    for (var entry : baselines.entrySet()) {
      if (entry.getValue() < 0) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.baseline-negative", "target", entry.getKey(), "value", entry.getValue()));
      }
      String[] parts = entry.getKey().split("/", 2);
      try {
        request = request.baseline(parts[0], parts.length > 1 ? parts[1] : "", entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.baseline-not-growth", "target", entry.getKey()).detail(e));
      }
    }
    Common.checkList(listed);
    long started = System.nanoTime();
    CoverageReport.Request configured = request;
    Registers.Read<ReportRun> read = Registers.read(register, common, "progress.report", (opened, organisations) -> {
      ReportRun assessed = ReportRun.over(evaluator, date, organisations, listed, configured);
      return assessed.withReport(opened.accountFor(assessed.report()));
    });
    ReportRun run = read.result();
    List<String> badRows = read.badRows();
    String source = read.name();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    Path jsonFile = json != null ? json : Common.sibling(output, ".json");
    Common.write(output, ReportPage.render(run, source, lang, listed));
    Common.write(jsonFile, org.partyorg.rules.io.json.JsonFormat.create().writeCoverageReport(run.report()));
    Path chartsFile = Common.sibling(jsonFile, ".charts.json");
    Common.write(chartsFile, ReportJson.write(run, source, listed));
    var out = spec.commandLine().getOut();
    out.print(run.report().summary(lang.locale()));
    if (!badRows.isEmpty()) {
      out.println();
      out.println(CliTexts.text(lang, "report.bad-rows", "count", badRows.size()));
      badRows.stream().limit(20).forEach(line -> out.println("  " + line));
      if (badRows.size() > 20) {
        out.println("  " + CliTexts.text(lang, "report.more-rows", "count", badRows.size() - 20));
      }
    }
    out.println();
    out.println(CliTexts.text(lang, "report.written", "html", output, "json", jsonFile, "charts", chartsFile,
        "read", run.report().read(), "perSecond", Progress.perSecond(run.report().read(), elapsed)));
    out.flush();
    return run.report().rejected() > 0 || !badRows.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
