package org.partyorg.rules.io;

import java.util.List;
import java.util.Locale;

/**
 * What reading a register gave: every data row counted once ({@code rows() == accepted() +
 * rejected()}; blank rows are not rows), the first problems in file order (all of them through
 * {@link RegisterReader.Builder#onProblem}), and the warnings about the file as a whole, each in
 * Chinese and English. Immutable.
 *
 * @param source the file (and sheet) read
 * @param rows data rows read, in rows
 * @param accepted rows read into organisations, handed on to be assessed
 * @param rejected rows rejected on reading, each with at least one problem
 * @param problemCount problems found, in problems (a rejected row has one or more)
 * @param problems the first problems, in file order (as many as {@link RegisterReader.Builder#keepAtMost})
 * @param warnings warnings about the whole file, each once: {@code [zh, en]}
 */
public record ReadSummary(String source, long rows, long accepted, long rejected, long problemCount,
    List<RowProblem> problems, List<Warning> warnings) {
  public ReadSummary {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** A warning about the whole file, in Chinese and English. */
  public record Warning(String zh, String en) {}

  /**
   * The summary as a clerk reads it, Chinese for a {@code zh} locale, English otherwise: the
   * counts, the warnings, then the problems kept.
   */
  public String text(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    if (zh) {
      out.append("读取").append(source).append("：共").append(rows).append("行，读入").append(accepted)
          .append("行，因数据有误未读入").append(rejected).append("行。\n");
    } else {
      out.append("Read ").append(source).append(": ").append(String.format(Locale.ROOT, "%,d", rows))
          .append(rows == 1 ? " row, " : " rows, ").append(String.format(Locale.ROOT, "%,d", accepted))
          .append(" read in, ").append(String.format(Locale.ROOT, "%,d", rejected)).append(" rejected for bad data.\n");
    }
    for (Warning warning : warnings) {
      out.append(zh ? warning.zh() : warning.en()).append('\n');
    }
    for (RowProblem problem : problems) {
      out.append(zh ? problem.messageZh() : problem.messageEn()).append('\n');
    }
    if (problemCount > problems.size()) {
      out.append(zh ? "（另有" + (problemCount - problems.size()) + "处问题未列出。）\n"
          : "(" + String.format(Locale.ROOT, "%,d", problemCount - problems.size()) + " more problems not listed.)\n");
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
