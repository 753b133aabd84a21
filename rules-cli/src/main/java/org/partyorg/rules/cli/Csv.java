package org.partyorg.rules.cli;

/** Cells of the CSV files the tool writes: quoted when needed, and never run as a formula by a spreadsheet. */
final class Csv {
  private Csv() {}

  /**
   * The cell: a text starting with {@code = + - @} (or a tab or carriage return) gets a leading
   * apostrophe so that spreadsheets show it instead of running it; quoted if it holds a comma,
   * quote or line break.
   */
  static String cell(String text) {
    String value = text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      value = "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
