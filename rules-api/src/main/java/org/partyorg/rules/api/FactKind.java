package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What kind of value a {@link FactType} holds, and so which Java type its {@link Fact}'s value
 * has. A fact's value is always of its kind's type; {@link Fact#of} refuses any other.
 */
public enum FactKind {
  /** A whole number of things ({@link Integer}, nothing wider), counted in the fact type's {@link Unit}. */
  COUNT,
  /** An amount of money in yuan ({@link BigDecimal}, to the fen). */
  AMOUNT,
  /** A share or percentage ({@link BigDecimal}); the unit says which. */
  RATE,
  /** A calendar date ({@link LocalDate}). */
  DATE,
  /**
   * A period of the calendar as ISO-like text ({@link String}): {@code 2020}, {@code 2020-H1},
   * {@code 2020-Q3} or {@code 2020-07}.
   */
  PERIOD,
  /**
   * Several periods ({@link Collection} of {@link String}s in the form of {@link #PERIOD}), such
   * as the quarters short of meetings: texts write each as its reader does (2021年第三季度).
   */
  PERIOD_LIST,
  /** One value of a closed list: an enum constant or its code ({@link Enum} or {@link String}). */
  CODE,
  /** Several codes ({@link Collection} of enum constants or strings, nothing else). */
  CODE_LIST,
  /** Yes or no ({@link Boolean}). */
  FLAG,
  /** Free text ({@link String}), such as a name. */
  TEXT,
  /** Several figures kept together: a {@link Map} from a label to a value, or a list of them. */
  RECORD;

  /** Whether {@code value} is of this kind's type. */
  public boolean accepts(Object value) {
    switch (this) {
      case COUNT:
        return value instanceof Integer;
      case AMOUNT:
      case RATE:
        return value instanceof BigDecimal;
      case DATE:
        return value instanceof LocalDate;
      case PERIOD:
      case TEXT:
        return value instanceof String;
      case CODE:
        return value instanceof Enum<?> || value instanceof String;
      case PERIOD_LIST:
        if (!(value instanceof Collection<?> periods)) {
          return false;
        }
        for (Object period : periods) {
          if (!(period instanceof String)) {
            return false;
          }
        }
        return true;
      case CODE_LIST:
        if (!(value instanceof Collection<?> codes)) {
          return false;
        }
        for (Object code : codes) {
          if (!(code instanceof String || code instanceof Enum<?>)) {
            return false;
          }
        }
        return true;
      case FLAG:
        return value instanceof Boolean;
      case RECORD:
        return value instanceof Map<?, ?> || value instanceof Collection<?>;
      default:
        throw new AssertionError(this);
    }
  }
}
