package org.partyorg.rules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of rules-io-excel's test helper (test sources are not shared between modules).
 * Writes minimal .xlsx workbooks for tests (the fastexcel writer is not a dependency): inline
 * strings, numbers, booleans and dates (style 1, number format 14), one part per sheet, streamed.
 */
final class TinyXlsx {
  private TinyXlsx() {}

  static void write(Path file, Map<String, ? extends Iterable<? extends List<?>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      StringBuilder overrides = new StringBuilder();
      StringBuilder sheetList = new StringBuilder();
      StringBuilder rels = new StringBuilder();
      int n = 0;
      for (String name : sheets.keySet()) {
        n++;
        overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        sheetList.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(n).append(".xml\"/>");
      }
      rels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      entry(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + overrides + "</Types>");
      entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      entry(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheetList + "</sheets></workbook>");
      entry(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
      entry(zip, w, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
          + "<borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
          + "</styleSheet>");
      n = 0;
      for (Map.Entry<String, ? extends Iterable<? extends List<?>>> sheet : sheets.entrySet()) {
        n++;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + n + ".xml"));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int r = 0;
        Iterator<? extends List<?>> rows = sheet.getValue().iterator();
        while (rows.hasNext()) {
          List<?> row = rows.next();
          r++;
          if (row == null) {
            continue; // a row left out of the sheet
          }
          w.write("<row r=\"" + r + "\">");
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            String ref = column(c) + r;
            if (v == null) {
              continue;
            } else if (v instanceof Number) {
              w.write("<c r=\"" + ref + "\"><v>" + v + "</v></c>");
            } else if (v instanceof Boolean b) {
              w.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>");
            } else if (v instanceof LocalDate d) {
              w.write("<c r=\"" + ref + "\" s=\"1\"><v>" + ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d) + "</v></c>");
            } else {
              w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(v.toString()) + "</t></is></c>");
            }
          }
          w.write("</row>");
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
      }
    }
  }

  private static void entry(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    w.write(content);
    w.flush();
    zip.closeEntry();
  }

  static String column(int index) {
    StringBuilder out = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
      n = (n - 1) / 26;
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
