package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A section reads in a Chinese sentence with the full-width space, in English as written. */
class CitationTest {
  private static final SourceDocument DOC =
      SourceDocument.builder().file("001.txt").title("测试文件").issuer("测试机关").date(LocalDate.of(2020, 7, 24)).build();

  @Test
  void aSpaceInASectionIsFullWidthInChineseOnly() {
    Citation citation = Citation.of(DOC, "附件2 1（1）", "句子");
    assertEquals("附件2\u30001（1）", citation.sectionIn(Locale.CHINESE));
    assertEquals("附件2\u30001（1）", citation.sectionIn(Locale.SIMPLIFIED_CHINESE));
    assertEquals("附件2 1（1）", citation.sectionIn(Locale.ENGLISH));
    assertEquals("二（四）2", Citation.of(DOC, "二（四）2", "句子").sectionIn(Locale.CHINESE));
  }
}
