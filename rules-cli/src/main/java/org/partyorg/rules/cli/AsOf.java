package org.partyorg.rules.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}: the date a command assesses at, today in Beijing when not given. */
final class AsOf {
  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.as-of")
  LocalDate given;

  LocalDate date() {
    return Common.asOf(given);
  }
}
