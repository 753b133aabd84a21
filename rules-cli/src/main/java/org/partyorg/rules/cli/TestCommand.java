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
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "运行分析人员编写的案例表，逐个案例输出通过或未通过；有未通过的案例时退出码为1。",
      "Runs analysts’ case tables and prints pass or fail per case; exits with 1 if a case fails."
    })
final class TestCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TABLE", arity = "1..*", description = "案例表文件 case table files")
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
        throw new CliError(ExitCodes.INPUT, "案例表有误：" + file + "\n" + String.join("\n", e.problems()),
            "The case table is wrong: " + file + "\n" + String.join("\n", e.problems()));
      } catch (IOException e) {
        throw new CliError(ExitCodes.INPUT, "无法读取案例表：" + file, "Cannot read the case table: " + file);
      }
      for (CaseResult result : table.run(evaluator)) {
        if (result.passed()) {
          passed++;
          out.println(common.lang.pick("通过", "PASS") + "  " + file.getFileName() + " : " + result.name());
        } else {
          failed++;
          out.println(common.lang.pick("未通过", "FAIL") + "  " + file.getFileName() + " : " + result.name());
          out.println("    " + result.diff().replace("\n", "\n    "));
        }
      }
    }
    out.println(common.lang.pick("共" + (passed + failed) + "个案例：通过" + passed + "个，未通过" + failed + "个。",
        (passed + failed) + " cases: " + passed + " passed, " + failed + " failed."));
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
