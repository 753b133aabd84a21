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

  @Override
  public Integer call() {
    throw new CliError(ExitCodes.INTERNAL, "示例台账生成器尚未加入。", "The sample register generator is not in this build yet.");
  }
}
