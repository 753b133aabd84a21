package org.partyorg.rules.hunan.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing missing or wrong in an application: which field ({@code basis},
 * {@code honours[1].date}, {@code practice.headCount} for the practice's record), the value as
 * entered (cut to 64 characters, then {@code …(N chars)}, control characters escaped; absent when
 * none was given), the field's name for a clerk, and why, in Chinese and English.
 */
public record Problem(String field, Optional<String> value, String fieldNameZh, String fieldNameEn,
    String messageZh, String messageEn) {
  /** @throws NullPointerException if an argument is null */
  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fieldNameZh, "fieldNameZh");
    Objects.requireNonNull(fieldNameEn, "fieldNameEn");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  @Override
  public String toString() {
    return field + " = " + value.map(v -> "'" + v + "'").orElse("null") + ": " + messageEn + " / " + messageZh;
  }
}
