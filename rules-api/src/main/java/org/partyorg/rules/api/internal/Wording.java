package org.partyorg.rules.api.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Unit;

/**
 * How each kind of value is written in the texts people read, once for every template, in
 * Chinese as the documents write it and in plain English. The data (facts, JSON, labels) keeps
 * ISO dates and periods, codes and plain numbers; only the texts go through here.
 *
 * <ul>
 *   <li>dates: 2016年11月30日 / 30 November 2016;
 *   <li>periods: 2020年, 2020年上半年, 2020年第三季度, 2020年7月 / 2020, the first half of 2020,
 *       the third quarter of 2020, July 2020;
 *   <li>amounts, to the fen, with their unit: 186,500.00元 / 186,500.00 yuan;
 *   <li>counts: 12 / 12 (10,000 in English); the measure word (名、人、个、次) is the template's,
 *       since it depends on the noun;
 *   <li>rates: 70% (a share of 0.7 too);
 *   <li>codes: their Chinese or English name (an enum constant's from the model's names, a
 *       trait's or action's from the vocabulary); lists joined with 、 / "a, b and c";
 *   <li>yes/no: 是/否 / yes/no; unknown: 不详 / unknown.
 * </ul>
 *
 * <p>Thread-safe; no method depends on the default locale.
 */
public final class Wording {
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?");
  private static final String[] ZH_QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
  private static final String[] EN_QUARTERS = {"first", "second", "third", "fourth"};
  private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final boolean chinese;
  private final Function<Object, Optional<String[]>> names;

  /**
   * @param names the Chinese and English names of a code (an enum constant, a trait's or an
   *     action's code), empty where it has none
   */
  private Wording(boolean chinese, Function<Object, Optional<String[]>> names) {
    this.chinese = chinese;
    this.names = names;
  }

  public static Wording chinese(Function<Object, Optional<String[]>> names) {
    return new Wording(true, names);
  }

  public static Wording english(Function<Object, Optional<String[]>> names) {
    return new Wording(false, names);
  }

  public boolean isChinese() {
    return chinese;
  }

  /** The word for a value nobody reported: 不详 / unknown. */
  public String unknown() {
    return chinese ? "不详" : "unknown";
  }

  /** A value of {@code type} as its text's reader writes it; an absent value is {@link #unknown()}. */
  public String value(FactType type, Object value) {
    if (value == null) {
      return unknown();
    }
    FactKind kind = type == null ? null : type.getKind();
    if (kind == FactKind.AMOUNT && value instanceof BigDecimal amount) {
      return amount(amount);
    }
    if (kind == FactKind.RATE && value instanceof BigDecimal rate) {
      return rate(rate, type.getUnit());
    }
    if (kind == FactKind.PERIOD && value instanceof String period) {
      return period(period);
    }
    if (kind == FactKind.PERIOD_LIST && value instanceof Collection<?> periods) {
      return periods(List.copyOf(periods));
    }
    Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    if (kind == FactKind.CODE && value instanceof String code) {
      Optional<String> named = type.codeName(code, locale);
      if (named.isPresent()) {
        return named.get();
      }
    }
    if (kind == FactKind.CODE_LIST && value instanceof Collection<?> codes) {
      List<String> items = new ArrayList<>(codes.size());
      for (Object item : codes) {
        items.add(item instanceof String code ? type.codeName(code, locale).orElseGet(() -> periodAndName(code)) : any(item));
      }
      return list(items);
    }
    return any(value);
  }

  /** The number a choice chooses by: a count, an amount, the size of a list; {@code -1} when unknown. */
  public static double number(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Collection<?> list) {
      return list.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value instanceof Boolean flag) {
      return flag ? 1 : 0;
    }
    return value == null ? -1 : 1;
  }

  /** A value whose kind is not known: by its Java type. */
  public String any(Object value) {
    if (value instanceof LocalDate date) {
      return date(date);
    }
    if (value instanceof YearMonth month) {
      return period(month.toString());
    }
    if (value instanceof Integer || value instanceof Long) {
      return count(((Number) value).longValue());
    }
    if (value instanceof BigDecimal amount) {
      return Texts.plain(amount);
    }
    if (value instanceof Boolean flag) {
      return chinese ? (flag ? "是" : "否") : (flag ? "yes" : "no");
    }
    if (value instanceof Enum<?>) {
      return code(value);
    }
    if (value instanceof Collection<?> list) {
      List<String> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(item instanceof String code ? code(code) : any(item));
      }
      return list(items);
    }
    if (value instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>(map.size());
      map.forEach((k, v) -> items.add(any(k) + (chinese ? "：" : ": ") + any(v)));
      return String.join(chinese ? "；" : "; ", items);
    }
    if (value instanceof String text) {
      return names.apply(text).map(this::pick).orElseGet(() -> Texts.echo(text));
    }
    // a value that carries its names (a trait, an action, the library's own text): by its name
    return names.apply(value).map(this::pick).orElseGet(() -> Texts.echo(value));
  }

  /**
   * An item of a code list made of a period and a name ({@code 2018-H1 王勇}, a talk short in
   * that half-year) as 王勇（2018年上半年） / 王勇 (the first half of 2018); any other by {@link #code}.
   */
  private String periodAndName(String item) {
    int space = item.indexOf(' ');
    if (space > 0 && space < item.length() - 1 && PERIOD.matcher(item.substring(0, space)).matches()) {
      String when = period(item.substring(0, space));
      String who = Texts.echo(item.substring(space + 1));
      return chinese ? who + "（" + when + "）" : who + " (" + when + ")";
    }
    return code(item);
  }

  /** A code (an enum constant, a trait's or an action's code) by its name; its code where it has none. */
  public String code(Object code) {
    return names.apply(code).map(this::pick).orElseGet(() -> Texts.echo(code instanceof Enum<?> e ? e.name() : code));
  }

  private String pick(String[] zhEn) {
    return chinese ? zhEn[0] : zhEn[1];
  }

  /** 2016年11月30日 / 30 November 2016. */
  public String date(LocalDate date) {
    return chinese
        ? Texts.zhDate(date)
        : date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** A whole number: 12; 10,000 in English, 10000 in Chinese. */
  public String count(long count) {
    return chinese ? Long.toString(count) : grouped(Long.toString(count));
  }

  /** An amount to the fen with its unit: 186,500.00元 / 186,500.00 yuan. */
  public String amount(BigDecimal amount) {
    String digits = Texts.plain(amount.setScale(2, RoundingMode.HALF_UP));
    int point = digits.indexOf('.');
    String shown = point < 0 ? grouped(digits) : grouped(digits.substring(0, point)) + digits.substring(point);
    return shown + (chinese ? "元" : " yuan");
  }

  /** A rate as a percentage: 70% (a share of 0.7 too), without trailing zeros. */
  public String rate(BigDecimal rate, Unit unit) {
    BigDecimal percent = unit == Unit.SHARE ? rate.movePointRight(2) : rate;
    BigDecimal shown = percent.stripTrailingZeros();
    return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + "%";
  }

  /** 2020年上半年 / the first half of 2020, from the data's 2020-H1; other text as it stands. */
  public String period(String period) {
    Matcher m = PERIOD.matcher(period);
    if (!m.matches()) {
      return Texts.echo(period);
    }
    String year = m.group(1);
    String part = m.group(2);
    if (part == null) {
      return chinese ? year + "年" : year;
    }
    if (part.charAt(0) == 'H') {
      boolean first = part.charAt(1) == '1';
      return chinese ? year + "年" + (first ? "上半年" : "下半年") : "the " + (first ? "first" : "second") + " half of " + year;
    }
    if (part.charAt(0) == 'Q') {
      int q = part.charAt(1) - '1';
      return chinese ? year + "年" + ZH_QUARTERS[q] : "the " + EN_QUARTERS[q] + " quarter of " + year;
    }
    int month = Integer.parseInt(part);
    if (month < 1 || month > 12) {
      return Texts.echo(period);
    }
    return chinese ? year + "年" + month + "月" : EN_MONTHS[month - 1] + " " + year;
  }

  /**
   * Periods as a list, three or more that follow one another written as a span:
   * 2017年第一季度至2018年第四季度、2019年第二季度 / the first quarter of 2017 to the fourth
   * quarter of 2018 and the second quarter of 2019.
   */
  private String periods(List<?> periods) {
    List<String> items = new ArrayList<>(periods.size());
    int i = 0;
    while (i < periods.size()) {
      int end = i;
      while (end + 1 < periods.size() && follows(periods.get(end), periods.get(end + 1))) {
        end++;
      }
      if (end - i >= 2) {
        items.add(shownPeriod(periods.get(i)) + (chinese ? "至" : " to ") + shownPeriod(periods.get(end)));
      } else {
        for (int k = i; k <= end; k++) {
          items.add(shownPeriod(periods.get(k)));
        }
      }
      i = end + 1;
    }
    return list(items);
  }

  private String shownPeriod(Object period) {
    return period instanceof String p ? period(p) : any(period);
  }

  /** Whether {@code next} is the period right after {@code period}, of the same length. */
  private static boolean follows(Object period, Object next) {
    int[] a = ordinal(period);
    int[] b = ordinal(next);
    return a != null && b != null && a[0] == b[0] && b[1] == a[1] + 1;
  }

  /** A period as its length (1 year, 2 half, 4 quarter, 12 month) and its count from year 0. */
  private static int[] ordinal(Object period) {
    if (!(period instanceof String text)) {
      return null;
    }
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    if (part == null) {
      return new int[] {1, year};
    }
    char c = part.charAt(0);
    if (c == 'H') {
      return new int[] {2, year * 2 + part.charAt(1) - '1'};
    }
    if (c == 'Q') {
      return new int[] {4, year * 4 + part.charAt(1) - '1'};
    }
    int month = Integer.parseInt(part);
    return month < 1 || month > 12 ? null : new int[] {12, year * 12 + month - 1};
  }

  /**
   * Items as a list: 甲、乙、丙 / a, b and c. Where an item holds the separator itself
   * (党费收缴、使用、管理制度; rules for collecting, using and managing dues), the items are
   * joined with the stronger one, as a careful writer does: 甲；乙；丙 / a; b; and c.
   */
  public String list(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    if (chinese) {
      boolean nested = items.stream().anyMatch(item -> item.contains("、"));
      return String.join(nested ? "；" : "、", items);
    }
    // two items joined with "and" cannot be misread, whatever commas they hold
    boolean nested = items.size() > 2 && items.stream().anyMatch(item -> item.contains(","));
    String last = items.get(items.size() - 1);
    if (!nested) {
      return String.join(", ", items.subList(0, items.size() - 1)) + " and " + last;
    }
    return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + last;
  }

  private static String grouped(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    StringBuilder out = new StringBuilder(digits);
    for (int i = digits.length() - 3; i > start; i -= 3) {
      out.insert(i, ',');
    }
    return out.toString();
  }
}
