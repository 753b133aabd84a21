package org.partyorg.rules.cli;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;

/**
 * One pass over a register into the coverage report, the obligations beside it, and the number
 * of distinct organisations not covered by some target (the report counts per target).
 */
record ReportRun(CoverageReport report, Obligations obligations, long uncoveredOrganisations) {
  /**
   * Assesses the register once and folds the results into all three.
   *
   * @param keep how many organisations not covered (per target) and rejected records to keep
   */
  static ReportRun over(Evaluator evaluator, LocalDate asOf, Stream<? extends Organisation> register, int keep,
      CoverageReport.Request request) {
    LongAdder distinct = new LongAdder();
    // the report calls the sink for one record's targets one after another on one thread:
    // a change of index on a thread is a new organisation
    ThreadLocal<long[]> last = ThreadLocal.withInitial(() -> new long[] {-1});
    CoverageReport.Request counting = request.keepAtMost(keep).onUncovered(uncovered -> {
      long[] previous = last.get();
      if (previous[0] != uncovered.index()) {
        previous[0] = uncovered.index();
        distinct.increment();
      }
    });
    return evaluator.assessAll(register, asOf)
        .collect(Collectors.teeing(counting.collector(), Obligations.collector(),
            (report, obligations) -> new ReportRun(report, obligations, distinct.sum())));
  }

  ReportRun withReport(CoverageReport accounted) {
    return new ReportRun(accounted, obligations, uncoveredOrganisations);
  }
}
