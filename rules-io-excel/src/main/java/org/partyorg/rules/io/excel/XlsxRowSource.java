package org.partyorg.rules.io.excel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.partyorg.rules.io.RegisterFormatException;
import org.partyorg.rules.io.RowSource;

/**
 * A register in an Excel workbook ({@code .xlsx}), one sheet, streamed row by row with
 * fastexcel-reader from the file (never loaded whole). The first non-blank row is the header;
 * cells come as the text the CSV path reads: strings as they are, whole numbers without a decimal
 * point ({@code 420102}, not {@code 420102.0}), other numbers in plain notation, cells formatted
 * as dates as ISO dates ({@code 2016-08-14}), booleans as {@code true}/{@code false}, formulas
 * by their cached value. Row numbers are the sheet's (as Excel shows them) and every row names its
 * sheet, so a problem reads "register.xlsx sheet 台账, row 12". Not thread-safe.
 */
public final class XlsxRowSource implements RowSource {
  private final String name;
  private final String sheetName;
  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> rows;
  private final Iterator<org.dhatim.fastexcel.reader.Row> iterator;
  private List<String> header;

  private XlsxRowSource(String name, ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.name = name;
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.rows = sheet.openStream();
    this.iterator = rows.iterator();
  }

  /** The first sheet of the workbook at {@code file}. */
  public static XlsxRowSource open(Path file) throws IOException {
    return open(file, Optional.empty());
  }

  /**
   * The sheet named {@code sheet} (empty: the first sheet) of the workbook at {@code file}.
   *
   * @throws RegisterFormatException if the file is not an .xlsx workbook or has no such sheet
   *     (the message lists the sheets there are)
   * @throws IOException if the file cannot be read
   */
  public static XlsxRowSource open(Path file, Optional<String> sheet) throws IOException {
    Objects.requireNonNull(sheet, "sheet");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      if (!file.toFile().isFile()) {
        throw e;
      }
      throw new RegisterFormatException(name, 0, name + " 不是Excel工作簿（.xlsx）：" + e.getMessage()
          + "。旧版.xls文件请在Excel中另存为.xlsx或CSV UTF-8。", name + " is not an Excel workbook (.xlsx): " + e.getMessage()
          + ". Save an old .xls file as .xlsx or as CSV UTF-8 in Excel.");
    }
    try {
      Sheet chosen;
      if (sheet.isPresent()) {
        Optional<Sheet> found = workbook.findSheet(sheet.get());
        if (found.isEmpty()) {
          String sheets = workbook.getSheets().map(Sheet::getName).collect(Collectors.joining("、"));
          throw new RegisterFormatException(name, 0, name + " 中没有名为“" + sheet.get() + "”的工作表；现有工作表：" + sheets + "。",
              name + " has no sheet named " + sheet.get() + "; its sheets are: " + sheets.replace("、", ", ") + ".");
        }
        chosen = found.get();
      } else {
        chosen = workbook.getFirstSheet();
      }
      return new XlsxRowSource(name, workbook, chosen);
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /** {@link #open(Path, Optional)} from a {@link File}. */
  public static XlsxRowSource open(File file, Optional<String> sheet) throws IOException {
    return open(file.toPath(), sheet);
  }

  @Override
  public String name() {
    return name;
  }

  /** The sheet read. */
  public String sheet() {
    return sheetName;
  }

  @Override
  public List<String> header() throws IOException {
    if (header == null) {
      Optional<RowSource.Row> first = nextRow();
      if (first.isEmpty()) {
        throw new RegisterFormatException(name, 0, name + " 工作表“" + sheetName + "”是空的，没有表头。",
            name + " sheet " + sheetName + " is empty: it has no header.");
      }
      header = first.get().cells();
    }
    return header;
  }

  @Override
  public Optional<RowSource.Row> next() throws IOException {
    header();
    return nextRow();
  }

  private Optional<RowSource.Row> nextRow() throws IOException {
    int rowNumber = 0;
    try {
      while (iterator.hasNext()) {
        org.dhatim.fastexcel.reader.Row row = iterator.next();
        rowNumber = row.getRowNum();
        List<String> cells = new ArrayList<>(row.getCellCount());
        boolean blank = true;
        for (int i = 0; i < row.getCellCount(); i++) {
          String text = text(row.getCell(i));
          blank &= text.isBlank();
          cells.add(text);
        }
        if (blank && header == null) {
          continue; // blank rows above the header
        }
        return Optional.of(new RowSource.Row(row.getRowNum(), Optional.of(sheetName), cells));
      }
      return Optional.empty();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) { // fastexcel's ExcelReaderException and XML errors
      String where = rowNumber > 0 ? "第" + rowNumber + "行之后" : "开头";
      String whereEn = rowNumber > 0 ? "after row " + rowNumber : "at its start";
      throw new RegisterFormatException(name, rowNumber, name + " 工作表“" + sheetName + "”" + where + "无法读取：" + e.getMessage() + "。",
          name + " sheet " + sheetName + " cannot be read " + whereEn + ": " + e.getMessage() + ".");
    }
  }

  /** A cell as the text the CSV path expects. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return Objects.toString(cell.getValue(), "");
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.getValue()) ? "true" : "false";
      case NUMBER:
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
          LocalDateTime date = cell.asDate();
          return date == null ? cell.getRawValue() : date.toLocalDate().toString();
        }
        return number(cell.asNumber());
      case FORMULA:
      case ERROR:
      default:
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }
  }

  static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  /**
   * Whether a number format shows a date: the built-in date formats (14–22, 45–47 and the
   * Chinese 27–36, 50–58) or a custom format with a year, month or day outside quotes and brackets.
   */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '[' && !quoted) {
        bracket = true;
      } else if (c == ']' && !quoted) {
        bracket = false;
      } else if (c == '\\' && !quoted) {
        i++;
      } else if (!quoted && !bracket && "yYdD".indexOf(c) >= 0) {
        return true;
      } else if (!quoted && !bracket && (c == '年' || c == '月' || c == '日')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    try {
      rows.close();
    } finally {
      workbook.close();
    }
  }
}
