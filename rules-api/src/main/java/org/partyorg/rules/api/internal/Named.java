package org.partyorg.rules.api.internal;

import java.util.Objects;

/**
 * A text written by the library in both languages (a field's name, the kind of value a field
 * takes), put into a message whole: unlike a string, which is a record's value and is cut to
 * {@value Texts#ECHO_LIMIT} characters, it is the library's own and is shown as it is, in the
 * message's language ({@link org.partyorg.rules.api.MessageTemplate#format}).
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Named(String zh, String en) {
  public Named {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
