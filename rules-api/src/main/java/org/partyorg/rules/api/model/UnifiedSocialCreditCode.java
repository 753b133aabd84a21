package org.partyorg.rules.api.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, Z, S, V), the last of
 * which is a check character computed from the first 17.
 *
 * <p>Only the structure and the check character are verified; whether a registry issued the
 * code cannot be known offline.
 */
public final class UnifiedSocialCreditCode {
  /** The alphabet of GB 32100-2015, in the order that gives each character its value. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** Each ASCII character's value in {@link #ALPHABET}, -1 for one outside it. */
  private static final int[] VALUES = new int[128];

  static {
    Arrays.fill(VALUES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = i;
    }
  }

  /** The length of a code. */
  public static final int LENGTH = 18;

  /** Why a string is not a valid code. */
  public enum Problem {
    /** Not 18 characters long. */
    LENGTH,
    /** A character outside the alphabet of the standard (lower case counts as outside). */
    CHARACTER,
    /** The 18th character is not the one computed from the first 17. */
    CHECK_CHARACTER
  }

  private UnifiedSocialCreditCode() {}

  /** Whether {@code code} is a well-formed code with the right check character. */
  public static boolean isValid(String code) {
    return problem(code) == null;
  }

  /**
   * What is wrong with {@code code}, or {@code null} if nothing is.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public static Problem problem(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != LENGTH) {
      return Problem.LENGTH;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      int value = valueOf(code.charAt(i));
      if (value < 0) {
        return Problem.CHARACTER;
      }
      if (i < LENGTH - 1) {
        sum += value * WEIGHTS[i];
      }
    }
    return code.charAt(LENGTH - 1) == ALPHABET.charAt((31 - sum % 31) % 31) ? null : Problem.CHECK_CHARACTER;
  }

  /** The value of a character in the alphabet, or -1 for a character outside it. */
  private static int valueOf(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /**
   * The check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "expected the first 17 characters of a credit code, got " + first17.length()
              + " characters: '" + first17 + "'");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = valueOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException(
            "'" + first17.charAt(i) + "' at position " + (i + 1) + " of '" + first17
                + "' is not in the alphabet of GB 32100-2015 (" + ALPHABET + ")");
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
