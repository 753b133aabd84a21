package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.register.Registers.AS_OF;
import static org.partyorg.rules.register.Registers.EVALUATOR;
import static org.partyorg.rules.register.Registers.LIAONING;
import static org.partyorg.rules.register.Registers.SHENYANG;
import static org.partyorg.rules.register.Registers.WUCHANG;
import static org.partyorg.rules.register.Registers.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.testkit.MessageChecks;

/** Every line of a summary follows docs/STYLE.md, in every case a template has (empty base, baseline or not). */
class ReportTextsTest {
  private static List<Organisation> register() {
    List<Organisation> register = new ArrayList<>();
    register.add(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(120)
        .formalMembers(4).probationaryMembers(0).partyOrganisation(PartyOrganisation.none()).build());
    register.add(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).headCount(20)
        .formalMembers(1).probationaryMembers(0).partyOrganisation(PartyOrganisation.none()).build());
    register.add(organisation(OrganisationCategory.LAW_FIRM, WUCHANG).build());
    register.add(null);
    return register;
  }

  private static void assertStyled(CoverageReport report) {
    String zh = report.summary(Locale.CHINESE);
    String en = report.summary(Locale.ENGLISH);
    List<String> zhLines = zh.lines().filter(l -> !l.isEmpty()).toList();
    List<String> enLines = en.lines().filter(l -> !l.isEmpty()).toList();
    assertEquals(zhLines.size(), enLines.size(), zh + "\n" + en);
    for (String line : zhLines) {
      assertEquals(List.of(), MessageChecks.chinese(line), line);
    }
    for (String line : enLines) {
      assertEquals(List.of(), MessageChecks.english(line), line);
    }
  }

  @Test
  void everyLineInBothLanguagesWithoutTheBaseline() {
    CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).over(register().stream());
    assertStyled(report);
    assertTrue(report.summary(Locale.CHINESE).contains("“百日攻坚行动”前的数量未提供，无法判断"), report.summary(Locale.CHINESE));
    assertTrue(report.summary(Locale.CHINESE).contains("基数为0个单位"), "the societies have no one here");
  }

  @Test
  void everyLineInBothLanguagesWithTheBaseline() {
    CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).baseline(LIAONING, "jointOrganisationGrowth", 4)
        .over(register().stream());
    assertStyled(report);
    assertTrue(report.summary(Locale.CHINESE).contains("“百日攻坚行动”前为4个，应达到8个：未达到目标，尚差8个"),
        report.summary(Locale.CHINESE));
  }

  @Test
  void summaryDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = CoverageReport.of(EVALUATOR, AS_OF).over(register().stream()).summary(Locale.ENGLISH);
      Locale.setDefault(Locale.US);
      assertEquals(german, CoverageReport.of(EVALUATOR, AS_OF).over(register().stream()).summary(Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }
}
