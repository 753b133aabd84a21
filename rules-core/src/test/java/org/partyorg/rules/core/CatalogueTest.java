package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.Trait;

/** The catalogue lists any set, and a name cannot break its tables. */
class CatalogueTest {
  @Test
  void aSetsKeysParametersAndWordsAreListedAndTheirTextsStayInTheirCells() {
    PolicySet set = TestPolicySets.withVocabulary("own-2026", "32", Vocabulary.builder()
        .traits(Trait.of("HIGH_TECH", "高新|技术企业", "high-tech | enterprise"))
        .actions(RequiredAction.of("SET_UP_STATION", "建立服务站", "set up a station"))
        .build());
    String markdown = Catalogue.markdown(List.of(set, TestPolicySets.baseline("a-2016", "42")));
    assertTrue(markdown.indexOf("## a-2016") < markdown.indexOf("## own-2026"), "sorted by id");
    assertTrue(markdown.contains("`N1`, `N2`, `N3`"), markdown);
    assertTrue(markdown.contains("| `standaloneFormalMembers` | 3 | persons | formalMembers |"), markdown);
    assertTrue(markdown.contains("| trait | `HIGH_TECH` | — | — | 高新\\|技术企业 | high-tech \\| enterprise |"), markdown);
    assertTrue(markdown.contains("| action | `SET_UP_STATION` | — | — | 建立服务站 | set up a station |"), markdown);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Trait.of("HIGH_TECH", "高新\n# 标题", "high-tech"), "a name is one line");
    for (String line : markdown.split("\n")) {
      if (line.startsWith("| trait")) {
        assertEquals(8, line.split("(?<!\\\\)\\|", -1).length, line);
      }
    }
  }
}
