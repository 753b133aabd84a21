package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar periods a frequency rule counts in ("每年", "每半年", "每季度", "每月"): calendar
 * years, half-years (January–June, July–December), quarters and months, never rolling windows.
 * A period is labelled in the data as {@code 2021}, {@code 2021-H2}, {@code 2021-Q3} or
 * {@code 2021-07}; the texts word it (2021年第三季度) from a fact of one period.
 */
enum PeriodUnit {
  YEAR(12),
  HALF_YEAR(6),
  QUARTER(3),
  MONTH(1);

  private final int months;

  PeriodUnit(int months) {
    this.months = months;
  }

  /** The first day of the period that contains {@code day}. */
  LocalDate startOf(LocalDate day) {
    int month = (day.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(day.getYear(), month, 1);
  }

  /** The last day of the period that starts on {@code start}. */
  LocalDate endOf(LocalDate start) {
    return start.plusMonths(months).minusDays(1);
  }

  /** {@code 2021}, {@code 2021-H2}, {@code 2021-Q3} or {@code 2021-07}. */
  String label(LocalDate start) {
    int index = (start.getMonthValue() - 1) / months + 1;
    switch (this) {
      case YEAR:
        return String.valueOf(start.getYear());
      case HALF_YEAR:
        return start.getYear() + "-H" + index;
      case QUARTER:
        return start.getYear() + "-Q" + index;
      default:
        // a label is data: ASCII digits whatever the default locale
        return start.getYear() + (start.getMonthValue() < 10 ? "-0" : "-") + start.getMonthValue();
    }
  }

  /** The starts of the periods lying wholly inside {@code [from, to]}, in order; none if {@code to < from}. */
  List<LocalDate> periodsWithin(LocalDate from, LocalDate to) {
    List<LocalDate> starts = new ArrayList<>();
    LocalDate start = startOf(from);
    if (start.isBefore(from)) {
      start = start.plusMonths(months);
    }
    while (!endOf(start).isAfter(to)) {
      starts.add(start);
      start = start.plusMonths(months);
    }
    return starts;
  }
}
