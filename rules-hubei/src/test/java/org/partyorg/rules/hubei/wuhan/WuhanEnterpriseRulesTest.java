package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.enterprise;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.hubei.TestOrganisations;

/** W2, W3, W4, W6 and W10: enterprises and rural entities in Wuhan. */
class WuhanEnterpriseRulesTest {
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);

  private static Assessment assess(Organisation organisation) {
    return WUHAN.assess(organisation, AS_OF);
  }

  private static Organisation withoutMembers(int staff) {
    return enterprise().withHeadCount(staff).withFormalMembers(0).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  // --- W2: 50 or more staff have party members ---

  @Test
  void w2_49StaffIsOutside_50StaffIsIn() {
    assertNoFinding(assess(withoutMembers(49)), "W2");
    Finding finding = only(assess(withoutMembers(50)), "W2");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS), finding.getRequiredActions());
    assertEquals(Optional.of(50), finding.fact("headCount"));
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), finding.getDeadline());
    assertEquals("wuhan-2016", finding.getPolicySetId());
  }

  @Test
  void w2_aProbationaryMemberIsAPartyMember() {
    Finding finding = only(assess(withoutMembers(60).withProbationaryMembers(1)), "W2");
    assertEquals(Outcome.SATISFIED, finding.getOutcome());
    assertEquals(Outcome.SATISFIED, only(assess(withoutMembers(60).withFormalMembers(1)), "W2").getOutcome());
  }

  @Test
  void w2_unknownStaffOrMembersIsUndecided() {
    Finding noStaff = only(assess(enterprise().withFormalMembers(0).withProbationaryMembers(0)), "W2");
    assertEquals(Outcome.UNDECIDED, noStaff.getOutcome());
    assertEquals(List.of("headCount"), noStaff.getMissingFacts());
    Finding noProbationary = only(assess(enterprise().withHeadCount(70).withFormalMembers(0)), "W2");
    assertEquals(Outcome.UNDECIDED, noProbationary.getOutcome());
    assertEquals(List.of("probationaryMembers"), noProbationary.getMissingFacts());
  }

  @Test
  void w2_overdueOnlyTheDayAfterTheEndOfNovember() {
    Organisation firm = withoutMembers(50);
    LocalDate[] days = TestOrganisations.around(WuhanPlan.OBLIGATION_DEADLINE);
    assertFalse(only(WUHAN.assess(firm, days[0]), "W2").isOverdue());
    assertFalse(only(WUHAN.assess(firm, days[1]), "W2").isOverdue());
    assertTrue(only(WUHAN.assess(firm, days[2]), "W2").isOverdue());
  }

  // --- W3: 100 or more staff have a party organisation ---

  @Test
  void w3_99StaffIsOutside_100StaffIsIn() {
    assertNoFinding(assess(withoutMembers(99)), "W3");
    Finding finding = only(assess(withoutMembers(100)), "W3");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), finding.getRequiredActions());
    assertEquals(Optional.of(100), finding.fact("headCount"));
  }

  @Test
  void w3_standaloneOrJointMeetIt_functionalDoesNotInAnEnterprise() {
    Organisation firm = withoutMembers(150).withFormalMembers(1);
    assertEquals(Outcome.SATISFIED,
        only(assess(firm.withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH))), "W3").getOutcome());
    assertEquals(Outcome.SATISFIED, only(assess(firm.withPartyOrganisation(PartyOrganisation.joint())), "W3").getOutcome());
    PartyOrganisation functional = PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build();
    assertEquals(Outcome.VIOLATED, only(assess(firm.withPartyOrganisation(functional)), "W3").getOutcome());
  }

  @Test
  void w3_unreportedPartyOrganisationIsUndecided() {
    Finding finding = only(assess(enterprise().withHeadCount(300)), "W3");
    assertEquals(Outcome.UNDECIDED, finding.getOutcome());
    assertEquals(List.of("partyOrganisation"), finding.getMissingFacts());
  }

  @Test
  void w3_overdueOnlyTheDayAfterTheEndOfNovember() {
    Organisation firm = withoutMembers(100);
    LocalDate[] days = TestOrganisations.around(LocalDate.of(2016, 11, 30));
    assertFalse(only(WUHAN.assess(firm, days[0]), "W3").isOverdue());
    assertFalse(only(WUHAN.assess(firm, days[1]), "W3").isOverdue());
    assertTrue(only(WUHAN.assess(firm, days[2]), "W3").isOverdue());
  }

  // --- W4: large internet and cultural-creative enterprises ---

  @ParameterizedTest
  @ValueSource(strings = {"INTERNET", "CULTURAL_CREATIVE"})
  void w4_largeAndReadyNewEconomyEnterpriseMustHaveAnOrganisation(String code) {
    Trait kind = Trait.of(code);
    Organisation firm = withoutMembers(20).withTraits(Set.of(kind, NewEconomyRule.LARGE_AND_READY));
    Finding finding = only(assess(firm), "W4");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), finding.getDeadline());
    assertEquals(Outcome.SATISFIED,
        only(assess(firm.withPartyOrganisation(PartyOrganisation.joint())), "W4").getOutcome());
  }

  @Test
  void w4_notJudgedLargeIsAdvisory_otherEnterprisesAreOutside() {
    Finding notJudged = only(assess(withoutMembers(20).withTraits(Set.of(NewEconomyRule.INTERNET))), "W4");
    assertEquals(Outcome.ADVISORY, notJudged.getOutcome());
    assertTrue(notJudged.getRequiredActions().isEmpty());
    assertNoFinding(assess(withoutMembers(500).withTraits(Set.of(NewEconomyRule.LARGE_AND_READY))), "W4");
  }

  @Test
  void w4_overdueOnlyTheDayAfter() {
    Organisation firm = withoutMembers(20).withTraits(Set.of(NewEconomyRule.INTERNET, NewEconomyRule.LARGE_AND_READY));
    LocalDate[] days = TestOrganisations.around(WuhanPlan.OBLIGATION_DEADLINE);
    assertFalse(only(WUHAN.assess(firm, days[0]), "W4").isOverdue());
    assertFalse(only(WUHAN.assess(firm, days[1]), "W4").isOverdue());
    assertTrue(only(WUHAN.assess(firm, days[2]), "W4").isOverdue());
  }

  // --- W6: rural new business entities that meet the conditions ---

  @Test
  void w6_ruralEntityMeetingTheConditionsMustHaveAnOrganisation() {
    Organisation coop = TestOrganisations.of(OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY, "420116")
        .withTraits(Set.of(RuralEntityRule.MEETS_FORMATION_CONDITIONS))
        .withPartyOrganisation(PartyOrganisation.none());
    Finding finding = only(assess(coop), "W6");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    LocalDate[] days = TestOrganisations.around(WuhanPlan.OBLIGATION_DEADLINE);
    assertFalse(only(WUHAN.assess(coop, days[0]), "W6").isOverdue());
    assertFalse(only(WUHAN.assess(coop, days[1]), "W6").isOverdue());
    assertTrue(only(WUHAN.assess(coop, days[2]), "W6").isOverdue());
    assertEquals(Outcome.SATISFIED,
        only(assess(coop.withPartyOrganisation(PartyOrganisation.joint())), "W6").getOutcome());
  }

  @Test
  void w6_ruralEntityNotJudgedIsAdvisory_andNotUnderTheEnterpriseStaffRules() {
    Organisation coop = TestOrganisations.of(OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY, "420116")
        .withHeadCount(200).withFormalMembers(0).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
    Assessment assessment = assess(coop);
    assertEquals(Outcome.ADVISORY, only(assessment, "W6").getOutcome());
    assertNoFinding(assessment, "W2");
    assertNoFinding(assessment, "W3");
    assertNoFinding(assessment, "W5");
  }

  // --- W10: shell, zombie and shadow enterprises are outside the base ---

  @ParameterizedTest
  @ValueSource(strings = {"SHELL", "ZOMBIE", "SHADOW"})
  void w10_outsideTheBaseNoObligationAtAll(String code) {
    Trait trait = Trait.of(code);
    Assessment assessment = assess(withoutMembers(500).withTraits(Set.of(trait)));
    assertEquals(1, assessment.getFindings().size(), () -> assessment.getFindings().toString());
    Finding finding = only(assessment, "W10");
    assertEquals(Outcome.ADVISORY, finding.getOutcome());
    assertTrue(finding.getRequiredActions().isEmpty());
    assertFalse(assessment.hasViolations());
  }

  @Test
  void w10_speaksOfEnterprisesOnly() {
    Organisation firm = TestOrganisations.of(OrganisationCategory.LAW_FIRM, "420106")
        .withTraits(Set.of(OutsideBaseRule.SHELL)).withPartyOrganisation(PartyOrganisation.none());
    Assessment assessment = assess(firm);
    assertNoFinding(assessment, "W10");
    assertEquals(Outcome.VIOLATED, only(assessment, "W5").getOutcome());
  }

  @Test
  void anEnterpriseUnder50StaffWithMembersGetsOnlyTheBaseline() {
    Assessment assessment = assess(withoutMembers(10).withFormalMembers(3)
        .withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)));
    assertEquals(Outcome.SATISFIED, only(assessment, "N1").getOutcome());
    for (String rule : List.of("W2", "W3", "W4", "W5", "W6", "W7", "W8", "W10", "N2", "N3")) {
      assertNoFinding(assessment, rule);
    }
  }
}
