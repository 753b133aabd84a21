package org.partyorg.rules.cli;

import java.util.List;
import org.partyorg.rules.core.Evaluator;
import picocli.CommandLine.Option;

/** {@code -p}: the bundled sets a command assesses by, every one when none is named. */
final class PolicySets {
  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", descriptionKey = "option.policy-set")
  List<String> ids;

  /** The sets named, in the order named; a usage error naming the unknown ones and the known. */
  Evaluator evaluator() {
    return Common.evaluator(ids);
  }
}
