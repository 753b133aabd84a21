package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.testkit.MessageChecks;
import org.partyorg.rules.testkit.SourceTexts;

/** B6: the seven steps of 三 as phases, each with its days and its quoted sentence. */
class TimetableTest {
  private static String span(Phase phase) {
    return phase.getFrom().map(LocalDate::toString).orElse("…") + " to " + phase.getUntil();
  }

  @Test
  void theSetListsTheSevenStepsInOrderWithTheirDays() {
    List<Phase> phases = Fixtures.SET.phases();
    List<String> spans = new ArrayList<>();
    for (Phase phase : phases) {
      spans.add(phase.getRuleId() + " " + phase.getCitation().getSection() + " " + phase.getNameZh() + " " + span(phase));
    }
    assertEquals(List.of(
        "B6 三（一） 全面动员部署 … to 2020-07-30",
        "B6 三（二） 自行申报推荐 … to 2020-08-15",
        "B6 三（三） 确定创建对象 2020-09-01 to 2020-09-30",
        "B6 三（四） 对标开展创建 2020-10-01 to 2021-02-28",
        "B6 三（五） 组织考核评估 … to 2021-03-31",
        "B6 三（六） 抓好巩固验收 … to 2021-04-30",
        "B6 三（七） 进行表彰授牌 … to 2021-06-30"), spans);
    phases.forEach(p -> assertEquals(List.of(), p.getReportingDaysOfMonth(), "the plan sets no reporting days"));
  }

  @Test
  void eachPhaseQuotesTheSentenceThatDatesIt() {
    for (Phase phase : Fixtures.SET.phases()) {
      SourceTexts.assertQuoted(TimetableTest.class, phase.getCitation());
      String year = String.valueOf(phase.getUntil().getYear());
      String month = phase.getUntil().getMonthValue() + "月";
      // the quote carries the date the phase ends on (“2020年10月-2021年2月” ends in 2021年2月)
      assertTrue(phase.getCitation().getQuote().contains(year + "年" + month), phase.getCitation().getQuote());
    }
  }

  @Test
  void theNamesPassTheChecksOfTheStyleGuide() {
    List<String> problems = new ArrayList<>();
    for (Phase phase : Fixtures.SET.phases()) {
      MessageChecks.name(phase.getNameZh(), true).forEach(p -> problems.add(phase.getNameZh() + ": " + p));
      MessageChecks.name(phase.getNameEn(), false).forEach(p -> problems.add(phase.getNameEn() + ": " + p));
    }
    assertEquals(List.of(), problems);
    assertEquals(Optional.of(LocalDate.of(2020, 9, 1)), Fixtures.SET.phases().get(2).getFrom());
  }
}
