package org.partyorg.rules.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ranges every value of the model must lie in, checked by the validator of
 * {@code rules-core} wherever a record enters (each breach is a violation naming the field, the
 * value and the range, in Chinese and English). They are wide enough for any real register and
 * narrow enough that no rule's arithmetic can overflow or run long on them.
 *
 * <table>
 *   <caption>Ranges of the model, with the violation each breach gives (the field's name and the
 *   value filled in)</caption>
 *   <tr><th>values</th><th>range</th><th>constraint</th><th>violation, zh / en</th></tr>
 *   <tr><td>every date (founding, term start, period, event, sanction)</td>
 *       <td>{@value #EARLIEST_DATE_TEXT} to {@value #LATEST_DATE_TEXT}, both inclusive</td>
 *       <td>{@link DateInRange}</td>
 *       <td>党组织成立日期须在1921年7月1日至2100年12月31日之间，实为2101年1月1日 /
 *       the party organisation's founding date must lie between 1921-07-01 and 2100-12-31, got
 *       2101-01-01</td></tr>
 *   <tr><td>every count of persons (head-count, staff, members, participants), in persons</td>
 *       <td>0 to {@value #MAX_PERSONS}</td><td>{@link Persons}</td>
 *       <td>职工人数须为0至10000000之间的整数，实为-5 /
 *       the head-count must be a whole number from 0 to 10000000, got -5</td></tr>
 *   <tr><td>every amount of money, in yuan</td>
 *       <td>0 to 10<sup>15</sup> yuan, at most {@value #AMOUNT_DECIMALS} decimals (the fen;
 *       trailing zeros do not count, up to ten digits after the point)</td>
 *       <td>{@link Yuan}</td>
 *       <td>职工年度工资薪金总额不能为负数，实为-0.01元 / the annual wages must be zero or more, got
 *       -0.01 yuan; …不能超过1000000000000000元… / …must not exceed 1000000000000000 yuan…;
 *       …最多保留两位小数（到分）… / …has at most two decimals (to the fen)…</td></tr>
 *   <tr><td>names of organisations, parks, buildings, streets, platforms, groups and persons</td>
 *       <td>1 to {@value #MAX_NAME_LENGTH} characters, not blank, no control characters</td>
 *       <td>{@link PlainText}</td>
 *       <td>名称不能为空白（空格、不间断空格、零宽字符均视为空白），实为“ ” / the name must not be
 *       blank (spaces, no-break and zero-width spaces count as blank), got ' '; 名称含有控制字符…
 *       / the name must not contain control characters…; 名称最长200个字符，实为201个字符… / the
 *       name has at most 200 characters, got 201…</td></tr>
 *   <tr><td>free text (a sanction's description)</td>
 *       <td>1 to {@value #MAX_TEXT_LENGTH} characters, not blank, no control characters</td>
 *       <td>{@link PlainText}</td><td>as for names</td></tr>
 *   <tr><td>every list (events, sanctions, members, platforms, party groups, covered
 *       organisations)</td><td>at most {@value #MAX_ENTRIES} entries</td><td>checked before the
 *       constraints, by the validator of {@code rules-core}</td>
 *       <td>活动记录最多10000项，实为16000项；其中各项未逐一检查 / the activity record's events hold at
 *       most 10000 entries, got 16000; the entries were not checked one by one</td></tr>
 *   <tr><td>the division code</td><td>six digits under a province of GB/T 2260</td>
 *       <td>{@link DivisionCode}</td>
 *       <td>行政区划代码“990000”的前两位99不是GB/T 2260的省级行政区划代码 / the division code
 *       '990000' does not start with a GB/T 2260 province code: there is no province 99</td></tr>
 * </table>
 *
 * <p>A value a violation quotes is cut to 64 characters (then {@code …(N chars)}) with control
 * and invisible characters escaped; an amount is written as a plain number, unless it has more
 * than 40 digits before or after the point (then as ten significant digits and an exponent).
 *
 * <p>The earliest date is the founding of the Communist Party of China: no party organisation
 * and no fact the documents read is older. The latest leaves room for planning dates and stops
 * far short of the limits of {@link LocalDate}. "Blank" counts every Unicode space (U+00A0, the
 * ideographic space U+3000 ...) and the invisible format characters (U+200B, U+FEFF ...) as
 * blank, not only what {@link String#isBlank()} does.
 *
 * <p>The as-of date of an assessment must lie in the same date range.
 */
public final class ModelLimits {
  static final String EARLIEST_DATE_TEXT = "1921-07-01";
  static final String LATEST_DATE_TEXT = "2100-12-31";

  /** The earliest date the model accepts: 1921-07-01. */
  public static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST_DATE_TEXT);

  /** The latest date the model accepts: 2100-12-31. */
  public static final LocalDate LATEST_DATE = LocalDate.parse(LATEST_DATE_TEXT);

  /** The largest count of persons, 10,000,000: more than any single organisation employs. */
  public static final int MAX_PERSONS = 10_000_000;

  /** The largest amount of money, 10<sup>15</sup> yuan. */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  /** The most decimals an amount may have: 2, the fen. */
  public static final int AMOUNT_DECIMALS = 2;

  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest free text, in characters. */
  public static final int MAX_TEXT_LENGTH = 1000;

  /**
   * The most entries a list of the model holds (events, sanctions, members, platforms, party
   * groups, covered organisations): 10,000. A record with a longer list is rejected for its
   * length alone, before its entries are checked one by one.
   */
  public static final int MAX_ENTRIES = 10_000;

  /**
   * The most violations of one kind a record's check lists one by one (events outside the
   * period, names not on the roster, codes listed twice ...): 100; a last violation says that
   * there are more.
   */
  public static final int MAX_REPORTED = 100;

  private ModelLimits() {}

  /** Whether {@code date} lies in [{@link #EARLIEST_DATE}, {@link #LATEST_DATE}]. */
  public static boolean isInRange(LocalDate date) {
    return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
  }
}
