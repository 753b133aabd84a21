package org.partyorg.rules.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A register in CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes), read with FastCSV, one record at a time. Decoding is strict: bytes that are not
 * valid in the charset are a {@link RegisterFormatException} naming the file, line and byte (for
 * UTF-8 it suggests GB18030, the encoding Chinese spreadsheet software saves in), never U+FFFD. A
 * byte-order mark at the start is dropped. Empty lines are skipped; a row's number is the line it
 * starts on. Not thread-safe.
 */
public final class CsvRowSource implements RowSource {
  private final String name;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private List<String> header;

  private CsvRowSource(String name, Reader in) {
    this.name = name;
    this.reader = CsvReader.builder()
        .detectBomHeader(false) // the decoder drops it, for every charset
        .allowExtraFields(true) // the register reader reports extra cells per row
        .allowMissingFields(true) // a missing trailing cell reads as empty
        .ofCsvRecord(in);
    this.records = reader.iterator();
  }

  /** A CSV file in strict UTF-8, named by its file name. */
  public static CsvRowSource open(Path file) throws IOException {
    return open(file, StandardCharsets.UTF_8);
  }

  /**
   * A CSV file in {@code charset} (UTF-8, or GB18030 for files saved by Chinese spreadsheet
   * software: it is a superset of GBK and GB2312), named in messages by its file name.
   *
   * @throws IOException if the file cannot be opened
   */
  public static CsvRowSource open(Path file, Charset charset) throws IOException {
    Objects.requireNonNull(charset, "charset");
    InputStream in = Files.newInputStream(file);
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    return new CsvRowSource(name, new StrictDecodingReader(in, charset, name));
  }

  /** CSV bytes in {@code charset}, decoded strictly; {@code name} is what messages call them. */
  public static CsvRowSource of(InputStream in, Charset charset, String name) {
    return new CsvRowSource(Objects.requireNonNull(name, "name"),
        new StrictDecodingReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"), name));
  }

  /** CSV text already decoded; {@code name} is what messages call it. A leading byte-order mark is dropped. */
  public static CsvRowSource of(Reader in, String name) {
    Reader text = Objects.requireNonNull(in, "in");
    return new CsvRowSource(Objects.requireNonNull(name, "name"), new Reader() {
      private boolean start = true;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = text.read(buffer, offset, length);
        if (start && n > 0) {
          start = false;
          if (buffer[offset] == '\uFEFF') {
            System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
            return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
          }
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        text.close();
      }
    });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> header() throws IOException {
    if (header == null) {
      Optional<CsvRecord> first = record();
      if (first.isEmpty()) {
        throw new RegisterFormatException(name, 0, name + " 是空文件，没有表头。", name + " is empty: it has no header.");
      }
      header = first.get().getFields();
    }
    return header;
  }

  @Override
  public Optional<Row> next() throws IOException {
    header();
    return record().map(r -> new Row(r.getStartingLineNumber(), Optional.empty(), r.getFields()));
  }

  private Optional<CsvRecord> record() throws IOException {
    try {
      return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      String detail = Texts.quote(String.valueOf(e.getMessage()));
      throw new RegisterFormatException(name, 0, name + " 不是有效的CSV文件（" + detail + "），常见原因是引号未闭合。",
          name + " is not valid CSV (" + detail + "); a quote left open is the usual cause.");
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
