package org.partyorg.rules.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a register comes from and how to read it. */
final class RegisterOptions {
  @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "option.register")
  Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", descriptionKey = "option.encoding")
  Charset encoding;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.sheet")
  String sheet;

  @Option(names = "--members-include-probationary", paramLabel = "true|false", arity = "1",
      descriptionKey = "option.members-include-probationary")
  Boolean membersIncludeProbationary;
}
