package org.partyorg.rules.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with one row of a register: where (file, sheet, line or row, column as the
 * file's header names it), the value (cut to 64 characters, control characters escaped) and why,
 * in Chinese and English. A row with any problem is rejected whole; the others are read on.
 * Rows the evaluator rejects are reported the same way ({@link RegisterRead#problemsOf}).
 *
 * @param source the file name
 * @param sheet the sheet's name for a workbook, empty for CSV
 * @param row the line (CSV) or row (Excel), 1-based, as the user's editor shows it
 * @param column the column's header as the file writes it; empty for a problem of the whole row
 * @param value the cell's value as quoted (cut and escaped); empty when the cell is empty or the problem is not about one value
 * @param reasonZh why, in Chinese, ending with 。
 * @param reasonEn why, in English, ending with a full stop
 */
public record RowProblem(String source, Optional<String> sheet, long row, Optional<String> column, Optional<String> value,
    String reasonZh, String reasonEn) {
  public RowProblem {
    Objects.requireNonNull(source, "source");
    sheet = sheet == null ? Optional.empty() : sheet;
    column = column == null ? Optional.empty() : column;
    value = value == null ? Optional.empty() : value.map(Texts::quote);
    Objects.requireNonNull(reasonZh, "reasonZh");
    Objects.requireNonNull(reasonEn, "reasonEn");
  }

  /** Where, in Chinese: {@code register.csv 第12行} or {@code register.xlsx 工作表“台账”第12行}. */
  public String whereZh() {
    return source + sheet.map(s -> " 工作表“" + s + "”").orElse(" ") + "第" + row + "行";
  }

  /** Where, in English: {@code register.csv line 12} or {@code register.xlsx sheet 台账, row 12}. */
  public String whereEn() {
    return source + sheet.map(s -> " sheet " + s + ", row ").orElse(" line ") + row;
  }

  /** The whole message in Chinese: {@code register.csv 第12行，“从业人数”列的值“12x”：不是整数。} */
  public String messageZh() {
    return whereZh() + column.map(c -> "，“" + c + "”列").orElse("") + value.map(v -> "的值“" + v + "”").orElse("")
        + "：" + reasonZh;
  }

  /** The whole message in English: {@code register.csv line 12, column 从业人数, value “12x”: not a whole number.} */
  public String messageEn() {
    return whereEn() + column.map(c -> ", column " + c).orElse("") + value.map(v -> ", value “" + v + "”").orElse("")
        + ": " + reasonEn;
  }

  @Override
  public String toString() {
    return messageEn();
  }
}
