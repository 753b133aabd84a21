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

  /** An open register: read its organisations once, then its bad rows; close it after. */
  interface Opened extends AutoCloseable {
    /** What messages call it: the file name. */
    String name();

    /** The organisations of the rows that could be read, lazily, in file order. */
    Stream<Organisation> organisations();

    /** The rows that could not be read, each with its line, column and reason, once the stream is consumed. */
    List<String> badRows(Lang lang);

    /** The file line of the {@code index}-th organisation read. */
    long rowOf(long index);

    /** The report with the rows rejected on reading added, so it accounts for every row of the file. */
    CoverageReport accountFor(CoverageReport report);

    /** An evaluator's rejection of one of the organisations read, located in the file: line, column, value, reason. */
    List<String> rejectionOf(org.partyorg.rules.core.AssessmentResult result, Lang lang);

    @Override
    void close();
  }

  /** A CSV or Excel register, read by rules-io's {@link RegisterReader}. */
  private static final class CsvOpened implements Opened {
    private final RegisterRead read;

    private CsvOpened(RegisterRead read) {
      this.read = read;
    }

    @Override
    public String name() {
      return read.name();
    }

    @Override
    public Stream<Organisation> organisations() {
      return read.organisations();
    }

    @Override
    public List<String> badRows(Lang lang) {
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

    @Override
    public long rowOf(long index) {
      return read.rowOf(index);
    }

    @Override
    public CoverageReport accountFor(CoverageReport report) {
      return read.accountFor(report);
    }

    @Override
    public List<String> rejectionOf(org.partyorg.rules.core.AssessmentResult result, Lang lang) {
      return read.problemsOf(result).stream().map(p -> lang.pick(p.messageZh(), p.messageEn())).toList();
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

  /** A register in JSON Lines, one organisation of rules-io's JSON format a line. */
  private static final class JsonLinesOpened implements Opened {
    private static final int KEEP = 100;
    private final String name;
    private final java.io.Reader reader;
    private final List<String> problemsZh = new ArrayList<>();
    private final List<String> problemsEn = new ArrayList<>();
    // index of an accepted line -> (line - index), recorded where the difference changes
    private final java.util.concurrent.ConcurrentSkipListMap<Long, Long> offsets = new java.util.concurrent.ConcurrentSkipListMap<>();
    private long accepted;
    private long rejected;
    private long lastOffset = Long.MIN_VALUE;

    private JsonLinesOpened(String name, java.io.Reader reader) {
      this.name = name;
      this.reader = reader;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Stream<Organisation> organisations() {
      org.partyorg.rules.io.json.JsonFormat format = org.partyorg.rules.io.json.JsonFormat.create();
      return org.partyorg.rules.io.json.JsonLines.read(reader, format).<Organisation>mapMulti((line, sink) -> {
        if (line.isRejected()) {
          rejected++;
          if (problemsZh.size() < KEEP) {
            for (org.partyorg.rules.io.json.JsonProblem problem : line.problems()) {
              String where = problem.pointer().isEmpty() ? "/" : problem.pointer();
              String value = problem.value().map(v -> " " + CliError.quote(v)).orElse("");
              problemsZh.add(name + "第" + line.line() + "行，" + where + value + "：" + problem.messageZh());
              problemsEn.add(name + ", line " + line.line() + ", " + where + value + ": " + problem.messageEn());
            }
          }
          return;
        }
        long offset = line.line() - accepted;
        if (offset != lastOffset) {
          offsets.put(accepted, offset);
          lastOffset = offset;
        }
        accepted++;
        sink.accept(line.organisation().orElseThrow());
      });
    }

    @Override
    public List<String> badRows(Lang lang) {
      List<String> lines = new ArrayList<>(lang == Lang.zh ? problemsZh : problemsEn);
      if (rejected > 0 && lines.isEmpty()) {
        lines.add(lang.pick(rejected + "行未读入。", rejected + " lines not read."));
      }
      return lines;
    }

    @Override
    public long rowOf(long index) {
      var entry = offsets.floorEntry(index);
      return entry == null ? index + 1 : index + entry.getValue();
    }

    @Override
    public CoverageReport accountFor(CoverageReport report) {
      return report.withRejectedOnRead(rejected);
    }

    @Override
    public List<String> rejectionOf(org.partyorg.rules.core.AssessmentResult result, Lang lang) {
      long line = rowOf(result.getIndex());
      return result.getRejections().stream().map(v -> lang.pick(
          name + "第" + line + "行，" + v.getField() + v.getValue().map(x -> " " + CliError.quote(x)).orElse("") + "：" + v.getMessageZh(),
          name + ", line " + line + ", " + v.getField() + v.getValue().map(x -> " " + CliError.quote(x)).orElse("") + ": "
              + v.getMessageEn())).toList();
    }

    @Override
    public void close() {
      try {
        reader.close();
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
    if (lower.endsWith(".xls")) {
      throw new CliError(ExitCodes.INPUT, "不能读取旧版 Excel 文件" + shown + "；请另存为 .xlsx 或 CSV（UTF-8）。",
          "Old Excel files cannot be read (" + shown + "); save it as .xlsx or CSV (UTF-8).");
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      try {
        java.nio.charset.CharsetDecoder strict = options.encoding.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        return new JsonLinesOpened(file.getFileName().toString(),
            new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), strict)));
      } catch (IOException e) {
        throw new CliError(ExitCodes.INPUT, "无法读取台账文件" + shown + "：" + e.getMessage(),
            "Cannot read the register " + shown + ": " + e.getMessage(), e);
      }
    }
    RegisterReader.Builder builder = RegisterReader.builder();
    if (options.membersIncludeProbationary != null) {
      builder.memberCount(options.membersIncludeProbationary ? MemberCount.FORMAL_AND_PROBATIONARY : MemberCount.FORMAL_ONLY);
    }
    try {
      org.partyorg.rules.io.RowSource source = lower.endsWith(".xlsx")
          ? org.partyorg.rules.io.excel.XlsxRowSource.open(file, java.util.Optional.ofNullable(options.sheet))
          : CsvRowSource.open(file, options.encoding);
      return new CsvOpened(builder.build().read(source));
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
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new CliError(ExitCodes.INPUT, "台账文件不是" + options.encoding.name() + "编码"
            + (options.encoding.equals(StandardCharsets.UTF_8) ? "；如文件由中文电子表格软件另存，请加 --encoding GB18030。" : "。"),
            "The register is not in " + options.encoding.name()
                + (options.encoding.equals(StandardCharsets.UTF_8) ? "; if a Chinese spreadsheet program saved it, add --encoding GB18030." : "."),
            e);
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
