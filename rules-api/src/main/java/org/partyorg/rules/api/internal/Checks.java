package org.partyorg.rules.api.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.partyorg.rules.api.model.ModelLimits;

/**
 * The checks behind the model's constraints, as plain functions: each constraint validator
 * calls one, and so does any faster path that must agree with them exactly. A check returns
 * the problem it found, or {@code null} when the value is valid.
 */
public final class Checks {
  /** What is wrong with an amount of money. */
  public enum AmountProblem { NEGATIVE, TOO_LARGE, TOO_MANY_DECIMALS }

  /** What is wrong with a name or a text. */
  public enum TextProblem { BLANK, CONTROL_CHARACTER, TOO_LONG }

  /** What is wrong with a division code. */
  public enum DivisionProblem { PATTERN, PROVINCE }

  /** The province-level prefixes of GB/T 2260, indexed by their two-digit value. */
  private static final boolean[] PROVINCES = new boolean[100];

  static {
    for (int code : new int[] {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}) {
      PROVINCES[code] = true;
    }
  }

  /** The most digits after the point an amount may be written with, trailing zeros included. */
  static final int MAX_SCALE = 10;

  /** The largest exponent an amount may be written with (1E+15 yuan). */
  static final int MIN_SCALE = -15;

  private Checks() {}

  public static boolean isDateInRange(LocalDate date) {
    return ModelLimits.isInRange(date);
  }

  public static boolean isPersons(long count) {
    return count >= 0 && count <= ModelLimits.MAX_PERSONS;
  }

  public static AmountProblem amountProblem(BigDecimal amount) {
    if (amount.signum() < 0) {
      return AmountProblem.NEGATIVE;
    }
    // compareTo compares the exponents first, so even 1E+999999999 is cheap
    if (amount.compareTo(ModelLimits.MAX_AMOUNT) > 0) {
      return AmountProblem.TOO_LARGE;
    }
    // trailing zeros do not count (1.500 is 1.5), but only a few of them: a value written with a
    // hundred thousand zeros, or with an exponent past the range, is not an amount of money
    if (amount.scale() > MAX_SCALE
        || (amount.scale() > ModelLimits.AMOUNT_DECIMALS
            && amount.stripTrailingZeros().scale() > ModelLimits.AMOUNT_DECIMALS)) {
      return AmountProblem.TOO_MANY_DECIMALS;
    }
    if (amount.scale() < MIN_SCALE) {
      return AmountProblem.TOO_LARGE;
    }
    return null;
  }

  public static TextProblem textProblem(String text, int maxLength) {
    boolean blank = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL) {
        return TextProblem.CONTROL_CHARACTER;
      }
      blank = blank && isBlank(c, type);
      i += Character.charCount(c);
    }
    if (blank) {
      return TextProblem.BLANK;
    }
    return text.length() > maxLength ? TextProblem.TOO_LONG : null;
  }

  /**
   * Whether {@code text} holds nothing but Unicode spaces and invisible format characters
   * (U+00A0, U+3000, U+200B ...), which {@link String#isBlank()} does not all count.
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isBlank(c, Character.getType(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isBlank(int c, int type) {
    return type == Character.FORMAT || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  public static DivisionProblem divisionProblem(String code) {
    if (code.length() != 6 || code.charAt(0) == '0') {
      return DivisionProblem.PATTERN;
    }
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return DivisionProblem.PATTERN;
      }
    }
    return PROVINCES[(code.charAt(0) - '0') * 10 + code.charAt(1) - '0'] ? null : DivisionProblem.PROVINCE;
  }
}
