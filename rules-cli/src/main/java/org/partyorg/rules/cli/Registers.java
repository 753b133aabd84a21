package org.partyorg.rules.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.Organisation;

/** Opens a register file for the commands: the organisations as a stream, and the rows that could not be read. */
final class Registers {
  private Registers() {}

  /** An open register: read its organisations once, then its bad rows; close it after. */
  interface Opened extends AutoCloseable {
    /** What messages call it: the file name. */
    String name();

    /** The organisations of the rows that could be read, lazily, in file order. */
    Stream<Organisation> organisations();

    /** The rows that could not be read, each with its line, column and reason, once the stream is consumed. */
    List<String> badRows(Lang lang);

    @Override
    void close();
  }

  static Opened open(RegisterOptions options) {
    if (!Files.isRegularFile(options.file)) {
      throw new CliError(ExitCodes.INPUT, "找不到台账文件 " + CliError.quote(options.file.toString()) + "。",
          "The register file " + CliError.quote(options.file.toString()) + " does not exist.");
    }
    throw new CliError(ExitCodes.INPUT, "尚不能读取台账文件。", "Register files cannot be read yet.");
  }
}
