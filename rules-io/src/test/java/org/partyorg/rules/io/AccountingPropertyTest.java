package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.Shrinkable;

/**
 * Over generated registers with random bad cells: every row is accounted for, once — read =
 * assessed + excluded + rejected on reading + rejected by the evaluator — and exactly the rows
 * spoiled are rejected, each where it was spoiled.
 */
class AccountingPropertyTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();

  /** A sample register's seed and size, and the spoiling's seed. */
  record Case(long seed, int size, long spoil) {}

  static final Gen<Case> CASES = random -> Shrinkable.unshrinkable(new Case(random.nextLong(), 1 + random.nextInt(60), random.nextLong()));

  @Test
  void everyRowIsAccountedForOnce() {
    Property.forAll(CASES).tries(40).check(c -> {
      try {
        check(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void check(Case c) throws IOException {
    StringWriter out = new StringWriter();
    SampleRegister.write(c.size(), c.seed(), out);
    List<String> lines = new ArrayList<>(List.of(out.toString().split("\r\n")));
    List<String> header = List.of(lines.get(0).split(",", -1));
    SplittableRandom random = new SplittableRandom(c.spoil());
    Set<Long> spoiledOnRead = new TreeSet<>();
    Set<Long> spoiledForEvaluator = new TreeSet<>();
    for (int i = 1; i < lines.size(); i++) {
      if (random.nextInt(4) != 0) {
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(lines.get(i).split(",", -1)));
      long line = i + 1;
      switch (random.nextInt(6)) {
        case 0 -> cells.set(header.indexOf("从业人数"), "十二");
        case 1 -> cells.set(header.indexOf("成立时间"), "2016-13-40");
        case 2 -> cells.set(header.indexOf("单位类别"), "外星企业");
        case 3 -> cells.add("多余");
        case 4 -> cells.set(header.indexOf("所在地区"), "");
        default -> {
          String code = cells.get(0);
          cells.set(0, code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0')); // wrong check character
          spoiledForEvaluator.add(line);
          lines.set(i, String.join(",", cells));
          continue;
        }
      }
      spoiledOnRead.add(line);
      lines.set(i, String.join(",", cells));
    }
    Set<Long> rejectedByEvaluator = new TreeSet<>();
    try (RegisterRead read = RegisterReader.create().read(CsvRowSource.of(new StringReader(String.join("\n", lines) + "\n"), "r.csv"))) {
      CoverageReport report = CoverageReport.of(EVALUATOR, LocalDate.of(2017, 1, 1))
          .onRejected(r -> read.problemsOf(r).forEach(p -> rejectedByEvaluator.add(p.row())))
          .over(read.organisations());
      report = read.accountFor(report);
      ReadSummary summary = read.summary();
      assertEquals(c.size(), summary.rows());
      assertEquals(summary.rows(), summary.accepted() + summary.rejected());
      assertEquals(c.size(), report.read());
      assertEquals(report.read(), report.assessed() + report.excluded() + report.rejected());
      assertEquals(spoiledOnRead.size(), report.rejectedOnRead());
      assertEquals(spoiledOnRead, summary.problems().stream().map(RowProblem::row).collect(Collectors.toCollection(TreeSet::new)));
      assertEquals(spoiledForEvaluator, rejectedByEvaluator);
      assertEquals(spoiledOnRead.size() + spoiledForEvaluator.size(), report.rejected());
    }
  }
}
