package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.partyorg.rules.core.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: a register → one JSON line per organisation, its findings or why it was rejected. */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false)
final class AssessCommand implements Callable<Integer> {
  private static final org.partyorg.rules.io.json.JsonFormat JSON = org.partyorg.rules.io.json.JsonFormat.create();

  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Mixin AsOf asOf;

  @Mixin PolicySets policySets;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.jsonl", descriptionKey = "option.assess.output")
  Path output;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf.date();
    Evaluator evaluator = policySets.evaluator();
    AtomicLong rejected = new AtomicLong();
    List<String> rejections = new java.util.ArrayList<>();
    List<String> badRows;
    PrintWriter out = output == null ? spec.commandLine().getOut()
        : new PrintWriter(new java.io.OutputStreamWriter(Common.open(output), java.nio.charset.StandardCharsets.UTF_8));
    try {
      badRows = Registers.read(register, common, "progress.assess", (opened, organisations) -> {
        evaluator.assessAll(organisations, date).forEachOrdered(result -> {
          out.println(JSON.writeAssessmentResult(result));
          if (!result.isAssessed()) {
            rejected.incrementAndGet();
            rejections.addAll(opened.rejectionOf(result, lang));
          }
        });
        return null;
      }).badRows();
    } finally {
      out.flush();
      if (output != null) {
        out.close();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    badRows.forEach(err::println);
    rejections.stream().limit(100).forEach(err::println);
    if (rejected.get() > 0) {
      err.println(CliTexts.text(lang, "assess.rejected", "count", rejected.get()));
    }
    err.flush();
    return rejected.get() > 0 || !badRows.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
