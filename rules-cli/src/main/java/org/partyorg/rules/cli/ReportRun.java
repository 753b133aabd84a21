package org.partyorg.rules.cli;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;

/** One pass over a register into the coverage report and the obligations beside it. */
record ReportRun(CoverageReport report, Obligations obligations) {
  /**
   * Assesses the register once and folds the results into both.
   *
   * @param keep how many organisations not covered (per target) and rejected records to keep
   */
  static ReportRun over(Evaluator evaluator, LocalDate asOf, Stream<? extends Organisation> register, int keep,
      CoverageReport.Request request) {
    return evaluator.assessAll(register, asOf)
        .collect(Collectors.teeing(request.keepAtMost(keep).collector(), Obligations.collector(), ReportRun::new));
  }
}
