package org.partyorg.rules.cli;

/**
 * An error the tool reports as one message, in Chinese and English, with an exit code and no
 * stack trace: a file missing, an encoding wrong, a value out of range.
 */
final class CliError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String chinese;
  private final String english;

  CliError(int exitCode, String chinese, String english) {
    super(english);
    this.exitCode = exitCode;
    this.chinese = chinese;
    this.english = english;
  }

  CliError(int exitCode, String chinese, String english, Throwable cause) {
    super(english, cause);
    this.exitCode = exitCode;
    this.chinese = chinese;
    this.english = english;
  }

  int exitCode() {
    return exitCode;
  }

  String message(Lang lang) {
    return lang.pick(chinese, english);
  }

  /** Both languages, the chosen one first. */
  String both(Lang lang) {
    return lang == Lang.zh ? chinese + "\n" + english : english + "\n" + chinese;
  }

  /** A value as an error quotes it: cut to 64 characters, control characters escaped. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (count == 64) {
        out.append('…');
        break;
      }
      if (Character.isISOControl(cp)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      count++;
    }
    return "“" + out + "”";
  }
}
