package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.assertNone;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.only;
import static org.partyorg.rules.liaoning.ledger.LedgerClass.ledgerClass;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.liaoning.ledger.LedgerClass;

/** L12 (park service centres) and L13 (the ledger class, carried by the finding and read back by {@link LedgerClass#ledgerClass}). */
class ParkAndLedgerTest {
  @Nested
  class L12 {
    private Organisation inPark(ParkLevel level, Optional<Boolean> centre) {
      Park park = Park.builder().name("沈阳经济技术开发区").level(level)
          .facilities(ParkFacilities.builder().partyAndMassServiceCentre(centre).build()).build();
      return enterprise().withPark(park);
    }

    @ParameterizedTest
    @EnumSource(value = ParkLevel.class, names = {"NATIONAL", "PROVINCIAL"})
    void parksAtProvincialLevelOrAboveNeedACentre(ParkLevel level) {
      Finding missing = only(inPark(level, Optional.of(false)), "L12");
      assertEquals(Outcome.VIOLATED, missing.getOutcome());
      assertEquals(Set.of(LiaoningVocabulary.SET_UP_SERVICE_CENTRE), missing.getRequiredActions());
      assertEquals(ParkServiceCentreRule.CITATION, missing.getCitation());
      assertEquals(Outcome.SATISFIED, only(inPark(level, Optional.of(true)), "L12").getOutcome());
      assertEquals(List.of(ParkServiceCentreRule.CENTRE), only(inPark(level, Optional.empty()), "L12").getMissingFactTypes());
    }

    @ParameterizedTest
    @EnumSource(value = ParkLevel.class, names = {"CITY", "DISTRICT"})
    void lowerParksAreNotUnderL12(ParkLevel level) {
      assertNone(inPark(level, Optional.of(false)), "L12");
    }

    @Test
    void aParkNotReportedIsUnknownNotNoParkAndTheRuleNamesIt() {
      for (OrganisationCategory category : List.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE, OrganisationCategory.LAW_FIRM)) {
        Finding f = only(Fixtures.of(category), "L12");
        assertEquals(Outcome.UNDECIDED, f.getOutcome());
        assertEquals(List.of(ParkServiceCentreRule.PARK), f.getMissingFactTypes());
        assertEquals(Set.of(RequiredAction.SUPPLY_MISSING_FACTS), f.getRequiredActions());
        assertEquals(ParkServiceCentreRule.CITATION, f.getCitation());
        assertEquals("缺少所在园区，无法判断；请补报所在园区。", f.getMessageZh());
      }
    }

    @Test
    void anOrganisationReportedInNoParkIsNotUnderL12() {
      assertNone(enterprise().withPark(Park.none()), "L12");
      assertNone(Fixtures.of(OrganisationCategory.LAW_FIRM).withPark(Park.none()), "L12");
    }

    @Test
    void aReportedParkOfAnyLevelIsNeverAskedFor() {
      for (ParkLevel level : ParkLevel.values()) {
        Organisation organisation = level == ParkLevel.NONE
            ? enterprise().withPark(Park.none())
            : enterprise().withPark(Park.of("沈阳经济技术开发区", level));
        assertFalse(Fixtures.findings(organisation, Fixtures.IN_TIME, "L12").stream()
            .anyMatch(f -> f.getMissingFacts().contains(ParkServiceCentreRule.PARK)), level::toString);
      }
    }

    @Test
    void overdueOnlyTheDayAfterTheReportDeadline() {
      Organisation organisation = inPark(ParkLevel.NATIONAL, Optional.of(false));
      assertFalse(only(organisation, LocalDate.of(2016, 11, 29), "L12").isOverdue());
      assertFalse(only(organisation, LocalDate.of(2016, 11, 30), "L12").isOverdue());
      assertTrue(only(organisation, LocalDate.of(2016, 12, 1), "L12").isOverdue());
    }
  }

  @Nested
  class L13 {
    private final WorkCoverage complete =
        WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.YOUTH_LEAGUE).build();

    private Assessment assess(Organisation organisation) {
      return Fixtures.SET.assess(organisation, Fixtures.IN_TIME);
    }

    @Test
    void organisationsWithAPartyOrganisationAreFiledByItsForm() {
      assertEquals(Optional.of(LedgerClass.STANDALONE),
          ledgerClass(assess(enterprise().withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)))));
      assertEquals(Optional.of(LedgerClass.JOINT), ledgerClass(assess(enterprise().withPartyOrganisation(PartyOrganisation.joint()))));
      Organisation functional = enterprise()
          .withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build());
      assertEquals(Optional.of(LedgerClass.OTHER_PARTY_ORGANISATION), ledgerClass(assess(functional)));
      Finding f = only(enterprise().withPartyOrganisation(PartyOrganisation.joint()), "L13");
      assertEquals(Outcome.SATISFIED, f.getOutcome());
      assertEquals("JOINT", f.fact("ledgerClass").orElseThrow());
      assertEquals(LedgerRule.CLASS_CITATION, f.getCitation());
    }

    @Test
    void organisationsWithoutOneAreFiledByWorkCoverageAndTheirFiveClearsAreAskedFor() {
      Organisation none = enterprise().withPartyOrganisation(PartyOrganisation.none());
      assertEquals(Optional.of(LedgerClass.WORK_COVERAGE), ledgerClass(assess(none.withWorkCoverage(complete))));
      assertEquals(Optional.of(LedgerClass.NOT_COVERED), ledgerClass(assess(none.withWorkCoverage(WorkCoverage.none()))));
      Finding f = only(none.withWorkCoverage(complete), "L13");
      assertEquals(Outcome.ADVISORY, f.getOutcome());
      assertEquals(Set.of(LiaoningVocabulary.RECORD_LEDGER_FACTS), f.getRequiredActions());
      assertEquals(LocalDate.of(2016, 9, 30), f.getDeadline().orElseThrow());
      assertEquals(LedgerRule.FIVE_CLEARS_CITATION, f.getCitation());
      assertFalse(only(none.withWorkCoverage(complete), LocalDate.of(2016, 10, 1), "L13").isOverdue(),
          "the ledger is the department's work: advice is never overdue");
    }

    @Test
    void theFiveClearsCarryTheLedgerDeadlineTheDayBeforeTheDayAndTheDayAfterAndAreNeverOverdue() {
      // 三2 "（9月底完成）": the date is stated on the advice; the ledger is the department's work, so no day makes it overdue
      Organisation none = enterprise().withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none());
      for (LocalDate asOf : List.of(LocalDate.of(2016, 9, 29), LocalDate.of(2016, 9, 30), LocalDate.of(2016, 10, 1))) {
        Finding f = only(none, asOf, "L13");
        assertEquals(Outcome.ADVISORY, f.getOutcome(), asOf::toString);
        assertEquals(LocalDate.of(2016, 9, 30), f.getDeadline().orElseThrow(), asOf::toString);
        assertFalse(f.isOverdue(), asOf::toString);
      }
    }

    @Test
    void unknownFactsLeaveTheClassAbsentAndTheFindingUndecided() {
      assertEquals(Optional.empty(), ledgerClass(assess(enterprise())));
      assertEquals(List.of("partyOrganisation"), only(enterprise(), "L13").getMissingFacts());
      Organisation none = enterprise().withPartyOrganisation(PartyOrganisation.none());
      assertEquals(Optional.empty(), ledgerClass(assess(none)));
      assertEquals(List.of("workCoverage"), only(none, "L13").getMissingFacts());
    }

    @Test
    void theEvaluatorKeepsTheClass() {
      Organisation joint = enterprise().withPartyOrganisation(PartyOrganisation.joint());
      assertEquals(Optional.of(LedgerClass.JOINT), ledgerClass(Evaluator.of(Fixtures.SET).assess(joint, Fixtures.IN_TIME)));
    }
  }
}
