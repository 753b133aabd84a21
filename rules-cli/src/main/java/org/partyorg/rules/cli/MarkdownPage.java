package org.partyorg.rules.cli;

import static org.partyorg.rules.cli.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown the catalogue writes (headings, paragraphs, lists, pipe tables, {@code `code`} and
 * {@code **bold**}) as one self-contained HTML page: no script, no external resource. Not a
 * general Markdown renderer: what it does not know it shows as escaped text, never as markup.
 */
final class MarkdownPage {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

  private MarkdownPage() {}

  static String render(String title, String markdown, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append("body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",")
        .append("\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif;line-height:1.5;color:#1d1d1f}")
        .append("main{max-width:1100px;margin:0 auto;padding:1.5rem}table{border-collapse:collapse;width:100%;font-size:.9rem;")
        .append("margin:.5rem 0}th,td{border-bottom:1px solid #e5e5e5;padding:.3rem .5rem;text-align:left;vertical-align:top}")
        .append("th{background:#f5f5f7}code{font-family:ui-monospace,Menlo,Consolas,monospace;background:#f5f5f7;padding:0 .2em}")
        .append("h2{border-bottom:1px solid #ddd;margin-top:2rem}@media print{tr,h3{break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n<main>\n");
    List<String> lines = markdown.lines().toList();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
      } else if (line.startsWith("#")) {
        int level = (int) line.chars().takeWhile(c -> c == '#').count();
        out.append("<h").append(level).append('>').append(inline(line.substring(level).trim())).append("</h").append(level)
            .append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        List<String> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).startsWith("|")) {
          rows.add(lines.get(i++));
        }
        table(out, rows);
      } else if (line.startsWith("- ")) {
        out.append("<ul>\n");
        while (i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).startsWith("  "))) {
          StringBuilder item = new StringBuilder(lines.get(i++).substring(2));
          while (i < lines.size() && lines.get(i).startsWith("  ")) {
            item.append(' ').append(lines.get(i++).trim());
          }
          out.append("<li>").append(inline(item.toString())).append("</li>\n");
        }
        out.append("</ul>\n");
      } else {
        StringBuilder paragraph = new StringBuilder();
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#") && !lines.get(i).startsWith("|")
            && !lines.get(i).startsWith("- ")) {
          paragraph.append(paragraph.length() > 0 ? " " : "").append(lines.get(i++).trim());
        }
        out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
      }
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder out, List<String> rows) {
    out.append("<table>\n");
    boolean header = rows.size() > 1 && rows.get(1).matches("\\|[-:| ]+\\|?");
    for (int r = 0; r < rows.size(); r++) {
      if (header && r == 1) {
        continue;
      }
      String tag = header && r == 0 ? "th" : "td";
      out.append("<tr>");
      for (String cell : cells(rows.get(r))) {
        out.append('<').append(tag).append(tag.equals("th") ? " scope=\"col\"" : "").append('>').append(inline(cell.trim()))
            .append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  /** The cells of a pipe-table row; {@code \|} is a pipe inside a cell. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String body = row.trim();
    body = body.substring(1, body.endsWith("|") && body.length() > 1 ? body.length() - 1 : body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Escapes first, then marks up code and bold: nothing in the text can become a tag. */
  static String inline(String text) {
    String escaped = escape(text);
    Matcher code = CODE.matcher(escaped);
    escaped = code.replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group(1)) + "</code>");
    return BOLD.matcher(escaped).replaceAll(m -> "<strong>" + Matcher.quoteReplacement(m.group(1)) + "</strong>");
  }
}
