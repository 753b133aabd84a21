package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.assertNone;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;

/** L3, L4 and L5: the rules for non-public enterprises. */
class EnterpriseRulesTest {
  private static final PartyOrganisation OWN = PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH);

  private static Organisation staff(int headCount) {
    return enterprise().withHeadCount(headCount);
  }

  @Nested
  class L3 {
    @Test
    void ninetyNineStaffAreNotUnderL3() {
      assertNone(staff(99).withFormalMembers(0).withPartyOrganisation(PartyOrganisation.none()), "L3");
    }

    @Test
    void aHundredStaffWithoutAnOrganisationMustSetUpTheirOwn() {
      Finding f = only(staff(100).withFormalMembers(4).withPartyOrganisation(PartyOrganisation.none()), "L3");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), f.getRequiredActions());
      assertEquals(Fixtures.REPORT_DEADLINE, f.getDeadline().orElseThrow());
      assertEquals(OwnOrganisationRule.CITATION, f.getCitation());
      assertEquals(100, f.fact("headCount").orElseThrow());
      assertEquals("职工100人（100人以上），尚未建立党组织，应于2016年11月30日前单独组建党组织。", f.getMessageZh());
      assertEquals("100 staff (100 or more) and no party organisation: must set up a party organisation of its own by 30 November 2016.", f.getMessageEn());
    }

    @Test
    void anOwnOrganisationMeetsIt() {
      Finding f = only(staff(100).withFormalMembers(3).withPartyOrganisation(OWN), "L3");
      assertEquals(Outcome.SATISFIED, f.getOutcome());
    }

    @Test
    void aJointOrganisationLeavesItViolatedAndAsksForTheSplit() {
      Finding f = only(staff(250).withFormalMembers(5).withPartyOrganisation(PartyOrganisation.joint()), "L3");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), f.getRequiredActions());
    }

    @ParameterizedTest
    @EnumSource(value = PartyOrganisationForm.class, names = {"FUNCTIONAL", "COUNCIL_WORK_GROUP", "NONE"})
    void noOtherFormMeetsIt(PartyOrganisationForm form) {
      PartyOrganisation party = PartyOrganisation.builder().form(form).build();
      Finding f = only(staff(100).withFormalMembers(3).withPartyOrganisation(party), "L3");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), f.getRequiredActions());
    }

    @Test
    void tooFewFormalMembersForAnOwnOrganisationAreNamedEvenWithOne() {
      Finding f = only(staff(100).withFormalMembers(2).withPartyOrganisation(OWN), "L3");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS), f.getRequiredActions());
      Finding none = only(staff(100).withFormalMembers(0).withPartyOrganisation(PartyOrganisation.none()), "L3");
      assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION, RequiredAction.RECRUIT_PARTY_MEMBERS),
          none.getRequiredActions());
    }

    @Test
    void tooFewFormalMembersAreAKnownGapEvenWhenTheOrganisationIsNotReported() {
      Finding f = only(staff(100).withFormalMembers(0), "L3");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS), f.getRequiredActions());
      assertEquals(Outcome.UNDECIDED, only(staff(100).withFormalMembers(3), "L3").getOutcome());
    }

    @Test
    void unknownStaffOrOrganisationIsUndecidedNeverAssumed() {
      Finding noStaff = only(enterprise().withPartyOrganisation(PartyOrganisation.none()), "L3");
      assertEquals(Outcome.UNDECIDED, noStaff.getOutcome());
      assertEquals(List.of("headCount"), noStaff.getMissingFacts());
      Finding noOrganisation = only(staff(120), "L3");
      assertEquals(Outcome.UNDECIDED, noOrganisation.getOutcome());
      assertEquals(List.of("partyOrganisation"), noOrganisation.getMissingFacts());
    }

    @Test
    void socialOrganisationsAreNotUnderL3() {
      assertNone(Fixtures.of(OrganisationCategory.LAW_FIRM).withHeadCount(500).withPartyOrganisation(PartyOrganisation.none()), "L3");
    }

    @Test
    void overdueOnlyTheDayAfterTheReportDeadline() {
      Organisation firm = staff(100).withFormalMembers(3).withPartyOrganisation(PartyOrganisation.none());
      assertFalse(only(firm, LocalDate.of(2016, 11, 29), "L3").isOverdue());
      assertFalse(only(firm, LocalDate.of(2016, 11, 30), "L3").isOverdue());
      assertTrue(only(firm, LocalDate.of(2016, 12, 1), "L3").isOverdue());
    }
  }

  @Nested
  class L4 {
    @Test
    void fortyNineStaffAreNotUnderL4() {
      assertNone(staff(49).withFormalMembers(0).withProbationaryMembers(0), "L4");
    }

    @Test
    void fiftyStaffWithoutMembersMustRecruit() {
      Finding f = only(staff(50).withFormalMembers(0).withProbationaryMembers(0), "L4");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS), f.getRequiredActions());
      assertEquals(OwnOrganisationRule.CITATION, f.getCitation());
      assertEquals("职工50人（50人以上），没有党员，应于2016年11月30日前发展、引进党员。", f.getMessageZh());
    }

    @Test
    void ninetyNineStaffWithoutMembersMustRecruitAndAHundredAreUnderL3Instead() {
      assertEquals(Outcome.VIOLATED, only(staff(99).withFormalMembers(0).withProbationaryMembers(0), "L4").getOutcome());
      assertNone(staff(100).withFormalMembers(0).withProbationaryMembers(0), "L4");
    }

    @Test
    void oneMemberOfEitherKindMeetsItEvenIfTheOtherCountIsUnknown() {
      assertEquals(Outcome.SATISFIED, only(staff(60).withFormalMembers(1), "L4").getOutcome());
      assertEquals(Outcome.SATISFIED, only(staff(60).withProbationaryMembers(1), "L4").getOutcome());
    }

    @Test
    void zeroIsOnlyZeroWhenBothCountsAreKnown() {
      Finding f = only(staff(60).withFormalMembers(0), "L4");
      assertEquals(Outcome.UNDECIDED, f.getOutcome());
      assertEquals(List.of("probationaryMembers"), f.getMissingFacts());
      assertEquals(List.of("formalMembers", "probationaryMembers"), only(staff(60), "L4").getMissingFacts());
    }

    @Test
    void overdueOnlyTheDayAfterTheReportDeadline() {
      Organisation firm = staff(70).withFormalMembers(0).withProbationaryMembers(0);
      assertFalse(only(firm, LocalDate.of(2016, 11, 29), "L4").isOverdue());
      assertFalse(only(firm, LocalDate.of(2016, 11, 30), "L4").isOverdue());
      assertTrue(only(firm, LocalDate.of(2016, 12, 1), "L4").isOverdue());
    }
  }

  @Nested
  class L5 {
    private PartyOrganisation joint(JointScope scope, int others) {
      var builder = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).jointScope(scope)
          .addCoveredOrganisations(Fixtures.code("MA0000001"));
      for (int i = 0; i < others; i++) {
        builder.addCoveredOrganisations(Fixtures.code("MB000000" + i));
      }
      return builder.build();
    }

    @Test
    void threeEnterprisesAreWithinTheCap() {
      Finding f = only(enterprise().withPartyOrganisation(joint(JointScope.BETWEEN_ENTERPRISES, 2)), "L5");
      assertEquals(Outcome.SATISFIED, f.getOutcome());
      assertEquals(3, f.fact(JointEnterpriseCapRule.COVERED).orElseThrow());
    }

    @Test
    void fourEnterprisesBreakTheCapAndTheFindingNamesCountAndCap() {
      Finding f = only(enterprise().withPartyOrganisation(joint(JointScope.BETWEEN_ENTERPRISES, 3)), "L5");
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.REDUCE_JOINT_COVERAGE), f.getRequiredActions());
      assertEquals("企业间联合党组织覆盖企业4个，超过3个的上限，应于2016年11月30日前调减至3个以内。", f.getMessageZh());
      assertEquals("The joint party organisation between enterprises covers 4 enterprises, more than the 3 allowed: must reduce them to 3 or fewer by 30 November 2016.",
          f.getMessageEn());
    }

    @ParameterizedTest
    @CsvSource({"2, SATISFIED", "3, SATISFIED", "4, VIOLATED"})
    void aCountReportedWithoutCodesIsComparedWithTheCap(int count, Outcome outcome) {
      PartyOrganisation counted = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .jointScope(JointScope.BETWEEN_ENTERPRISES).coveredOrganisationCount(count).build();
      Finding f = only(enterprise().withPartyOrganisation(counted), "L5");
      assertEquals(outcome, f.getOutcome());
      assertEquals(count, f.fact(JointEnterpriseCapRule.COVERED).orElseThrow());
    }

    @Test
    void theReportingEnterpriseIsCountedOnceWhetherListedOrNot() {
      PartyOrganisation withoutSelf = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .jointScope(JointScope.BETWEEN_ENTERPRISES)
          .addCoveredOrganisations(Fixtures.code("MB0000001"), Fixtures.code("MB0000002"), Fixtures.code("MB0000003"))
          .build();
      assertEquals(4, only(enterprise().withPartyOrganisation(withoutSelf), "L5").fact(JointEnterpriseCapRule.COVERED).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(value = JointScope.class, names = "BETWEEN_ENTERPRISES", mode = EnumSource.Mode.EXCLUDE)
    void marketsBuildingsAndOtherScopesHaveNoCap(JointScope scope) {
      assertNone(enterprise().withPartyOrganisation(joint(scope, 20)), "L5");
    }

    @Test
    void unknownScopeOrCoverageIsUndecided() {
      Finding noScope = only(enterprise().withPartyOrganisation(PartyOrganisation.joint()), "L5");
      assertEquals(List.of("partyOrganisation.jointScope"), noScope.getMissingFacts());
      PartyOrganisation noList = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .jointScope(JointScope.BETWEEN_ENTERPRISES).build();
      assertEquals(List.of(JointEnterpriseCapRule.COVERED), only(enterprise().withPartyOrganisation(noList), "L5").getMissingFactTypes());
    }

    @Test
    void aStandaloneOrganisationIsNotUnderL5() {
      assertNone(enterprise().withPartyOrganisation(OWN), "L5");
    }

    @Test
    void overdueOnlyTheDayAfterTheReportDeadline() {
      Organisation firm = enterprise().withPartyOrganisation(joint(JointScope.BETWEEN_ENTERPRISES, 5));
      assertFalse(only(firm, LocalDate.of(2016, 11, 29), "L5").isOverdue());
      assertFalse(only(firm, LocalDate.of(2016, 11, 30), "L5").isOverdue());
      assertTrue(only(firm, LocalDate.of(2016, 12, 1), "L5").isOverdue());
    }
  }
}
