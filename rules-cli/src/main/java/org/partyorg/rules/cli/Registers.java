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
        lines.add(CliTexts.text(lang, "rows.more-problems", "count", summary.problemCount() - summary.problems().size()));
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
              problemsZh.add(located(Lang.zh, line.line(), where, problem.value(), problem.messageZh()));
              problemsEn.add(located(Lang.en, line.line(), where, problem.value(), problem.messageEn()));
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
        lines.add(CliTexts.text(lang, "rows.lines-not-read", "count", rejected));
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
      return result.getRejections().stream()
          .map(v -> located(lang, line, lang.pick(v.getFieldNameZh(), v.getFieldNameEn()), v.getValue().map(Object::toString), lang.pick(v.getMessageZh(), v.getMessageEn())))
          .toList();
    }

    /** One problem located in the file: its line, the member or field, the value (when there is one) and why. */
    private String located(Lang lang, long line, String field, java.util.Optional<String> value, String reason) {
      return value.isPresent()
          ? CliTexts.text(lang, "problem.line-value", "file", name, "line", Long.toString(line), "field", field,
              "value", value.get(), "reason", new CliTexts.Verbatim(reason))
          : CliTexts.text(lang, "problem.line", "file", name, "line", Long.toString(line), "field", field,
              "reason", new CliTexts.Verbatim(reason));
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
    String shown = file.toString();
    if (!Files.exists(file)) {
      throw new CliError(ExitCodes.INPUT, CliTexts.both("error.register-missing", "file", shown));
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CliError(ExitCodes.INPUT, CliTexts.both("error.register-not-readable", "file", shown));
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw new CliError(ExitCodes.INPUT, CliTexts.both("error.register-old-excel", "file", shown));
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      try {
        java.nio.charset.CharsetDecoder strict = options.encoding.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        return new JsonLinesOpened(file.getFileName().toString(),
            new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), strict)));
      } catch (IOException e) {
        throw new CliError(ExitCodes.INPUT, CliTexts.withReason("error.register-unreadable", e, "file", shown), e);
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
      throw new CliError(ExitCodes.INPUT, CliTexts.withReason("error.register-unreadable", e, "file", shown), e);
    }
  }

  /** What a command made of a register's organisations, with the file's name and the rows that could not be read. */
  record Read<T>(String name, T result, List<String> badRows) {}

  /**
   * Opens the register, runs {@code body} once over its organisations (counted on a progress bar
   * labelled {@code task}) and closes it; a file that cannot be read, or breaks off, is a CliError.
   */
  static <T> Read<T> read(RegisterOptions options, Common common, String task,
      java.util.function.BiFunction<Opened, Stream<Organisation>, T> body) {
    try (Opened opened = open(options);
        Progress progress = Progress.start(common.lang, task, !common.noProgress)) {
      T result = reading(options, () -> body.apply(opened, opened.organisations().peek(o -> progress.step())));
      return new Read<>(opened.name(), result, opened.badRows(common.lang));
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
        CliTexts.Text text = CliTexts.both("error.register-encoding", "encoding", options.encoding.name());
        throw new CliError(ExitCodes.INPUT,
            options.encoding.equals(StandardCharsets.UTF_8) ? text.then(CliTexts.both("hint.gb18030")) : text, e);
      }
      throw new CliError(ExitCodes.INPUT, CliTexts.withReason("error.register-read-failed", e), e);
    }
  }

  private static CliError formatError(RegisterFormatException e, RegisterOptions options) {
    CliTexts.Text text = new CliTexts.Text(e.messageZh(), e.messageEn());
    // the reader suggests GB18030 itself; say it as an option of this tool when UTF-8 was used
    if (options.encoding.equals(StandardCharsets.UTF_8) && !text.zh().contains("--encoding")) {
      text = text.then(CliTexts.both("hint.gb18030"));
    }
    return new CliError(ExitCodes.INPUT, text, e);
  }
}
