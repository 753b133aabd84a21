package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sample}: a deterministic synthetic register, written as CSV with Chinese headers. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false)
final class SampleCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--size", paramLabel = "N", defaultValue = "3000", descriptionKey = "option.sample.size")
  int size;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016", descriptionKey = "option.sample.seed")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "sample-register.csv", descriptionKey = "option.sample.output")
  Path output;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (size < 0 || size > 10_000_000) {
      throw new CliError(ExitCodes.USAGE, CliTexts.both("error.size-out-of-range", "max", 10_000_000, "value", size));
    }
    try (java.io.Writer out = new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(Common.open(output), java.nio.charset.StandardCharsets.UTF_8))) {
      org.partyorg.rules.io.SampleRegister.write(size, seed, out);
    } catch (java.io.IOException e) {
      throw Common.cannotWrite(output, e);
    }
    spec.commandLine().getOut().println(CliTexts.text(common.lang, "sample.written", "file", output, "size", size,
        "seed", Long.toString(seed)));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
