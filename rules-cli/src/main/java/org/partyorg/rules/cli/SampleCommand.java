package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sample}: a deterministic synthetic register, written as CSV with Chinese headers. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "生成可复现的示例台账（CSV，中文表头）：武汉、湖北其他地区、湖南、辽宁，单位类别、人数、党员数分布接近实际。",
      "Writes a deterministic synthetic register (CSV with Chinese headers) across Wuhan, the rest of Hubei,"
          + " Hunan and Liaoning, with realistic spreads of categories, head-counts and members."
    })
final class SampleCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--size", paramLabel = "N", defaultValue = "3000", description = "单位数，默认 ${DEFAULT-VALUE} organisations")
  int size;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016", description = "随机种子，默认 ${DEFAULT-VALUE} the seed")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "sample-register.csv",
      description = "CSV 文件，默认 ${DEFAULT-VALUE} the CSV file")
  Path output;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (size < 0 || size > 10_000_000) {
      throw new CliError(ExitCodes.USAGE, "--size 应在0到10000000之间，而不是" + size + "。",
          "--size must lie between 0 and 10,000,000, not " + size + ".");
    }
    try (java.io.Writer out = new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(Common.open(output), java.nio.charset.StandardCharsets.UTF_8))) {
      org.partyorg.rules.io.SampleRegister.write(size, seed, out);
    } catch (java.io.IOException e) {
      throw Common.cannotWrite(output, e);
    }
    spec.commandLine().getOut().println(common.lang.pick("示例台账：" + output + "（" + size + "个单位，种子" + seed + "）",
        "Sample register: " + output + " (" + size + " organisations, seed " + seed + ")"));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
