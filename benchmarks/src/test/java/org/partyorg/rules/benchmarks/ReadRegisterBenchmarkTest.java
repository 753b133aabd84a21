package org.partyorg.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.io.CsvRowSource;
import org.partyorg.rules.io.MemberCount;
import org.partyorg.rules.io.RegisterReader;
import org.partyorg.rules.io.excel.XlsxRowSource;
import org.partyorg.rules.register.CoverageReport;

/** The benchmark's calls on a small register: CSV and Excel give the same report, every row accounted for. */
class ReadRegisterBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void csvAndExcelGiveTheSameReport() throws IOException {
    Path csv = dir.resolve("r.csv");
    Path xlsx = dir.resolve("r.xlsx");
    ReadRegisterBenchmark.writeFiles(500, csv, xlsx);
    RegisterReader reader = RegisterReader.builder().memberCount(MemberCount.FORMAL_AND_PROBATIONARY).build();
    Evaluator evaluator = Evaluator.discover();
    CoverageReport fromCsv = ReadRegisterBenchmark.report(reader, evaluator, CsvRowSource.open(csv));
    CoverageReport fromXlsx = ReadRegisterBenchmark.report(reader, evaluator, XlsxRowSource.open(xlsx, Optional.empty()));
    assertEquals(500, fromCsv.read());
    assertEquals(0, fromCsv.rejected());
    assertEquals(fromCsv, fromXlsx);
    assertEquals(500, ReadRegisterBenchmark.count(reader, XlsxRowSource.open(xlsx, Optional.empty())));
  }
}
