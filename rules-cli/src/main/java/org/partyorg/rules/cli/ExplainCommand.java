package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
    footer = {"  partyorg-rules explain 台账.csv --credit-code 91420106MA4KTEXT1G --as-of 2016-12-01"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = "--credit-code", paramLabel = "CODE", descriptionKey = "option.explain.credit-code")
  String creditCode;

  @Mixin AsOf asOf;

  @Mixin PolicySets policySets;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "option.explain.json")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf.date();
    Evaluator evaluator = policySets.evaluator();
    Optional<Organisation> found;
    String name = register.file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      found = Optional.of(readJson(register.file));
    } else {
      if (creditCode == null || creditCode.isBlank()) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.explain-needs-code"));
      }
      String wanted = creditCode.trim();
      try (Registers.Opened opened = Registers.open(register)) {
        found = Registers.reading(register,
            () -> opened.organisations().filter(o -> wanted.equalsIgnoreCase(o.getCreditCode())).findFirst());
      }
      if (found.isEmpty()) {
        throw new CliError(ExitCodes.INPUT, CliTexts.both("error.explain-not-found", "code", wanted));
      }
    }
    org.partyorg.rules.api.Trace trace;
    try {
      trace = evaluator.trace(found.get(), date);
    } catch (InvalidOrganisationException e) {
      List<String> zh = e.getViolations().stream().map(v -> member(Lang.zh, v.getFieldNameZh(), v.getValue(), v.getMessageZh())).toList();
      List<String> en = e.getViolations().stream().map(v -> member(Lang.en, v.getFieldNameEn(), v.getValue(), v.getMessageEn())).toList();
      throw new CliError(ExitCodes.FINDINGS, CliTexts.both("error.explain-invalid").lines(zh, en), e);
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
        throw new CliError(ExitCodes.INPUT, CliTexts.both("error.file-missing", "file", file.toString()));
      }
      text = new String(java.nio.file.Files.readAllBytes(file), register.encoding);
    } catch (java.io.IOException e) {
      throw new CliError(ExitCodes.INPUT, CliTexts.withReason("error.file-unreadable", e, "file", file.toString()), e);
    }
    try {
      return org.partyorg.rules.io.json.JsonFormat.create().readOrganisation(text);
    } catch (org.partyorg.rules.io.json.JsonFormatException e) {
      List<String> zh = new java.util.ArrayList<>();
      List<String> en = new java.util.ArrayList<>();
      for (org.partyorg.rules.io.json.JsonProblem problem : e.problems()) {
        String where = problem.pointer().isEmpty() ? "/" : problem.pointer();
        zh.add(member(Lang.zh, where, problem.value(), problem.messageZh()));
        en.add(member(Lang.en, where, problem.value(), problem.messageEn()));
      }
      throw new CliError(ExitCodes.INPUT, CliTexts.both("error.json-not-organisation", "file", file.toString()).lines(zh, en), e);
    }
  }

  /** One problem of a member or field: where, the value (when there is one), and why. */
  private static String member(Lang lang, String field, Optional<?> value, String reason) {
    return value.isPresent()
        ? CliTexts.text(lang, "problem.member-value", "field", field, "value", value.get().toString(), "reason", new CliTexts.Verbatim(reason))
        : CliTexts.text(lang, "problem.member", "field", field, "reason", new CliTexts.Verbatim(reason));
  }

}
