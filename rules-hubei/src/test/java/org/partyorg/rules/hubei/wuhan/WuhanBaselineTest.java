package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.enterprise;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.hubei.TestOrganisations;

/** N1–N3 with Wuhan's deadline, W7 (split out of a joint organisation) and W8 (joint, no cap). */
class WuhanBaselineTest {
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);

  private static Assessment assess(Organisation organisation) {
    return WUHAN.assess(organisation, AS_OF);
  }

  private static Organisation members(int formal, int probationary) {
    return enterprise().withHeadCount(10).withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  @Test
  void n1_threeFormalMembersMustStandAlone_twoGoJoint() {
    Finding n1 = only(assess(members(3, 0)), "N1");
    assertEquals(Outcome.VIOLATED, n1.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), n1.getRequiredActions());
    assertEquals(Wuhan2016.N1, n1.getCitation());
    assertNoFinding(assess(members(3, 0)), "N2");
    assertNoFinding(assess(members(2, 0)), "N1");
    assertEquals(Outcome.VIOLATED, only(assess(members(2, 0)), "N2").getOutcome());
  }

  @Test
  void n1_probationaryMembersDoNotMakeUpTheThree() {
    Assessment assessment = assess(members(2, 4));
    assertNoFinding(assessment, "N1");
    assertEquals(Outcome.VIOLATED, only(assessment, "N2").getOutcome());
  }

  @Test
  void n2_aProbationaryMemberAloneIsAMember_n3_noMembersAtAll() {
    assertEquals(Outcome.VIOLATED, only(assess(members(0, 1)), "N2").getOutcome());
    assertNoFinding(assess(members(0, 1)), "N3");
    Finding n3 = only(assess(members(0, 0).withWorkCoverage(WorkCoverage.none())), "N3");
    assertEquals(Outcome.VIOLATED, n3.getOutcome());
    assertEquals(Set.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), n3.getRequiredActions());
    assertEquals(Wuhan2016.N3, n3.getCitation());
  }

  @Test
  void baselineIsDueOnTheTwentiethOfNovember() {
    for (String rule : new String[] {"N1", "N2", "N3"}) {
      Organisation organisation = switch (rule) {
        case "N1" -> members(3, 0);
        case "N2" -> members(1, 0);
        default -> members(0, 0).withWorkCoverage(WorkCoverage.none());
      };
      LocalDate[] days = TestOrganisations.around(WuhanPlan.FORMATION_DEADLINE);
      assertEquals(Optional.of(LocalDate.of(2016, 11, 20)), only(WUHAN.assess(organisation, days[0]), rule).getDeadline());
      assertFalse(only(WUHAN.assess(organisation, days[0]), rule).isOverdue(), rule);
      assertFalse(only(WUHAN.assess(organisation, days[1]), rule).isOverdue(), rule);
      assertTrue(only(WUHAN.assess(organisation, days[2]), rule).isOverdue(), rule);
    }
  }

  // --- W7 ---

  @Test
  void w7_threeFormalMembersInAJointOrganisationSplitOut() {
    Organisation joint = members(3, 0).withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.JOINT).coveredOrganisations(TestOrganisations.codes(8))
        .foundingDate(LocalDate.of(2009, 7, 1)).build());
    Assessment assessment = assess(joint);
    Finding w7 = only(assessment, "W7");
    assertEquals(Outcome.VIOLATED, w7.getOutcome());
    assertEquals(Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), w7.getRequiredActions());
    assertEquals(Optional.of(8), w7.fact("partyOrganisation.coveredOrganisations"));
    assertEquals(SplitOutRule.CITATION, w7.getCitation());
    assertEquals(Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), only(assessment, "N1").getRequiredActions());
    LocalDate[] days = TestOrganisations.around(WuhanPlan.FORMATION_DEADLINE);
    assertEquals(Optional.of(LocalDate.of(2016, 11, 20)), w7.getDeadline());
    assertFalse(only(WUHAN.assess(joint, days[0]), "W7").isOverdue());
    assertFalse(only(WUHAN.assess(joint, days[1]), "W7").isOverdue());
    assertTrue(only(WUHAN.assess(joint, days[2]), "W7").isOverdue());
  }

  @Test
  void w7_twoFormalMembersStayInTheJointOrganisation() {
    Assessment assessment = assess(members(2, 3).withPartyOrganisation(PartyOrganisation.joint()));
    assertNoFinding(assessment, "W7");
    assertEquals(Outcome.SATISFIED, only(assessment, "N2").getOutcome());
  }

  @Test
  void w7_standaloneOrNoneIsLeftToN1() {
    assertNoFinding(assess(members(5, 0)), "W7");
    assertNoFinding(assess(members(5, 0).withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH))), "W7");
  }

  // --- W8 ---

  @Test
  void w8_jointOrganisationHasNoCapInWuhan() {
    Finding finding = only(assess(members(1, 0).withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.JOINT).coveredOrganisations(TestOrganisations.codes(12)).build())), "W8");
    assertEquals(Outcome.SATISFIED, finding.getOutcome());
    assertEquals(Optional.of(12), finding.fact("partyOrganisation.coveredOrganisations"));
    assertEquals(JointGuidanceRule.SIZE_CITATION, finding.getCitation());
  }

  @Test
  void w8_withoutAnOrganisationAdvisesHowToJoin() {
    Finding finding = only(assess(members(2, 0)), "W8");
    assertEquals(Outcome.ADVISORY, finding.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION), finding.getRequiredActions());
    assertEquals(WuhanPlan.N2, finding.getCitation());
    assertTrue(finding.getMessageZh().contains("行业相近、地域相邻、便于管理"));
    assertNoFinding(assess(members(3, 0)), "W8");
    assertNoFinding(assess(members(0, 0)), "W8");
  }

  @Test
  void unknownFormalMembersLeaveTheBaselineUndecided() {
    Assessment assessment = assess(enterprise().withHeadCount(10).withPartyOrganisation(PartyOrganisation.none()));
    for (String rule : new String[] {"N1", "N2", "N3", "W8"}) {
      assertEquals(Outcome.UNDECIDED, only(assessment, rule).getOutcome(), rule);
      assertTrue(only(assessment, rule).getMissingFacts().contains("formalMembers"), rule);
    }
  }
}
