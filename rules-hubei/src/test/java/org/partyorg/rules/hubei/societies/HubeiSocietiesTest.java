package org.partyorg.rules.hubei.societies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.hubei.TestOrganisations;

/** S1–S6 and N1–N3 of the Hubei science societies set. */
class HubeiSocietiesTest {
  private static final PolicySet SOCIETIES = HubeiSocieties2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PartyOrganisation WORK_GROUP =
      PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build();

  private static Assessment assess(Organisation organisation) {
    return SOCIETIES.assess(organisation, AS_OF);
  }

  private static Organisation society(int fullTime, int formal, int probationary) {
    return TestOrganisations.of(OrganisationCategory.ACADEMIC_SOCIETY, "420106")
        .withHeadCount(fullTime).withFullTimeStaff(fullTime)
        .withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(PartyOrganisation.none())
        .withWorkCoverage(WorkCoverage.none());
  }

  // --- S2 = N1 and N2 for societies, and how to form the joint one ---

  @Test
  void s2_threeFormalMembersStandAlone_twoJoint() {
    Finding n1 = only(assess(society(2, 3, 0)), "N1");
    assertEquals(Outcome.VIOLATED, n1.getOutcome());
    assertEquals(HubeiSocieties2016.N1, n1.getCitation());
    assertNoFinding(assess(society(2, 2, 0)), "N1");
    assertEquals(Outcome.VIOLATED, only(assess(society(2, 2, 0)), "N2").getOutcome());
    assertEquals(Outcome.VIOLATED, only(assess(society(2, 2, 1)), "N2").getOutcome());
    Finding s2 = only(assess(society(2, 2, 0)), "S2");
    assertEquals(Outcome.ADVISORY, s2.getOutcome());
    assertTrue(s2.getMessageZh().contains("挂靠组建"));
    assertNoFinding(assess(society(2, 3, 0)), "S2");
    assertEquals(Outcome.SATISFIED, only(assess(society(2, 1, 0).withPartyOrganisation(PartyOrganisation.joint())), "S2").getOutcome());
  }

  @Test
  void baselineIsDueAtTheEndOfTheConcentratedFormation() {
    Organisation society = society(2, 4, 0);
    LocalDate[] days = TestOrganisations.around(LocalDate.of(2016, 11, 25));
    assertFalse(only(SOCIETIES.assess(society, days[0]), "N1").isOverdue());
    assertFalse(only(SOCIETIES.assess(society, days[1]), "N1").isOverdue());
    assertTrue(only(SOCIETIES.assess(society, days[2]), "N1").isOverdue());
  }

  @Test
  void jointAndWorkCoverageAreDueAtTheEndOfTheConcentratedFormationToo() {
    Organisation twoFormal = society(2, 2, 0);
    Organisation noMembers = society(2, 0, 0);
    LocalDate[] days = TestOrganisations.around(SocietiesPlan.FORMATION_DEADLINE);
    assertEquals(Optional.of(LocalDate.of(2016, 11, 25)), only(SOCIETIES.assess(twoFormal, days[0]), "N2").getDeadline());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 25)), only(SOCIETIES.assess(noMembers, days[0]), "N3").getDeadline());
    for (int i = 0; i < 2; i++) {
      assertFalse(only(SOCIETIES.assess(twoFormal, days[i]), "N2").isOverdue(), days[i].toString());
      assertFalse(only(SOCIETIES.assess(noMembers, days[i]), "N3").isOverdue(), days[i].toString());
    }
    assertTrue(only(SOCIETIES.assess(twoFormal, days[2]), "N2").isOverdue());
    assertTrue(only(SOCIETIES.assess(noMembers, days[2]), "N3").isOverdue());
  }

  // --- S3: council-level work group for societies without full-time staff ---

  @Test
  void s3_noFullTimeStaffMayUseACouncilWorkGroup() {
    Assessment assessment = assess(society(0, 4, 0).withPartyOrganisation(WORK_GROUP));
    assertEquals(Outcome.SATISFIED, only(assessment, "S3").getOutcome());
    assertEquals(Outcome.SATISFIED, only(assessment, "N1").getOutcome());
    Finding may = only(assess(society(0, 4, 0)), "S3");
    assertEquals(Outcome.ADVISORY, may.getOutcome());
  }

  @Test
  void s3_oneFullTimeStaffMemberRulesTheWorkGroupOut() {
    Assessment assessment = assess(society(1, 4, 0).withPartyOrganisation(WORK_GROUP));
    Finding s3 = only(assessment, "S3");
    assertEquals(Outcome.ADVISORY, s3.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), s3.getRequiredActions());
    assertEquals(Outcome.VIOLATED, only(assessment, "N1").getOutcome());
    assertNoFinding(assess(society(1, 4, 0)), "S3");
  }

  @Test
  void s3_unknownFullTimeStaffLeavesTheWorkGroupUndecided() {
    Assessment assessment = assess(society(0, 4, 0).withFullTimeStaff(OptionalInt.empty()).withPartyOrganisation(WORK_GROUP));
    Finding n1 = only(assessment, "N1");
    assertEquals(Outcome.UNDECIDED, n1.getOutcome());
    assertEquals(List.of("fullTimeStaff"), n1.getMissingFacts());
    assertEquals(List.of("fullTimeStaff"), only(assessment, "S3").getMissingFacts());
    Assessment standalone = assess(society(0, 4, 0).withFullTimeStaff(OptionalInt.empty())
        .withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)));
    assertEquals(Outcome.SATISFIED, only(standalone, "N1").getOutcome());
  }

  // --- S4 ---

  @Test
  void s4_scatteredHollowWeakSocietyIsToBeReorganised() {
    Assessment assessment = assess(society(3, 0, 0).withTraits(Set.of(ScatteredHollowWeakRule.SCATTERED_HOLLOW_WEAK)));
    Finding s4 = only(assessment, "S4");
    assertEquals(Outcome.VIOLATED, s4.getOutcome());
    assertEquals(Set.of(ScatteredHollowWeakRule.REORGANISE_OR_WIND_UP), s4.getRequiredActions());
    assertTrue(s4.getDeadline().isEmpty());
    assertFalse(SOCIETIES.assess(society(3, 0, 0).withTraits(Set.of(ScatteredHollowWeakRule.SCATTERED_HOLLOW_WEAK)), LocalDate.of(2030, 1, 1))
        .findings("S4").get(0).isOverdue());
    assertEquals(1, assessment.findings("N3").size(), "the society is still assessed");
    assertNoFinding(assess(society(3, 0, 0)), "S4");
  }

  // --- S6 ---

  @Test
  void s6_societyWithoutAnOrganisationNeedsWorkCoverageWhateverItsMembers() {
    Finding members = only(assess(society(3, 2, 0)), "S6");
    assertEquals(Outcome.VIOLATED, members.getOutcome());
    assertEquals(Set.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), members.getRequiredActions());
    WorkCoverage covered = WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build();
    assertEquals(Outcome.SATISFIED, only(assess(society(3, 0, 0).withWorkCoverage(covered)), "S6").getOutcome());
    assertNoFinding(assess(society(3, 1, 0).withPartyOrganisation(PartyOrganisation.joint())), "S6");
    LocalDate[] days = TestOrganisations.around(SocietiesPlan.FORMATION_DEADLINE);
    assertFalse(only(SOCIETIES.assess(society(3, 2, 0), days[0]), "S6").isOverdue());
    assertFalse(only(SOCIETIES.assess(society(3, 2, 0), days[1]), "S6").isOverdue());
    assertTrue(only(SOCIETIES.assess(society(3, 2, 0), days[2]), "S6").isOverdue());
  }

  // --- S1 and S5: data ---

  @Test
  void s1_seventyPercentByTheEndOf2016() {
    Target target = SOCIETIES.targets().get(0);
    assertEquals("S1", target.getRuleId());
    assertEquals(0, new BigDecimal("0.70").compareTo(target.getRate().orElseThrow()));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 31)), target.getDeadline());
    assertEquals(Set.of(OrganisationCategory.ACADEMIC_SOCIETY), target.getBaseCategories());
    assertEquals(2, target.getCitations().size());
  }

  @Test
  void s5_phasesAndReportingDays() {
    List<Phase> phases = SOCIETIES.phases();
    assertTrue(phases.stream().allMatch(p -> p.getRuleId().equals("S5")));
    assertEquals(LocalDate.of(2016, 8, 31), phases.get(0).getUntil());
    Phase formation = phases.get(3);
    assertEquals(Optional.of(LocalDate.of(2016, 9, 1)), formation.getFrom());
    assertEquals(LocalDate.of(2016, 11, 25), formation.getUntil());
    assertTrue(phases.stream().anyMatch(p -> p.getReportingDaysOfMonth().equals(List.of(15, 30))));
    Phase acceptance = phases.get(phases.size() - 1);
    assertEquals(LocalDate.of(2016, 12, 30), acceptance.getUntil());
  }

  @Test
  void parameters() {
    assertEquals(0, SOCIETIES.parameter(WorkGroupRule.MAX_FULL_TIME_STAFF.getKey()).orElseThrow().intValue());
    assertEquals(Optional.of("fullTimeStaff"), SOCIETIES.parameter(WorkGroupRule.MAX_FULL_TIME_STAFF.getKey()).orElseThrow().getFact());
    assertEquals(3, SOCIETIES.parameter("standaloneFormalMembers").orElseThrow().intValue());
    PolicySet whatIf = HubeiSocieties2016.build(Map.of(WorkGroupRule.MAX_FULL_TIME_STAFF.getKey(), BigDecimal.ONE));
    assertEquals(Outcome.SATISFIED, only(whatIf.assess(society(1, 4, 0).withPartyOrganisation(WORK_GROUP), AS_OF), "S3").getOutcome());
  }
}
