package org.partyorg.rules.hubei.cpa;

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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.hubei.TestOrganisations;

/** H1–H6 and N1–N3 (H2) of the Hubei CPA industry set. */
class HubeiCpaTest {
  private static final PolicySet CPA = HubeiCpa2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);

  private static Assessment assess(Organisation organisation) {
    return CPA.assess(organisation, AS_OF);
  }

  private static Organisation firm(int staff, int formal, int probationary) {
    return TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.YICHANG)
        .withHeadCount(staff).withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  // --- H1 ---

  @Test
  void h1_29StaffIsOutside_30IsIn() {
    assertNoFinding(assess(firm(29, 1, 0)), "H1");
    Finding finding = only(assess(firm(30, 1, 0)), "H1");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), finding.getRequiredActions());
    assertEquals(Optional.of(30), finding.fact("headCount"));
    assertEquals(FirmOrganisationRule.CITATION, finding.getCitation());
    assertEquals(Outcome.SATISFIED, only(assess(firm(30, 1, 0).withPartyOrganisation(PartyOrganisation.joint())), "H1").getOutcome());
  }

  @Test
  void h1_unknownStaffIsUndecided() {
    Finding finding = only(assess(firm(0, 0, 0).withHeadCount(java.util.OptionalInt.empty())), "H1");
    assertEquals(Outcome.UNDECIDED, finding.getOutcome());
    assertEquals(List.of("headCount"), finding.getMissingFacts());
  }

  @Test
  void h1_dueAtTheEndOfNovember() {
    Organisation big = firm(45, 0, 0);
    LocalDate[] days = TestOrganisations.around(CpaPlan.DEADLINE);
    assertFalse(only(CPA.assess(big, days[0]), "H1").isOverdue());
    assertFalse(only(CPA.assess(big, days[1]), "H1").isOverdue());
    assertTrue(only(CPA.assess(big, days[2]), "H1").isOverdue());
  }

  // --- H2 = N1–N3 with the CPA document's sentences and date ---

  @Test
  void h2_threeFormalMembersStandAlone_twoJoint_noneWorkCoverage() {
    Finding n1 = only(assess(firm(10, 3, 0)), "N1");
    assertEquals(Outcome.VIOLATED, n1.getOutcome());
    assertEquals(HubeiCpa2016.N1, n1.getCitation());
    assertNoFinding(assess(firm(10, 2, 0)), "N1");
    Finding n2 = only(assess(firm(10, 2, 0)), "N2");
    assertEquals(Outcome.VIOLATED, n2.getOutcome());
    assertEquals(HubeiCpa2016.N2, n2.getCitation());
    assertEquals(Outcome.VIOLATED, only(assess(firm(10, 2, 5)), "N2").getOutcome());
    Finding n3 = only(assess(firm(10, 0, 0).withWorkCoverage(WorkCoverage.none())), "N3");
    assertEquals(HubeiCpa2016.N3, n3.getCitation());
    assertEquals(Outcome.VIOLATED, n3.getOutcome());
  }

  @Test
  void h2_dueAtTheEndOfNovember() {
    for (Organisation organisation : List.of(firm(10, 3, 0), firm(10, 1, 0))) {
      String rule = organisation.getFormalMembers().getAsInt() >= 3 ? "N1" : "N2";
      LocalDate[] days = TestOrganisations.around(LocalDate.of(2016, 11, 30));
      assertFalse(only(CPA.assess(organisation, days[0]), rule).isOverdue());
      assertFalse(only(CPA.assess(organisation, days[1]), rule).isOverdue());
      assertTrue(only(CPA.assess(organisation, days[2]), rule).isOverdue());
    }
  }

  @Test
  void h2_workCoverageForAFirmWithoutMembersIsDueAtTheEndOfNovemberToo() {
    Organisation firm = firm(10, 0, 0).withWorkCoverage(WorkCoverage.none());
    LocalDate[] days = TestOrganisations.around(CpaPlan.DEADLINE);
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), only(CPA.assess(firm, days[0]), "N3").getDeadline());
    assertFalse(only(CPA.assess(firm, days[0]), "N3").isOverdue());
    assertFalse(only(CPA.assess(firm, days[1]), "N3").isOverdue());
    assertTrue(only(CPA.assess(firm, days[2]), "N3").isOverdue());
  }

  // --- H4 ---

  @Test
  void h4_firmsWithMembersAreToldToTransferMembership() {
    Finding finding = only(assess(firm(10, 0, 1)), "H4");
    assertEquals(Outcome.ADVISORY, finding.getOutcome());
    assertEquals(Set.of(MembershipTransferRule.TRANSFER_MEMBERSHIP), finding.getRequiredActions());
    assertEquals(Optional.of(LocalDate.of(2016, 10, 20)), finding.getDeadline());
    assertNoFinding(assess(firm(10, 0, 0)), "H4");
    assertEquals(Outcome.UNDECIDED, only(assess(firm(10, 0, 0).withProbationaryMembers(java.util.OptionalInt.empty())), "H4").getOutcome());
  }

  // --- H5 ---

  @Test
  void h5_associationBranchIsAnAlternativeForFewerThanThreeFormalMembers() {
    PartyOrganisation associationBranch = PartyOrganisation.builder()
        .form(PartyOrganisationForm.JOINT).jointScope(JointScope.INDUSTRY_BODY).build();
    Assessment managed = assess(firm(10, 2, 0).withPartyOrganisation(associationBranch));
    assertEquals(Outcome.SATISFIED, only(managed, "H5").getOutcome());
    assertEquals(Outcome.SATISFIED, only(managed, "N2").getOutcome());

    Finding advice = only(assess(firm(10, 2, 0)), "H5");
    assertEquals(Outcome.ADVISORY, advice.getOutcome());
    assertEquals(Set.of(MembershipTransferRule.TRANSFER_MEMBERSHIP), advice.getRequiredActions());

    assertNoFinding(assess(firm(10, 3, 0)), "H5");
    assertNoFinding(assess(firm(10, 0, 0)), "H5");
    assertEquals(Outcome.ADVISORY, only(assess(firm(10, 0, 1)), "H5").getOutcome());
    assertNoFinding(assess(firm(10, 1, 0).withPartyOrganisation(PartyOrganisation.joint())), "H5");
  }

  // --- H3 and H6: data ---

  @Test
  void h3_ninetyPercentOfFirmsWithMembersByTheEndOfSeptember() {
    Target target = CPA.targets().get(0);
    assertEquals("H3", target.getRuleId());
    assertEquals(0, new BigDecimal("0.90").compareTo(target.getRate().orElseThrow()));
    assertEquals(Optional.of(LocalDate.of(2016, 9, 30)), target.getDeadline());
    assertEquals(Set.of(OrganisationCategory.ACCOUNTING_FIRM), target.getBaseCategories());
    assertEquals(CPA.parameter(HubeiCpa2016.MEMBERS_RATE).orElseThrow().getValue(), target.getRate().orElseThrow());
  }

  @Test
  void h6_phasesAndReportingDays() {
    List<Phase> phases = CPA.phases();
    assertEquals(4, phases.size());
    assertTrue(phases.stream().allMatch(p -> p.getRuleId().equals("H6")));
    assertEquals(Optional.of(LocalDate.of(2016, 8, 18)), phases.get(0).getFrom());
    assertEquals(LocalDate.of(2016, 8, 31), phases.get(0).getUntil());
    assertEquals(LocalDate.of(2016, 10, 20), phases.get(1).getUntil());
    assertEquals(LocalDate.of(2016, 11, 30), phases.get(2).getUntil());
    assertEquals(List.of(10, 25), phases.get(3).getReportingDaysOfMonth());
  }

  @Test
  void parametersAreNamedAndOverridable() {
    assertEquals(30, CPA.parameter(FirmOrganisationRule.STAFF_THRESHOLD.getKey()).orElseThrow().intValue());
    assertEquals(3, CPA.parameter("standaloneFormalMembers").orElseThrow().intValue());
    PolicySet whatIf = HubeiCpa2016.build(Map.of(FirmOrganisationRule.STAFF_THRESHOLD.getKey(), BigDecimal.valueOf(20),
        "standaloneFormalMembers", BigDecimal.valueOf(2)));
    assertEquals(Outcome.VIOLATED, only(whatIf.assess(firm(20, 0, 0), AS_OF), "H1").getOutcome());
    assertEquals(Outcome.VIOLATED, only(whatIf.assess(firm(10, 2, 0), AS_OF), "N1").getOutcome());
    assertEquals(FirmOrganisationRule.CITATION, whatIf.parameter(FirmOrganisationRule.STAFF_THRESHOLD.getKey()).orElseThrow().getCitation());
  }

  @Test
  void standaloneOrganisationOfAFirmWithThreeMembersMeetsEverything() {
    Assessment assessment = assess(firm(60, 4, 0).withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)));
    assertFalse(assessment.hasViolations(), assessment.getFindings().toString());
    assertEquals(Outcome.SATISFIED, only(assessment, "H1").getOutcome());
    assertEquals(Outcome.SATISFIED, only(assessment, "N1").getOutcome());
  }
}
