package org.partyorg.rules.api.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.partyorg.rules.api.model.ModelLimits;

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
          + " is not a code of at most 64 upper-case letters and digits in words joined by single"
          + " underscores, such as HOLD_ELECTION");
    }
    return code;
  }

  /**
   * The name, checked: not blank (no-break and zero-width spaces count as blank), on one line,
   * without control characters, at most 200 characters, since texts and tables show it.
   */
  public static String name(String name, String what) {
    Objects.requireNonNull(name, what);
    Checks.TextProblem problem = Checks.textProblem(name, ModelLimits.MAX_NAME_LENGTH);
    if (problem != null || name.indexOf('\u2028') >= 0 || name.indexOf('\u2029') >= 0) {
      throw new IllegalArgumentException(what + " " + Texts.echo(name)
          + " must be one line of text, not blank, without control characters, at most "
          + org.partyorg.rules.api.model.ModelLimits.MAX_NAME_LENGTH + " characters");
    }
    return name;
  }

  private static final Pattern KEY_SUFFIX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Whether {@code key} is a finding key of the rule {@code ruleId}: the id itself, or the id, a
   * dot and a suffix of lower-case letters and digits in words joined by single hyphens.
   */
  public static boolean isFindingKey(String ruleId, String key) {
    return key.equals(ruleId) || (key.startsWith(ruleId + ".")
        && KEY_SUFFIX.matcher(key).region(ruleId.length() + 1, key.length()).matches());
  }
}
