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
    throw new CliError(ExitCodes.INTERNAL, "案例表运行器尚未加入。", "The case table runner is not in this build yet.");
  }
}
