package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.FindingFactory;

/** B10's texts take the band from the parameters: a what-if shows its own numbers, not the document's. */
class BranchBandTextTest {
  private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

  private static Finding b10(BranchLevelRule rule, Organisation organisation) {
    List<Finding> out = new ArrayList<>();
    rule.evaluate(organisation, AS_OF, out);
    assertEquals(1, out.size(), out::toString);
    return out.get(0);
  }

  private static BranchLevelRule rule(int branch, int general, int covered) {
    FindingFactory findings = FindingFactory.of("hunan-benchmark-2020", "B10", BranchLevelRule.B10_BRANCH);
    return new BranchLevelRule(findings, findings, findings,
        BranchLevelRule.BRANCH_MINIMUM.withOverride(BigDecimal.valueOf(branch)),
        BranchLevelRule.GENERAL_BRANCH_MINIMUM.withOverride(BigDecimal.valueOf(general)),
        BranchLevelRule.COVERED_BELOW.withOverride(BigDecimal.valueOf(covered)));
  }

  @Test
  void theDocumentsBandsAsTheDocumentHasThem() {
    assertEquals("正式党员10名（3名以上、不足50名），已设立党支部。",
        b10(rule(3, 50, 100), Fixtures.firmWithBranch(10)).getMessageZh());
    assertEquals("10 formal members (3 to 49) and a branch: met.",
        b10(rule(3, 50, 100), Fixtures.firmWithBranch(10)).getMessageEn());
  }

  @Test
  void aWhatIfShowsItsOwnBands() {
    assertEquals("正式党员10名（4名以上、不足40名），已设立党支部。",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(10)).getMessageZh());
    assertEquals("正式党员45名（40名以上、不足80名），应设立党总支，现为党支部。",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(45)).getMessageZh());
    assertEquals("45 formal members (40 to 79): must have a general branch, has party branch.",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(45)).getMessageEn());
  }
}
