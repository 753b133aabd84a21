package org.partyorg.rules.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language of the tool's texts ({@code --lang zh|en}). Chinese is the default: the clerks
 * who read the reports read Chinese first. Dates and numbers are formatted here, never with the
 * default locale.
 */
enum Lang {
  zh(Locale.CHINESE),
  en(Locale.ENGLISH);

  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The text in this language. */
  String pick(String chinese, String english) {
    return this == zh ? chinese : english;
  }

  /** 2016年11月30日 or 30 November 2016. */
  String date(LocalDate date) {
    return this == zh ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : EN_DATE.format(date);
  }

  /** 2016年11月 or November 2016. */
  String month(YearMonth month) {
    return this == zh ? month.getYear() + "年" + month.getMonthValue() + "月" : EN_MONTH.format(month);
  }

  /** An outcome as a clerk reads it. */
  String outcome(org.partyorg.rules.api.Outcome outcome) {
    return CliTexts.text(this, switch (outcome) {
      case SATISFIED -> "outcome.satisfied";
      case VIOLATED -> "outcome.violated";
      case ADVISORY -> "outcome.advisory";
      case UNDECIDED -> "outcome.undecided";
    });
  }

  /** A target's verdict as a clerk reads it. */
  String verdict(org.partyorg.rules.register.Verdict verdict) {
    return CliTexts.text(this, switch (verdict) {
      case MET -> "verdict.met";
      case NOT_MET -> "verdict.not-met";
      case UNDECIDED -> "verdict.undecided";
    });
  }

  /** A count: 12000 in Chinese, 12,000 in English (docs/STYLE.md). */
  String count(long n) {
    return this == zh ? Long.toString(n) : String.format(Locale.ROOT, "%,d", n);
  }
}
