package org.partyorg.rules.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a register comes from and how to read it. */
final class RegisterOptions {
  @Parameters(index = "0", paramLabel = "REGISTER",
      description = "台账文件：CSV（表头可用中文列名）或 Excel (.xlsx) the register: CSV (Chinese headers accepted) or Excel (.xlsx)")
  Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "CSV 的字符编码，默认 UTF-8；中文电子表格软件另存的文件用 GB18030 "
          + "the CSV's encoding, UTF-8 by default; GB18030 for files saved by Chinese spreadsheet software")
  Charset encoding;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "Excel 工作表名称，默认第一个 the Excel sheet, the first by default")
  String sheet;

  @Option(names = "--members-include-probationary", paramLabel = "true|false", arity = "1",
      description = "台账只有一个党员数时，是否含预备党员 where the register gives one member count: "
          + "whether it includes probationary members")
  Boolean membersIncludeProbationary;
}
