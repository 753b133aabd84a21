package org.partyorg.rules.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.core.AssessmentResult;

/**
 * What a register owes, beside the coverage report: the violated findings' required actions
 * counted by action, and their deadlines by month, each split into overdue on the as-of date and
 * still in time. A finding with two actions counts once under each. Built by one pass over the
 * assessment results ({@link #collector()}); the result is immutable.
 */
final class Obligations {
  /** Overdue and in-time counts of one action or month. */
  record Split(long overdue, long inTime) {
    long total() {
      return overdue + inTime;
    }

    Split plus(Split other) {
      return new Split(overdue + other.overdue, inTime + other.inTime);
    }
  }

  private final Map<RequiredAction, Split> byAction;
  private final SortedMap<YearMonth, Split> byMonth;

  private Obligations(Map<RequiredAction, Split> byAction, SortedMap<YearMonth, Split> byMonth) {
    this.byAction = byAction;
    this.byMonth = byMonth;
  }

  /** By action, the most frequent first (ties by code, so the order never depends on the register's order). */
  Map<RequiredAction, Split> byAction() {
    return byAction;
  }

  /** By month of the deadline, earliest first. */
  SortedMap<YearMonth, Split> byMonth() {
    return byMonth;
  }

  static Collector<AssessmentResult, ?, Obligations> collector() {
    return Collector.of(Acc::new, Acc::accept, Acc::combine, Acc::finish);
  }

  private static final class Acc {
    final Map<RequiredAction, Split> actions = new LinkedHashMap<>();
    final Map<YearMonth, Split> months = new TreeMap<>();

    void accept(AssessmentResult result) {
      if (result.getAssessment().isEmpty()) {
        return;
      }
      for (Finding finding : result.getAssessment().get().getFindings()) {
        if (finding.getOutcome() != Outcome.VIOLATED) {
          continue;
        }
        Split one = finding.isOverdue() ? new Split(1, 0) : new Split(0, 1);
        for (RequiredAction action : finding.getRequiredActions()) {
          actions.merge(action, one, Split::plus);
        }
        if (finding.getDeadline().isPresent()) {
          LocalDate deadline = finding.getDeadline().get();
          months.merge(YearMonth.from(deadline), one, Split::plus);
        }
      }
    }

    Acc combine(Acc other) {
      other.actions.forEach((k, v) -> actions.merge(k, v, Split::plus));
      other.months.forEach((k, v) -> months.merge(k, v, Split::plus));
      return this;
    }

    Obligations finish() {
      Map<RequiredAction, Split> sorted = new LinkedHashMap<>();
      actions.entrySet().stream()
          .sorted((a, b) -> a.getValue().total() != b.getValue().total()
              ? Long.compare(b.getValue().total(), a.getValue().total())
              : a.getKey().code().compareTo(b.getKey().code()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return new Obligations(Collections.unmodifiableMap(sorted), Collections.unmodifiableSortedMap(new TreeMap<>(months)));
    }
  }
}
