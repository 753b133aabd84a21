package org.partyorg.rules.api.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** The form of the codes of open vocabularies (actions, traits): upper-case words joined by underscores. */
public final class Codes {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private Codes() {}

  /**
   * The code, checked.
   *
   * @throws IllegalArgumentException naming the code if it is not upper-case letters and digits
   *     in words joined by underscores, at most 64 characters
   */
  public static String check(String code, String what) {
    Objects.requireNonNull(code, what);
    if (code.length() > 64 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(what + " " + Texts.echo(code)
          + " is not a code of upper-case letters and digits joined by underscores, such as HOLD_ELECTION");
    }
    return code;
  }

  /** The name, checked not blank. */
  public static String name(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }
}
