package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.examples.ownset.Fixtures.EVALUATOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.core.Catalogue;

/** The rules catalogue shows the set like a bundled one: document, scope, keys, parameters, target, words. */
class CatalogueTest {
  private static final String MARKDOWN = Catalogue.markdown(EVALUATOR.policySets());

  /** The set's own section: from its heading to the next set's. */
  private static String section() {
    int start = MARKDOWN.indexOf("\n## example-hightech-2026\n");
    assertTrue(start >= 0, MARKDOWN);
    int end = MARKDOWN.indexOf("\n## ", start + 1);
    return MARKDOWN.substring(start, end < 0 ? MARKDOWN.length() : end);
  }

  @Test
  void theSetIsListedBesideTheBundledOnes() {
    for (String id : List.of("example-hightech-2026", "hubei-cpa-2016", "liaoning-2016", "wuhan-2016")) {
      assertTrue(MARKDOWN.contains("\n## " + id + "\n"), id);
    }
  }

  @Test
  void theSectionShowsTheDocumentAndWhereAndWhenItApplies() {
    String section = section();
    assertTrue(section.contains("示例文件（虚构，仅作演示）：某高新区关于在高新技术企业建立党群服务站的通知（某高新区党工委，2026-03-01）"),
        section);
    assertTrue(section.contains("- applies in: 3201\n- to: NON_PUBLIC_ENTERPRISE\n- from 2026-03-01\n"), section);
  }

  @Test
  void theSectionShowsTheKeysParametersAndTarget() {
    String section = section();
    assertTrue(section.contains("### Finding keys\n\n`X1`, `X2`\n"), section);
    assertTrue(section.contains("| `stationStaffThreshold` | 50 | persons | headCount | 一 | "
        + "职工人数50人以上的高新技术企业，应当于2026年12月31日前建立党群服务站。 |"), section);
    assertTrue(section.contains("| `standaloneFormalMembers` | 3 | persons | formalMembers | 二 |"), section);
    assertTrue(section.contains("| X3 | `stationCoverage` | rate 0.90 |"), section);
    assertTrue(section.contains("| `stationCoverageRate` | 0.90 | share | — | 三 |"), section);
    assertTrue(section.contains("| `stationDeadline` | 2026-12-31 | date | — | 一 |"), section);
    assertTrue(section.contains("| `standaloneDeadline` | 2026-09-30 | date | — | 二 |"), section);
  }

  @Test
  void theSectionShowsTheNewAction_TraitAndFact() {
    String section = section();
    assertTrue(section.contains(
        "| action | `SET_UP_SERVICE_STATION` | — | — | 建立党群服务站 | set up a party-and-mass service station |"), section);
    assertTrue(section.contains("| trait | `HIGH_TECH` | — | — | 高新技术企业 | high-tech enterprise |"), section);
    assertTrue(section.contains(
        "| extra fact | `serviceStation` | FLAG | — | 党群服务站建立情况 | information on whether a party-and-mass service"
            + " station is set up |"), section);
  }

  @Test
  void theSetsSectionDependsOnTheSetAlone() {
    String alone = Catalogue.markdown(List.of(EVALUATOR.policySet(Fixtures.SET_ID)));
    assertEquals("# Rules catalogue\n" + section(), alone);
  }
}
