package org.partyorg.rules.io;

/** How a value from a file is shown in a message: cut to 64 characters, control characters escaped. */
final class Texts {
  static final int MAX_QUOTED = 64;

  private Texts() {}

  /**
   * The value as a message quotes it. Escaping keeps a cell from breaking a log line or a report
   * line (a newline, a carriage return, a bidirectional override); cutting keeps a message short.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (count == MAX_QUOTED) {
        out.append('…');
        break;
      }
      count++;
      switch (cp) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(cp);
          if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }
}
