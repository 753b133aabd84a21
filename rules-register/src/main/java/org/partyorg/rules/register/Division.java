package org.partyorg.rules.register;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A division of GB/T 2260 at one of its three levels, as a report breaks figures down: a
 * province (省级, {@code 42}), a city or prefecture (地级, {@code 4201}) or a district or county
 * (县级, {@code 420106}), read from the prefix of an organisation's six-digit division code.
 *
 * <p>Codes are kept as the prefixes the standard gives; their names are not looked up (the
 * library carries no copy of the standard's name table). Immutable and safe to share.
 */
public final class Division implements Comparable<Division> {
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  /** The three levels of GB/T 2260, each with the length of its prefix. */
  public enum Level {
    /** 省级: the first two digits. */
    PROVINCE(2),
    /** 地级: the first four digits. */
    CITY(4),
    /** 县级: all six digits. */
    DISTRICT(6);

    private final int digits;

    Level(int digits) {
      this.digits = digits;
    }

    /** The number of leading digits of the six-digit code that name a division at this level. */
    public int digits() {
      return digits;
    }
  }

  private final Level level;
  private final String code;

  private Division(Level level, String code) {
    this.level = level;
    this.code = code;
  }

  /**
   * The division at {@code level} that contains the district with the six-digit code
   * {@code divisionCode}: {@code of("420106", CITY)} is {@code 4201}.
   *
   * @throws IllegalArgumentException naming the value if it is not six digits
   * @throws NullPointerException if an argument is null
   */
  public static Division of(String divisionCode, Level level) {
    Objects.requireNonNull(divisionCode, "divisionCode");
    Objects.requireNonNull(level, "level");
    if (!SIX_DIGITS.matcher(divisionCode).matches()) {
      String shown = divisionCode.length() > 20 ? divisionCode.substring(0, 20) + "…" : divisionCode;
      throw new IllegalArgumentException("division code '" + shown + "' is not the six digits of GB/T 2260");
    }
    return new Division(level, divisionCode.substring(0, level.digits()));
  }

  public Level level() {
    return level;
  }

  /** The prefix: two, four or six digits. */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(Division other) {
    int byLevel = level.compareTo(other.level);
    return byLevel != 0 ? byLevel : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Division that && level == that.level && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return level.hashCode() * 31 + code.hashCode();
  }

  /** The prefix, e.g. {@code 4201}. */
  @Override
  public String toString() {
    return code;
  }
}
