package org.partyorg.rules.api.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How values enter the texts people read. Patterns are filled by {@link NamedPattern} in one
 * pass, so a value such as {@code "{expected}"} is shown as it is. A value taken from a record
 * is echoed bounded and with its control and invisible characters escaped, so that a message or
 * a log line built from it cannot be forged.
 */
public final class Texts {
  /** The most characters of a string value a message echoes before cutting it. */
  public static final int ECHO_LIMIT = 64;

  /** The most characters of any other value's text (a list, a map) a message shows. */
  static final int DERIVED_LIMIT = 1000;

  /** Amounts with more digits than this either side of the point are shown in exponent form. */
  private static final int PLAIN_DIGITS = 40;

  private Texts() {}

  /**
   * A value as a message shows it: a string cut to {@value #ECHO_LIMIT} characters (then
   * {@code …(N chars)}), an amount as a plain number, any value with its control and invisible
   * characters escaped ({@code \n}, {@code \u001B}).
   */
  public static String echo(Object value) {
    if (value instanceof BigDecimal amount) {
      return plain(amount);
    }
    if (value instanceof CharSequence text) {
      return escapeAndCut(text.toString(), ECHO_LIMIT);
    }
    return escapeAndCut(String.valueOf(value), DERIVED_LIMIT);
  }

  /**
   * An amount as a plain number ({@code 10000000}, never {@code 1.0E+7}); a value with more than
   * 40 digits before or after the point, which validation rejects anyway, as its first ten
   * significant digits and its exponent ({@code 1.000000000E+100000}), so that it stays short.
   */
  public static String plain(BigDecimal amount) {
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > PLAIN_DIGITS || amount.scale() > PLAIN_DIGITS) {
      // far outside any amount the model accepts: ten significant digits and the exponent
      return amount.round(new MathContext(10, RoundingMode.HALF_EVEN)).toString();
    }
    return amount.toPlainString();
  }

  /** A date as Chinese text writes it: 2016年11月30日 (digits are always ASCII, whatever the locale). */
  public static String zhDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  static String escapeAndCut(String text, int limit) {
    int end = text.length();
    boolean cut = false;
    if (end > limit) {
      end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
      cut = true;
    }
    StringBuilder out = null;
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      String escaped = escape(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(end + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.appendCodePoint(c);
        }
      }
      i += width;
    }
    String shown = out == null ? text.substring(0, end) : out.toString();
    return cut ? shown + "…(" + text.length() + " chars)" : shown;
  }

  private static String escape(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE) {
      return String.format(Locale.ROOT, "\\u%04X", c);
    }
    return null;
  }
}
