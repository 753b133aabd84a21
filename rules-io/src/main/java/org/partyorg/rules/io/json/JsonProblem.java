package org.partyorg.rules.io.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document: where ({@link #pointer()}, an RFC 6901 JSON pointer such
 * as {@code /partyOrganisation/foundingDate}), the value found there as a message shows it, and
 * why, in Chinese and in English.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonProblem {
  private final String pointer;
  private final String value;
  private final String messageZh;
  private final String messageEn;

  JsonProblem(String pointer, String value, String messageZh, String messageEn) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = value;
    this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
  }

  /**
   * The JSON pointer of the wrong member or element ({@code /traits/2}); the empty string for the
   * document as a whole (for example when it is not JSON at all).
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The value found, as JSON text, cut to 64 characters (then {@code …(N chars)}) with control
   * characters escaped; empty when the member is missing.
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Why it is wrong, in Chinese. */
  public String messageZh() {
    return messageZh;
  }

  /** Why it is wrong, in English. */
  public String messageEn() {
    return messageEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonProblem that && pointer.equals(that.pointer)
        && Objects.equals(value, that.value) && messageZh.equals(that.messageZh)
        && messageEn.equals(that.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, value, messageZh, messageEn);
  }

  /** {@code /headCount = "many": 应为整数，而不是字符串。 / Must be a whole number, not a string.} */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return where + (value == null ? "" : " = " + value) + ": " + messageZh + " / " + messageEn;
  }
}
