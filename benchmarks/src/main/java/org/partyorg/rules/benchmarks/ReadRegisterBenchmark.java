package org.partyorg.rules.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.io.CsvRowSource;
import org.partyorg.rules.io.MemberCount;
import org.partyorg.rules.io.RegisterCsv;
import org.partyorg.rules.io.RegisterRead;
import org.partyorg.rules.io.RegisterReader;
import org.partyorg.rules.io.SampleRegister;
import org.partyorg.rules.io.excel.XlsxRowSource;
import org.partyorg.rules.register.CoverageReport;

/**
 * Issue 12's figures: a register of {@link #rows} organisations (the sample generator's, seed
 * {@link SampleRegister#BUNDLED_SEED}) read from a file into a {@link CoverageReport} at
 * 2017-01-01, from CSV (UTF-8, FastCSV) and from Excel (.xlsx, streamed by fastexcel-reader; counts
 * and division codes as numbers, as clerks' workbooks have them); and the same files only read into
 * organisations, to show what reading costs against assessing. One whole file per operation, on
 * the calling thread (reading is sequential; the report folds as it reads). Rows per second =
 * rows ÷ seconds per operation. {@code ReadRegisterBenchmarkTest} runs the same calls on a small
 * register.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ReadRegisterBenchmark {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Param({"100000"})
  public int rows;

  private Evaluator evaluator;
  private RegisterReader reader;
  private Path dir;
  private Path csv;
  private Path xlsx;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    evaluator = Evaluator.discover();
    reader = RegisterReader.builder().memberCount(MemberCount.FORMAL_AND_PROBATIONARY).build();
    dir = Files.createTempDirectory("read-register-benchmark");
    csv = dir.resolve("register.csv");
    xlsx = dir.resolve("register.xlsx");
    writeFiles(rows, csv, xlsx);
  }

  /** The sample register of {@code rows} organisations as CSV and as a workbook. */
  static void writeFiles(int rows, Path csv, Path xlsx) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      SampleRegister.write(rows, SampleRegister.BUNDLED_SEED, out);
    }
    // Text as inline strings, as the figures in BENCHMARKS.md were measured; counts and division
    // codes as numbers and dates as dates, as clerks' workbooks have them.
    try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "partyorg-rules benchmarks", null)) {
      Worksheet sheet = workbook.newWorksheet("台账");
      List<String> header = RegisterCsv.header();
      for (int c = 0; c < header.size(); c++) {
        sheet.inlineString(0, c, header.get(c));
      }
      Iterator<Organisation> organisations = SampleRegister.organisations(rows, SampleRegister.BUNDLED_SEED).iterator();
      for (int r = 1; organisations.hasNext(); r++) {
        List<String> cells = RegisterCsv.row(organisations.next());
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          if (cell.isEmpty()) {
            continue;
          } else if (cell.length() < 10 && cell.chars().allMatch(Character::isDigit)) {
            sheet.value(r, c, Long.valueOf(cell));
          } else if (DAY.matcher(cell).matches()) {
            sheet.value(r, c, LocalDate.parse(cell));
            sheet.style(r, c).format("yyyy-mm-dd").set();
          } else {
            sheet.inlineString(r, c, cell);
          }
        }
        if (r % 1_000 == 0) {
          sheet.flush(); // streamed: the rows so far leave memory
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(csv);
    Files.deleteIfExists(xlsx);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public CoverageReport csvToReport() throws IOException {
    return report(reader, evaluator, CsvRowSource.open(csv));
  }

  @Benchmark
  public CoverageReport xlsxToReport() throws IOException {
    return report(reader, evaluator, XlsxRowSource.open(xlsx, Optional.empty()));
  }

  @Benchmark
  public long csvReadOnly() throws IOException {
    return count(reader, CsvRowSource.open(csv));
  }

  @Benchmark
  public long xlsxReadOnly() throws IOException {
    return count(reader, XlsxRowSource.open(xlsx, Optional.empty()));
  }

  static CoverageReport report(RegisterReader reader, Evaluator evaluator, org.partyorg.rules.io.RowSource source) throws IOException {
    try (RegisterRead read = reader.read(source)) {
      CoverageReport report = CoverageReport.of(evaluator, LocalDate.of(2017, 1, 1)).over(read.organisations());
      return read.accountFor(report);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static long count(RegisterReader reader, org.partyorg.rules.io.RowSource source) throws IOException {
    try (RegisterRead read = reader.read(source)) {
      return read.organisations().count();
    }
  }
}
