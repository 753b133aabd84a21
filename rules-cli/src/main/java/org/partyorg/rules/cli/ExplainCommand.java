package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.InvalidOrganisationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code explain}: one organisation of a register, by credit code → every finding with the facts, limits and clause behind it. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "解释一个单位的结论：适用哪些方案及原因，每项结论读取的情况、比较的标准、参数及其出处、期限、结果；文本和 JSON（trace）。",
      "Explains one organisation’s findings (its trace): the sets that apply and why, and for every finding the facts"
          + " read, the comparisons, the parameters and their clauses, the deadline and the outcome; as text and JSON."
    },
    footer = {"", "例 Example:", "  partyorg-rules explain 台账.csv --credit-code 91420106MA4KTEXT1G --as-of 2016-12-01"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = "--credit-code", paramLabel = "CODE",
      description = "台账中单位的统一社会信用代码（读 .json 单个单位文件时不需要） the organisation’s credit code in a register"
          + " (not needed for a .json file of one organisation)")
  String creditCode;

  @Option(names = "--as-of", paramLabel = "DATE", description = "日期，默认今天（北京时间） the as-of date, today in Beijing by default")
  LocalDate asOf;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", description = "只用这些方案 only these policy sets (repeatable)")
  List<String> policySets;

  @Option(names = "--json", paramLabel = "FILE", description = "另存为 JSON（trace） the trace as JSON too (kind trace)")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Evaluator evaluator = Common.evaluator(policySets);
    Optional<Organisation> found;
    String name = register.file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      found = Optional.of(readJson(register.file));
    } else {
      if (creditCode == null || creditCode.isBlank()) {
        throw new CliError(ExitCodes.USAGE, "从台账中解释一个单位，请用 --credit-code 指明其统一社会信用代码。",
            "To explain one organisation of a register, name it with --credit-code.");
      }
      String wanted = creditCode.trim();
      try (Registers.Opened opened = Registers.open(register)) {
        found = Registers.reading(register,
            () -> opened.organisations().filter(o -> wanted.equalsIgnoreCase(o.getCreditCode())).findFirst());
      }
      if (found.isEmpty()) {
        throw new CliError(ExitCodes.INPUT, "台账中没有统一社会信用代码为" + CliError.quote(wanted) + "的单位。",
            "The register has no organisation with the credit code " + CliError.quote(wanted) + ".");
      }
    }
    org.partyorg.rules.api.Trace trace;
    try {
      trace = evaluator.trace(found.get(), date);
    } catch (InvalidOrganisationException e) {
      throw new CliError(ExitCodes.FINDINGS, "该单位数据有误，未予评估：" + e.getMessage(), "The record is invalid: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(trace.text(lang.locale()));
    out.flush();
    if (json != null) {
      // the trace as the versioned JSON of rules-io (kind trace, docs/FORMAT.md)
      Common.write(json, org.partyorg.rules.io.json.JsonFormat.create().writeTrace(trace) + "\n");
    }
    return ExitCodes.OK;
  }

  /** One organisation in the library's JSON format (rules-io), every problem of it named. */
  private Organisation readJson(Path file) {
    String text;
    try {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new CliError(ExitCodes.INPUT, "找不到文件" + CliError.quote(file.toString()) + "。",
            "The file " + CliError.quote(file.toString()) + " does not exist.");
      }
      text = new String(java.nio.file.Files.readAllBytes(file), register.encoding);
    } catch (java.io.IOException e) {
      throw new CliError(ExitCodes.INPUT, "无法读取文件" + CliError.quote(file.toString()) + "：" + e.getMessage(),
          "Cannot read " + CliError.quote(file.toString()) + ": " + e.getMessage(), e);
    }
    try {
      return org.partyorg.rules.io.json.JsonFormat.create().readOrganisation(text);
    } catch (org.partyorg.rules.io.json.JsonFormatException e) {
      StringBuilder zh = new StringBuilder("文件" + CliError.quote(file.toString()) + "不是一个单位的 JSON：");
      StringBuilder en = new StringBuilder("The file " + CliError.quote(file.toString()) + " is not one organisation in JSON:");
      for (org.partyorg.rules.io.json.JsonProblem problem : e.problems()) {
        String where = problem.pointer().isEmpty() ? "/" : problem.pointer();
        String value = problem.value().map(v -> " " + CliError.quote(v)).orElse("");
        zh.append("\n  ").append(where).append(value).append("：").append(problem.messageZh());
        en.append("\n  ").append(where).append(value).append(": ").append(problem.messageEn());
      }
      throw new CliError(ExitCodes.INPUT, zh.toString(), en.toString(), e);
    }
  }

}
