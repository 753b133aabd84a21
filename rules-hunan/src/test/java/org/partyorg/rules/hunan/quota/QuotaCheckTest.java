package org.partyorg.rules.hunan.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.SourceDocument;

class QuotaCheckTest {
  private static final Citation CITATION = Citation.of(
      SourceDocument.builder().file("x.txt").title("t").issuer("i").date(LocalDate.of(2020, 1, 1)).build(),
      "三（二）", "遴选推荐1个基层党组织");
  private static final Parameter ONE = Parameter.of("perGroup", 1, "group", CITATION);
  private static final Parameter TEN = Parameter.of("direct", 10, "group", CITATION);

  private static List<QuotaCheck.Candidate> candidates(String group, int count) {
    List<QuotaCheck.Candidate> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new QuotaCheck.Candidate(group + "-" + i, group));
    }
    return list;
  }

  @Test
  void oneCandidatePerGroupKeepsTheLimitAndTwoBreakIt() {
    QuotaCheck check = QuotaCheck.atMostPerGroup(ONE);
    List<QuotaCheck.Candidate> list = new ArrayList<>(candidates("4301", 1));
    list.addAll(candidates("4302", 2));
    List<QuotaCheck.Breach> breaches = check.check(list);
    assertEquals(1, breaches.size());
    assertEquals("4302", breaches.get(0).group());
    assertEquals(2, breaches.get(0).count());
    assertEquals("Group “4302” has 2 candidates, more than the 1 allowed per group: must reduce them to 1 or fewer"
        + " (the plan, section 三（二）).", breaches.get(0).messageEn());
    assertEquals("“4302”组有候选单位2个，超过每组1个的名额，应调减至1个以内（《实施方案》三（二））。", breaches.get(0).messageZh());
    assertEquals(breaches.get(0).messageEn(), breaches.get(0).toString());
  }

  @Test
  void theSameCandidateTwiceCountsOnce() {
    QuotaCheck.Candidate a = new QuotaCheck.Candidate("A", "4301");
    assertEquals(List.of(), QuotaCheck.atMostPerGroup(ONE).check(List.of(a, a)));
  }

  @Test
  void exactQuotaBreaksOnBothSides() {
    QuotaCheck check = QuotaCheck.exactly("direct", TEN);
    assertEquals(List.of(), check.check(candidates("direct", 10)));
    assertEquals(9, check.check(candidates("direct", 9)).get(0).count());
    assertEquals(11, check.check(candidates("direct", 11)).get(0).count());
    QuotaCheck.Breach none = check.check(candidates("city", 10)).get(0);
    assertEquals(0, none.count());
    assertEquals("“direct”组没有候选单位，应为10个（《实施方案》三（二））。", none.messageZh());
    assertEquals("Group “direct” has no candidates: it must have exactly 10 (the plan, section 三（二）).", none.messageEn());
    assertEquals("Group “direct” has 1 candidate: it must have exactly 10 (the plan, section 三（二）).",
        check.check(candidates("direct", 1)).get(0).messageEn());
  }

  @Test
  void aFractionalQuotaIsRejected() {
    Parameter half = Parameter.of("half", new BigDecimal("0.5"), CITATION);
    assertThrows(IllegalArgumentException.class, () -> QuotaCheck.atMostPerGroup(half));
  }
}
