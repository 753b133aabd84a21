package org.partyorg.rules.io.cases;

import java.util.Optional;

/**
 * Which side of a parameter's edge a case stands on, as a case's {@code covers} claims it: one
 * unit under, at or over a number; the day before, of or after a date.
 */
enum Side {
  BELOW("below", -1, false),
  AT("at", 0, false),
  ABOVE("above", 1, false),
  DAY_BEFORE("dayBefore", -1, true),
  ON("on", 0, true),
  DAY_AFTER("dayAfter", 1, true);


  private final String code;
  private final int offset;
  private final boolean date;

  Side(String code, int offset, boolean date) {
    this.code = code;
    this.offset = offset;
    this.date = date;
  }

  String code() {
    return code;
  }

  /** −1, 0 or +1: units (or days) from the parameter's value. */
  int offset() {
    return offset;
  }

  /** Whether the side is of a date parameter. */
  boolean date() {
    return date;
  }

  /** The codes as a problem lists them: below、at、above、dayBefore、on、dayAfter. */
  static final String LIST = String.join("、", java.util.Arrays.stream(values()).map(Side::code).toList());

  static Optional<Side> of(String code) {
    for (Side side : values()) {
      if (side.code.equals(code)) {
        return Optional.of(side);
      }
    }
    return Optional.empty();
  }
}
