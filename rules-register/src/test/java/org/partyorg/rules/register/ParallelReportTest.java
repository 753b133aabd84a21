package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.register.Registers.AS_OF;
import static org.partyorg.rules.register.Registers.EVALUATOR;
import static org.partyorg.rules.register.Registers.LIAONING;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;

/**
 * What must hold for any register: a parallel stream gives the sequential report, every record is
 * accounted for, and the breakdowns add up to the totals.
 */
class ParallelReportTest {
  private static final int RECORDS = 3000;

  private static List<Organisation> register(long seed) {
    Gen<Organisation> valid = OrganisationGen.builder().divisionPrefixes("4201", "4205", "42", "21", "43").build();
    Gen<Organisation> invalid = InvalidOrganisationGen.oneFieldBroken(valid).map(broken -> broken.organisation());
    SplittableRandom random = new SplittableRandom(seed);
    List<Organisation> register = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      int roll = random.nextInt(100);
      register.add(roll == 0 ? null : roll < 5 ? invalid.sample(random) : valid.sample(random));
    }
    return register;
  }

  @Test
  void aParallelStreamGivesTheSequentialReport() {
    for (long seed : new long[] {1, 2, 3}) {
      List<Organisation> register = register(seed);
      CoverageReport.Request request = CoverageReport.of(EVALUATOR, AS_OF).keepAtMost(7)
          .baseline(LIAONING, "jointOrganisationGrowth", 3);
      CoverageReport sequential = request.over(register.stream());
      CoverageReport parallel = request.over(register.parallelStream());
      assertEquals(sequential, parallel, "seed " + seed);
      assertEquals(sequential.summary(java.util.Locale.CHINESE), parallel.summary(java.util.Locale.CHINESE));
      assertTrue(sequential.rejected() > 0 && sequential.assessed() > 0 && sequential.excluded() > 0,
          "seed " + seed + " meets every kind of record: " + sequential);
    }
  }

  @Test
  void everyRecordIsAccountedForAndTheBreakdownsAddUp() {
    for (long seed : new long[] {4, 5}) {
      List<Organisation> register = register(seed);
      AtomicLong sunk = new AtomicLong();
      AtomicLong rejectedSunk = new AtomicLong();
      CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).keepAtMost(5)
          .onUncovered(u -> sunk.incrementAndGet()).onRejected(r -> rejectedSunk.incrementAndGet())
          .over(register.parallelStream());
      assertEquals(RECORDS, report.read());
      assertEquals(report.read(), report.assessed() + report.excluded() + report.rejected());
      assertEquals(report.rejected(), rejectedSunk.get());
      assertTrue(report.rejectedRecords().size() <= 5);
      long uncovered = 0;
      for (TargetCoverage coverage : report.targets()) {
        Figures total = coverage.total();
        long byCategory = coverage.byCategory().values().stream().mapToLong(Figures::base).sum();
        assertEquals(total.base(), byCategory, coverage.toString());
        long undecidedByCategory = coverage.byCategory().values().stream().mapToLong(Figures::undecided).sum();
        assertEquals(total.undecided(), undecidedByCategory, coverage.toString());
        for (Division.Level level : Division.Level.values()) {
          long byDivision = coverage.byDivision().entrySet().stream().filter(e -> e.getKey().level() == level)
              .mapToLong(e -> e.getValue().covered()).sum();
          assertEquals(total.covered(), byDivision, coverage + " at " + level);
        }
        assertTrue(coverage.uncovered().size() <= 5);
        if (coverage.target().getRate().isPresent()) {
          assertEquals(total.uncovered(), coverage.uncoveredCount(), coverage.toString());
          // met with nothing undecided exactly when nothing is short
          if (total.undecided() == 0) {
            assertEquals(coverage.verdict() == Verdict.MET, total.shortfall().orElseThrow() == 0, coverage.toString());
          }
        }
        uncovered += coverage.uncoveredCount();
      }
      assertEquals(uncovered, sunk.get());
    }
  }
}
