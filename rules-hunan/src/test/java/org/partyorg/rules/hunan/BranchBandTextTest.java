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
    assertEquals("正式党员10名（3名以上），已设立党支部，符合要求。",
        b10(rule(3, 50, 100), Fixtures.firmWithBranch(10)).getMessageZh());
    assertEquals("The party organisation has 10 formal members (3 or more) and is a party branch: requirement met.",
        b10(rule(3, 50, 100), Fixtures.firmWithBranch(10)).getMessageEn());
  }

  @Test
  void aWhatIfShowsItsOwnBands() {
    assertEquals("正式党员10名（4名以上），已设立党支部，符合要求。",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(10)).getMessageZh());
    assertEquals("正式党员45名（40名以上），现为党支部，应设立党总支。",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(45)).getMessageZh());
    assertEquals("The party organisation has 45 formal members (40 or more) and is a party branch: must become a general"
        + " party branch.", b10(rule(4, 40, 80), Fixtures.firmWithBranch(45)).getMessageEn());
    assertEquals("正式党员3名，不足4名，现为党支部；按《任务指南》，正式党员4名以上的应设立党支部，单个资质平台正式党员不足4名的，"
        + "可联合合署办公的其他资质平台组建联合党支部。", b10(rule(4, 40, 80), Fixtures.firmWithBranch(3)).getMessageZh());
    assertEquals("正式党员80名（80名以上），超出《任务指南》1（1）规定的人数范围，不作判断。",
        b10(rule(4, 40, 80), Fixtures.firmWithBranch(80)).getMessageZh());
  }
}
