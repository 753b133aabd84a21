package org.partyorg.rules.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A register as rows of text cells: one header row, then one row per organisation. CSV files
 * ({@code CsvRowSource}) and Excel workbooks ({@code rules-io-excel}) are row sources; a shop
 * already on another spreadsheet library implements this interface in a few lines and gets the
 * same column aliases, checks and error reports.
 *
 * <p>Not thread-safe: one reader at a time, rows in file order. Close it when done.
 */
public interface RowSource extends Closeable {
  /** What error messages call the source: the file name (a workbook's rows name their sheet, {@link Row#sheet()}). */
  String name();

  /** The header row's cells as the file has them, not yet normalised; read once, before the rows. */
  List<String> header() throws IOException;

  /** The next data row, or empty at the end of the source. */
  Optional<Row> next() throws IOException;

  /**
   * One data row: where it is ({@code "line 12"}, {@code "sheet 台账, row 12"} and the same in
   * Chinese) and its cells in header order; a missing trailing cell reads as empty.
   *
   * @param number the row's line (CSV) or row number (Excel), 1-based, as the user's editor shows it
   * @param sheet the sheet's name for a workbook, empty for CSV
   * @param cells the cells' text, untrimmed
   */
  record Row(long number, Optional<String> sheet, List<String> cells) {
    public Row {
      sheet = sheet == null ? Optional.empty() : sheet;
      cells = List.copyOf(cells);
    }
  }
}
