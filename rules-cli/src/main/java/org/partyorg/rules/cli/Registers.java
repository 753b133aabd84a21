package org.partyorg.rules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.io.CsvRowSource;
import org.partyorg.rules.io.MemberCount;
import org.partyorg.rules.io.ReadSummary;
import org.partyorg.rules.io.RegisterFormatException;
import org.partyorg.rules.io.RegisterRead;
import org.partyorg.rules.io.RegisterReader;
import org.partyorg.rules.io.RowProblem;
import org.partyorg.rules.register.CoverageReport;

/**
 * Opens a register file for the commands through rules-io's {@link RegisterReader}: the
 * organisations as a stream, the rows that could not be read with their line, column and reason.
 * Every way a file can fail to read — missing, a directory, bytes not in the encoding, a header
 * without a required column — becomes a {@link CliError} with exit code 3 and no stack trace.
 */
final class Registers {
  private Registers() {}

  /** An open register: read its organisations once, then its summary; close it after. */
  static final class Opened implements AutoCloseable {
    private final RegisterRead read;

    private Opened(RegisterRead read) {
      this.read = read;
    }

    /** What messages call it: the file name. */
    String name() {
      return read.name();
    }

    /** The organisations of the rows that could be read, lazily, in file order; a file that breaks off is a CliError. */
    Stream<Organisation> organisations() {
      return read.organisations();
    }

    /** The summary of the rows read: counts, warnings and the first problems. */
    ReadSummary summary() {
      return read.summary();
    }

    /** The rows that could not be read, each with its line, column and reason, once the stream is consumed. */
    List<String> badRows(Lang lang) {
      List<String> lines = new ArrayList<>();
      ReadSummary summary = read.summary();
      for (ReadSummary.Warning warning : summary.warnings()) {
        lines.add(lang.pick(warning.zh(), warning.en()));
      }
      for (RowProblem problem : summary.problems()) {
        lines.add(lang.pick(problem.messageZh(), problem.messageEn()));
      }
      if (summary.problemCount() > summary.problems().size()) {
        lines.add(lang.pick("另有" + (summary.problemCount() - summary.problems().size()) + "处问题未列出。",
            (summary.problemCount() - summary.problems().size()) + " more problems not listed."));
      }
      return lines;
    }

    /** The file line of the {@code index}-th organisation read. */
    long rowOf(long index) {
      return read.rowOf(index);
    }

    /** Rows rejected on reading. */
    long rejectedRows() {
      return read.summary().rejected();
    }

    /** The report with the rows rejected on reading added, so it accounts for every row of the file. */
    CoverageReport accountFor(CoverageReport report) {
      return read.accountFor(report);
    }

    @Override
    public void close() {
      try {
        read.close();
      } catch (IOException e) {
        // closing a file we only read: nothing was lost
      }
    }
  }

  static Opened open(RegisterOptions options) {
    Path file = options.file;
    String shown = CliError.quote(file.toString());
    if (!Files.exists(file)) {
      throw new CliError(ExitCodes.INPUT, "找不到台账文件" + shown + "。", "The register file " + shown + " does not exist.");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CliError(ExitCodes.INPUT, "台账文件" + shown + "不是可读的文件。", "The register " + shown + " is not a readable file.");
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
      throw new CliError(ExitCodes.INPUT, "此版本尚不能读取 Excel 文件" + shown + "；请另存为 CSV（UTF-8）。",
          "This build cannot read Excel files yet (" + shown + "); save it as CSV (UTF-8).");
    }
    RegisterReader.Builder builder = RegisterReader.builder();
    if (options.membersIncludeProbationary != null) {
      builder.memberCount(options.membersIncludeProbationary ? MemberCount.FORMAL_AND_PROBATIONARY : MemberCount.FORMAL_ONLY);
    }
    try {
      return new Opened(builder.build().read(CsvRowSource.open(file, options.encoding)));
    } catch (RegisterFormatException e) {
      throw formatError(e, options);
    } catch (IOException e) {
      throw new CliError(ExitCodes.INPUT, "无法读取台账文件" + shown + "：" + e.getMessage(),
          "Cannot read the register " + shown + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code body} over an open register, turning a file that breaks off while streaming into a CliError. */
  static <T> T reading(RegisterOptions options, java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof RegisterFormatException format) {
        throw formatError(format, options);
      }
      throw new CliError(ExitCodes.INPUT, "读取台账时出错：" + e.getCause().getMessage(),
          "Reading the register failed: " + e.getCause().getMessage(), e);
    }
  }

  private static CliError formatError(RegisterFormatException e, RegisterOptions options) {
    String zh = e.messageZh();
    String en = e.messageEn();
    // the reader suggests GB18030 itself; say it as an option of this tool when UTF-8 was used
    if (options.encoding.equals(StandardCharsets.UTF_8) && !zh.contains("--encoding")) {
      zh = zh + "（如文件由中文电子表格软件另存，请加 --encoding GB18030。）";
      en = en + " (If a Chinese spreadsheet program saved the file, add --encoding GB18030.)";
    }
    return new CliError(ExitCodes.INPUT, zh, en, e);
  }
}
