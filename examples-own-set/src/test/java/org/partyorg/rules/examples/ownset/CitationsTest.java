package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.testkit.SourceTexts;

/**
 * Every sentence the set cites occurs in the text of its document, which lives in this module's
 * test resources ({@code src/test/resources/policy-texts/example-hightech-2026.txt}), and the
 * document says, in its title and its text, that it is fictional.
 */
class CitationsTest {
  private static final PolicySet SET = Fixtures.EVALUATOR.policySet(Fixtures.SET_ID);

  @Test
  void theDocumentSaysItIsFictional() {
    assertTrue(SET.source().getTitle().startsWith("示例文件（虚构，仅作演示）："), SET.source()::getTitle);
    String text = SourceTexts.load(CitationsTest.class, SET.source().getFile());
    assertTrue(text.startsWith("示例文件（虚构，仅作演示）"), "the text opens with it");
    assertTrue(text.contains("不是任何机关的真实文件"), "and says it plainly");
  }

  @Test
  void everyRuleParameterAndTargetIsQuotedFromTheDocument() {
    List<Citation> citations = new ArrayList<>(List.of(HighTechStations2026.X1, HighTechStations2026.X2,
        HighTechStations2026.X3));
    SET.parameters().stream().map(Parameter::getCitation).forEach(citations::add);
    SET.targets().stream().map(Target::getCitations).forEach(citations::addAll);
    for (Citation citation : citations) {
      assertEquals(SET.source(), citation.getDocument());
      SourceTexts.assertQuoted(CitationsTest.class, citation);
    }
    assertEquals(5, SET.parameters().size()); // 50 staff, 3 members, 90%, and the two deadlines
    assertEquals(1, SET.targets().size());
  }

  @Test
  void aMisquoteIsCaught() {
    Citation misquote = HighTechStations2026.cite("一", "职工人数30人以上的高新技术企业，应当建立党群服务站。");
    AssertionError e = assertThrows(AssertionError.class, () -> SourceTexts.assertQuoted(CitationsTest.class, misquote));
    assertTrue(e.getMessage().contains("example-hightech-2026.txt"), e.getMessage());
  }
}
