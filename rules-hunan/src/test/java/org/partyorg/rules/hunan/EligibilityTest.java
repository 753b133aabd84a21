package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hunan.Fixtures.firmWithBranch;
import static org.partyorg.rules.hunan.Fixtures.only;
import static org.partyorg.rules.hunan.Fixtures.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;

/** B1 (at least 3 years old) and B2 (no sanction in 3 years), at the application date. */
class EligibilityTest {
  private static Organisation foundedOn(LocalDate founded) {
    Organisation firm = firmWithBranch(5);
    return firm.withPartyOrganisation(
        firm.getPartyOrganisation().orElseThrow().withFoundingDate(founded))
        .withSanctionRecord(SanctionRecord.none());
  }

  private static Organisation sanctionedOn(SanctionKind kind, LocalDate... dates) {
    Sanction[] sanctions = new Sanction[dates.length];
    for (int i = 0; i < dates.length; i++) {
      sanctions[i] = Sanction.of(kind, dates[i]);
    }
    return foundedOn(LocalDate.of(2010, 1, 1)).withSanctionRecord(SanctionRecord.of(sanctions));
  }

  @Test
  void b1TheDayBeforeTheThirdAnniversaryIsTooEarlyAndTheAnniversaryIsInTime() {
    Organisation firm = foundedOn(LocalDate.of(2017, 8, 15));
    Finding early = only(firm, LocalDate.of(2020, 8, 14), "B1");
    assertEquals(Outcome.VIOLATED, early.getOutcome());
    assertEquals(Set.of(HunanVocabulary.DEFER_APPLICATION), early.getRequiredActions());
    assertEquals(LocalDate.of(2020, 8, 15), early.fact("eligibleFrom").orElseThrow());
    assertEquals(LocalDate.of(2017, 8, 15), early.fact("partyOrganisation.foundingDate").orElseThrow());
    assertTrue(early.getMessageEn().contains("may apply from 15 August 2020"), early.getMessageEn());
    assertTrue(early.getMessageZh().contains("2020年8月15日起方可申报"), early.getMessageZh());
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2020, 8, 15), "B1"));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2020, 8, 16), "B1"));
  }

  @Test
  void b1FoundedOnTwentyNinthFebruaryHasThreeYearsOnTwentyEighthFebruary() {
    Organisation firm = foundedOn(LocalDate.of(2016, 2, 29));
    assertEquals(Outcome.VIOLATED, outcome(firm, LocalDate.of(2019, 2, 27), "B1"));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2019, 2, 28), "B1"));
  }

  @Test
  void b1ThreeYearsAcrossALeapDayEndOnTheSameDate() {
    // 2017-03-01 to 2020-03-01 spans 2020-02-29: still the anniversary, one day more in all
    Organisation firm = foundedOn(LocalDate.of(2017, 3, 1));
    assertEquals(Outcome.VIOLATED, outcome(firm, LocalDate.of(2020, 2, 29), "B1"));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2020, 3, 1), "B1"));
  }

  @Test
  void b1WithoutAFoundingDateCannotDecide() {
    Finding f = only(firmWithBranch(5), LocalDate.of(2020, 8, 1), "B1");
    assertEquals(Outcome.UNDECIDED, f.getOutcome());
    assertEquals(List.of("partyOrganisation.foundingDate"), f.getMissingFacts());
  }

  @Test
  void b1AndB2SayNothingOfAFirmWithoutAPartyOrganisation() {
    Organisation none = Fixtures.firm().withFormalMembers(0).withPartyOrganisation(PartyOrganisation.none());
    assertEquals(List.of(), Fixtures.findings(none, LocalDate.of(2020, 8, 1), "B1"));
    assertEquals(List.of(), Fixtures.findings(none, LocalDate.of(2020, 8, 1), "B2"));
  }

  @Test
  void b1AndB2CannotDecideWhenThePartyOrganisationIsNotReported() {
    Organisation unknown = Fixtures.firm().withFormalMembers(5);
    assertEquals(List.of("partyOrganisation"), only(unknown, LocalDate.of(2020, 8, 1), "B1").getMissingFacts());
    assertEquals(List.of("partyOrganisation"), only(unknown, LocalDate.of(2020, 8, 1), "B2").getMissingFacts());
  }

  @Test
  void b2APenaltyBarsTheApplicationUntilItsThirdAnniversary() {
    Organisation firm = sanctionedOn(SanctionKind.ADMINISTRATIVE_PENALTY, LocalDate.of(2017, 8, 15));
    Finding barred = only(firm, LocalDate.of(2020, 8, 14), "B2");
    assertEquals(Outcome.VIOLATED, barred.getOutcome());
    assertEquals(Map.of(SanctionKind.ADMINISTRATIVE_PENALTY, List.of(LocalDate.of(2017, 8, 15))),
        barred.fact("sanctions").orElseThrow());
    assertEquals(LocalDate.of(2020, 8, 15), barred.fact("eligibleFrom").orElseThrow());
    assertTrue(barred.getMessageEn().contains("(administrative penalty: 15 August 2017)"), barred.getMessageEn());
    assertTrue(barred.getMessageZh().contains("（行政处罚：2017年8月15日）"), barred.getMessageZh());
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2020, 8, 15), "B2"));
  }

  @Test
  void b2IndustryDisciplineCountsLikeAPenaltyAndTheLatestSanctionSetsTheDate() {
    Organisation firm = sanctionedOn(SanctionKind.INDUSTRY_DISCIPLINE,
        LocalDate.of(2016, 2, 29), LocalDate.of(2018, 6, 1), LocalDate.of(2015, 1, 1));
    Finding barred = only(firm, LocalDate.of(2019, 2, 27), "B2");
    assertEquals(Map.of(SanctionKind.INDUSTRY_DISCIPLINE, List.of(LocalDate.of(2016, 2, 29), LocalDate.of(2018, 6, 1))),
        barred.fact("sanctions").orElseThrow());
    assertEquals(LocalDate.of(2021, 6, 1), barred.fact("eligibleFrom").orElseThrow());
  }

  @Test
  void b2ASanctionOnTwentyNinthFebruaryClearsOnTwentyEighthFebruary() {
    Organisation firm = sanctionedOn(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(2016, 2, 29));
    assertEquals(Outcome.VIOLATED, outcome(firm, LocalDate.of(2019, 2, 27), "B2"));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2019, 2, 28), "B2"));
  }

  @Test
  void b2ASanctionAfterTheApplicationDateIsNotCounted() {
    Organisation firm = sanctionedOn(SanctionKind.ADMINISTRATIVE_PENALTY, LocalDate.of(2020, 9, 1));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2020, 8, 31), "B2"));
    assertEquals(Outcome.VIOLATED, outcome(firm, LocalDate.of(2020, 9, 1), "B2"));
  }

  @Test
  void b2WithoutASanctionRecordCannotDecide() {
    Finding f = only(firmWithBranch(5), LocalDate.of(2020, 8, 1), "B2");
    assertEquals(List.of("sanctionRecord"), f.getMissingFacts());
    assertFalse(f.isOverdue());
  }
}
