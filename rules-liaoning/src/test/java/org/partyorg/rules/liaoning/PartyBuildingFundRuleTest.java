package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.of;
import static org.partyorg.rules.liaoning.Fixtures.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;

/** L11: 1% of wages or of dues, exact, and the shortfall rounded up to the fen. */
class PartyBuildingFundRuleTest {
  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  private static Finances wages(String wages, String budget) {
    return Finances.builder().annualWages(yuan(wages)).partyBuildingBudget(yuan(budget)).build();
  }

  private static Finding fund(Organisation organisation) {
    return only(organisation, "L11");
  }

  private static void assertAmount(String expected, Finding finding, FactType fact) {
    BigDecimal actual = finding.getFact(fact).orElseThrow().decimal().orElseThrow();
    assertEquals(0, yuan(expected).compareTo(actual), () -> fact + ": expected " + expected + ", got " + actual);
  }

  @Test
  void anEnterpriseBudgetsOnePercentOfWages() {
    Finding met = fund(enterprise().withFinances(wages("1000000", "10000")));
    assertEquals(Outcome.SATISFIED, met.getOutcome());
    assertAmount("10000", met, PartyBuildingFundRule.REQUIRED);
    assertEquals(PartyBuildingFundRule.WAGES_CITATION, met.getCitation());

    Finding shortBy = fund(enterprise().withFinances(wages("1000000", "9999.99")));
    assertEquals(Outcome.VIOLATED, shortBy.getOutcome());
    assertEquals(Set.of(LiaoningVocabulary.BUDGET_PARTY_BUILDING_FUND), shortBy.getRequiredActions());
    assertAmount("10000", shortBy, PartyBuildingFundRule.REQUIRED);
    assertAmount("9999.99", shortBy, PartyBuildingFundRule.BUDGET);
    assertAmount("0.01", shortBy, PartyBuildingFundRule.SHORTFALL);
    assertEquals("党建工作经费应按职工年度工资薪金总额1,000,000.00元的1%落实，即10,000.00元；已落实9,999.99元，差0.01元，应于2016年11月30日前补足。",
        shortBy.getMessageZh());
  }

  @Test
  void aRequirementBelowTheFenIsKeptExactAndTheShortfallRoundsUp() {
    // 1% of 12,345.67 is 123.4567: 123.45 is short by 0.0067, stated as 0.01; 123.46 meets it
    Finding shortBy = fund(enterprise().withFinances(wages("12345.67", "123.45")));
    assertEquals(Outcome.VIOLATED, shortBy.getOutcome());
    assertEquals(yuan("123.4567"), shortBy.fact(PartyBuildingFundRule.REQUIRED).orElseThrow());
    assertEquals(yuan("0.01"), shortBy.fact(PartyBuildingFundRule.SHORTFALL).orElseThrow());
    assertEquals(Outcome.SATISFIED, fund(enterprise().withFinances(wages("12345.67", "123.46"))).getOutcome());
    // half a fen and less still counts as short: no rounding down hides it
    Finding hair = fund(enterprise().withFinances(wages("12345.50", "123.455")));
    assertEquals(Outcome.SATISFIED, hair.getOutcome());
    Finding justUnder = fund(enterprise().withFinances(wages("12345.51", "123.455")));
    assertEquals(Outcome.VIOLATED, justUnder.getOutcome());
    assertEquals(yuan("0.01"), justUnder.fact(PartyBuildingFundRule.SHORTFALL).orElseThrow());
  }

  @Test
  void aSocialOrganisationCollectingNoDuesBudgetsOnWages() {
    Finding f = fund(of(OrganisationCategory.PRIVATE_SCHOOL).withFinances(
        wages("200000.5", "2000").withCollectsDues(false).withAnnualDuesIncome(yuan("999999"))));
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(yuan("2000.005"), f.fact(PartyBuildingFundRule.REQUIRED).orElseThrow());
    assertEquals(yuan("0.01"), f.fact(PartyBuildingFundRule.SHORTFALL).orElseThrow());
    assertEquals(PartyBuildingFundRule.WAGES_CITATION, f.getCitation());
  }

  @Test
  void aSocialOrganisationCollectingDuesBudgetsOnDuesIncome() {
    Finances dues = Finances.builder().collectsDues(true).annualWages(yuan("5000000"))
        .annualDuesIncome(yuan("33333.33")).partyBuildingBudget(yuan("333.33")).build();
    Finding f = fund(of(OrganisationCategory.SOCIAL_GROUP).withFinances(dues));
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(yuan("333.3333"), f.fact(PartyBuildingFundRule.REQUIRED).orElseThrow());
    assertEquals(yuan("0.01"), f.fact(PartyBuildingFundRule.SHORTFALL).orElseThrow());
    assertEquals(PartyBuildingFundRule.DUES_CITATION, f.getCitation());
    assertEquals(Outcome.SATISFIED, fund(of(OrganisationCategory.SOCIAL_GROUP)
        .withFinances(dues.withPartyBuildingBudget(yuan("333.34")))).getOutcome());
  }

  @Test
  void missingFiguresAreUndecidedAndNamed() {
    assertEquals(List.of("finances"), fund(enterprise()).getMissingFacts());
    assertEquals(List.of(PartyBuildingFundRule.WAGES),
        fund(enterprise().withFinances(Finances.builder().partyBuildingBudget(yuan("1")).build())).getMissingFactTypes());
    Finding noBudget = fund(enterprise().withFinances(Finances.builder().annualWages(yuan("100")).build()));
    assertEquals(List.of(PartyBuildingFundRule.BUDGET), noBudget.getMissingFactTypes());
    assertEquals(yuan("1.00"), noBudget.fact(PartyBuildingFundRule.REQUIRED).orElseThrow());
    assertEquals(List.of(PartyBuildingFundRule.COLLECTS_DUES),
        fund(of(OrganisationCategory.FOUNDATION).withFinances(wages("100", "1"))).getMissingFactTypes());
    assertEquals(List.of(PartyBuildingFundRule.DUES_INCOME), fund(of(OrganisationCategory.FOUNDATION)
        .withFinances(wages("100", "1").withCollectsDues(true))).getMissingFactTypes());
  }

  @Test
  void zeroWagesNeedNoFund() {
    assertEquals(Outcome.SATISFIED, fund(enterprise().withFinances(wages("0", "0"))).getOutcome());
  }

  @Test
  void overdueOnlyTheDayAfterTheReportDeadline() {
    Organisation firm = enterprise().withFinances(wages("100000", "0"));
    assertFalse(only(firm, LocalDate.of(2016, 11, 29), "L11").isOverdue());
    assertFalse(only(firm, LocalDate.of(2016, 11, 30), "L11").isOverdue());
    assertTrue(only(firm, LocalDate.of(2016, 12, 1), "L11").isOverdue());
  }
}
