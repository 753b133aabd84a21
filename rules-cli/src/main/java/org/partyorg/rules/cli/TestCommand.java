package org.partyorg.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.io.cases.CaseResult;
import org.partyorg.rules.io.cases.CaseTable;
import org.partyorg.rules.io.cases.CaseTableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test}: runs analysts' case tables (docs/CASES.md) and prints pass or fail per case. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false)
final class TestCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TABLE", arity = "1..*", descriptionKey = "option.test.tables")
  List<Path> tables;

  @Override
  public Integer call() {
    Evaluator evaluator = Evaluator.discover();
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (Path file : tables) {
      CaseTable table;
      try {
        table = CaseTable.read(file);
      } catch (CaseTableException e) {
        // each problem is written in both languages already (rules-io)
        throw new CliError(ExitCodes.INPUT, CliTexts.both("error.case-table", "file", file).lines(e.problems(), e.problems()), e);
      } catch (IOException e) {
        throw new CliError(ExitCodes.INPUT, CliTexts.withReason("error.case-table-unreadable", e, "file", file), e);
      }
      for (CaseResult result : table.run(evaluator)) {
        if (result.passed()) {
          passed++;
          out.println(CliTexts.text(common.lang, "test.passed", "file", file.getFileName(), "name", result.name()));
        } else {
          failed++;
          out.println(CliTexts.text(common.lang, "test.failed", "file", file.getFileName(), "name", result.name()));
          out.println("    " + result.diff().replace("\n", "\n    "));
        }
      }
    }
    out.println(CliTexts.text(common.lang, "test.summary", "total", passed + failed, "passed", passed, "failed", failed));
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
