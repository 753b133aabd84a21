package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code test}: runs analysts' case tables and prints pass or fail per case. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "运行分析人员编写的案例表，逐个案例输出通过或未通过；有未通过的案例时退出码为1。",
      "Runs analysts’ case tables and prints pass or fail per case; exits with 1 if a case fails."
    })
final class TestCommand implements Callable<Integer> {
  @Mixin Common common;

  @Parameters(paramLabel = "TABLE", arity = "1..*", description = "案例表文件 case table files")
  List<Path> tables;

  @Override
  public Integer call() {
    // the runner of analysts' tables comes with rules-io's org.partyorg.rules.io.cases; until then say so plainly
    throw new CliError(ExitCodes.USAGE, "此版本尚未包含案例表运行器，无法运行" + tables.size() + "个案例表。",
        "This build has no case table runner yet; cannot run " + tables.size() + " table(s).");
  }
}
