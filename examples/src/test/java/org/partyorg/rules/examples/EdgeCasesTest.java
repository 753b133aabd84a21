package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.InvalidOrganisationException;
import org.partyorg.rules.core.Violation;

/**
 * The faults found from outside (issue 8), each against the real policy sets: every one is now a
 * violation naming its field, and an amount reads as a plain number.
 */
class EdgeCasesTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();

  private static Organisation hunan() {
    return SampleOrganisations.hunanAppraisalFirm();
  }

  private static PartyOrganisation hunanBranch() {
    return hunan().getPartyOrganisation().orElseThrow();
  }

  private static Organisation liaoning() {
    return SampleOrganisations.all().get(3);
  }

  private static List<String> rejectedFields(Organisation organisation, LocalDate asOf) {
    AssessmentResult result = EVALUATOR.assessAll(Stream.of(organisation), asOf).findFirst().orElseThrow();
    assertFalse(result.isAssessed());
    assertTrue(result.getFailure().isEmpty(), () -> "not a validation problem: " + result.getFailure());
    return result.getRejections().stream().map(Violation::getField).toList();
  }

  @Test
  void aHunanBranchFoundedOnTheLastDayJavaKnowsIsRejectedNotThrownFromB1() {
    Organisation firm = hunan().withPartyOrganisation(hunanBranch().withFoundingDate(LocalDate.MAX));
    assertEquals(List.of("partyOrganisation.foundingDate"), rejectedFields(firm, SampleOrganisations.HUNAN_AS_OF));
    InvalidOrganisationException e = assertThrows(InvalidOrganisationException.class,
        () -> EVALUATOR.assess(firm, SampleOrganisations.HUNAN_AS_OF));
    assertEquals("党组织成立日期应在1921年7月1日至2100年12月31日之间，实为999999999年12月31日。",
        e.getViolations().get(0).getMessageZh());
  }

  @Test
  void liaoningWagesOfAnAbsurdAmountAreRejectedNotRounded() {
    Organisation firm = liaoning().withFinances(Finances.builder()
        .annualWages(new BigDecimal("1E+999999999")).partyBuildingBudget(BigDecimal.ZERO).build());
    assertEquals(List.of("finances.annualWages"), rejectedFields(firm, SampleOrganisations.CAMPAIGN_AS_OF));
  }

  @Test
  void anActivityRecordFromTheFirstDayJavaKnowsIsRejectedBeforeAnyMonthIsListed() {
    Organisation firm = hunan().withPartyOrganisation(hunanBranch()
        .withActivityRecord(ActivityRecord.of(LocalDate.MIN, LocalDate.of(2020, 12, 31))));
    assertEquals(List.of("partyOrganisation.activityRecord.periodFrom"), rejectedFields(firm, SampleOrganisations.HUNAN_AS_OF));
  }

  @Test
  void aMessageOrAFactNeverShowsAnAmountWithAnExponent() {
    Organisation firm = liaoning().withFinances(Finances.builder()
        .annualWages(BigDecimal.valueOf(1.0E7)).partyBuildingBudget(BigDecimal.valueOf(5.0E4)).build());
    Assessment assessment = EVALUATOR.assess(firm, SampleOrganisations.CAMPAIGN_AS_OF);
    Finding l11 = assessment.findings("L11").get(0);
    assertEquals("党建工作经费应按职工年度工资薪金总额10,000,000.00元的1%落实，即100,000.00元；已落实50,000.00元，差50,000.00元，应于2016年11月30日前补足。",
        l11.getMessageZh());
    for (Fact fact : l11.getFacts()) {
      assertFalse(String.valueOf(fact.getValue().orElse("")).contains("E"), fact::toString);
      assertFalse(String.valueOf(fact.getLimit().orElse("")).contains("E"), fact::toString);
    }
    assertFalse(l11.toString().contains("E+"), l11::toString);
  }

  @Test
  void aWuhanFirmInAnInventedProvinceIsRejectedNotLeftWithNothingToDo() {
    Organisation firm = SampleOrganisations.all().get(0).withDivisionCode("990000");
    assertEquals(List.of("divisionCode"), rejectedFields(firm, SampleOrganisations.CAMPAIGN_AS_OF));
  }

  @Test
  void aStandaloneBranchWithoutMembersIsRejectedRatherThanAskedForWorkCoverage() {
    Organisation firm = SampleOrganisations.all().get(0)
        .withFormalMembers(0).withProbationaryMembers(0).withPartyOrganisation(PartyOrganisation.standalone(
            PartyOrganisationLevel.BRANCH));
    assertEquals(List.of("partyOrganisation"), rejectedFields(firm, SampleOrganisations.CAMPAIGN_AS_OF));
  }
}
