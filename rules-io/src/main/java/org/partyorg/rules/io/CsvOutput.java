package org.partyorg.rules.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * CSV the library writes for people who open it in a spreadsheet (the CLI's plan, the list of
 * organisations not covered): RFC 4180 with CRLF line ends, UTF-8, optionally with a byte-order
 * mark so that Excel recognises UTF-8, and every cell a spreadsheet would run as a formula
 * neutralised ({@link #neutralise}). Written with FastCSV. Not thread-safe.
 */
public final class CsvOutput implements Closeable, Flushable {
  /** A plain number with a minus sign, which spreadsheets read as a number and never run. */
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

  private final CsvWriter writer;

  private CsvOutput(Writer out) {
    this.writer = CsvWriter.builder().build(out);
  }

  /** CSV written to {@code out}; no byte-order mark (the writer has its own charset). Closing closes {@code out}. */
  public static CsvOutput to(Writer out) {
    return new CsvOutput(Objects.requireNonNull(out, "out"));
  }

  /**
   * CSV in UTF-8 to {@code out}, starting with a byte-order mark if {@code byteOrderMark}: Excel
   * opens a file with one as UTF-8 and one without in the system's code page (GBK on Chinese
   * Windows), which garbles Chinese text. Closing closes {@code out}.
   */
  public static CsvOutput to(OutputStream out, boolean byteOrderMark) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    if (byteOrderMark) {
      try {
        writer.write('\uFEFF');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CsvOutput(writer);
  }

  /** {@link #to(OutputStream, boolean)} into a new file (an existing one is replaced). */
  public static CsvOutput create(Path file, boolean byteOrderMark) throws IOException {
    return to(Files.newOutputStream(file), byteOrderMark);
  }

  /** Writes one row, each cell {@link #neutralise neutralised}; a null cell is written empty. */
  public CsvOutput row(List<String> cells) throws IOException {
    List<String> safe = new ArrayList<>(cells.size());
    for (String cell : cells) {
      safe.add(neutralise(cell == null ? "" : cell));
    }
    try {
      writer.writeRecord(safe);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return this;
  }

  /** {@link #row(List)} of these cells; a null cell is written empty. */
  public CsvOutput row(String... cells) throws IOException {
    return row(Arrays.asList(cells)); // List.of would refuse a null cell
  }

  /**
   * The cell as written: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
   * tab or a carriage return — which Excel, LibreOffice and WPS would read as a formula ("CSV
   * injection") — gets a leading apostrophe {@code '}, which spreadsheets show as text. A plain
   * negative number ({@code -12}, {@code -0.5}) is kept: spreadsheets read it as a number and run
   * nothing, and a report's differences (a target's move, a shortfall) must stay numbers. Anything
   * after the minus sign that is not just digits, such as {@code -1+2} or {@code -A1}, is
   * neutralised.
   */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
        || (first == '-' && !NEGATIVE_NUMBER.matcher(cell).matches())) {
      return "'" + cell;
    }
    return cell;
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
