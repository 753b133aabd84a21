package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.Rule;

/** N1–N3 on both sides of the 3-formal-member threshold, on the deadline, and with facts missing. */
class BaselineRulesTest {
  private static final PolicySet SET = TestPolicySets.baseline("test-baseline", "42");
  private static final LocalDate IN_TIME = LocalDate.of(2016, 10, 1);

  private static List<Finding> assess(Organisation organisation, LocalDate asOf) {
    return SET.assess(organisation, asOf).getFindings();
  }

  private static Finding onlyFinding(Organisation organisation, LocalDate asOf) {
    List<Finding> findings = assess(organisation, asOf);
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }

  private static Organisation members(int formal, int probationary) {
    return TestOrganisations.enterprise().withFormalMembers(formal).withProbationaryMembers(probationary);
  }

  @Nested
  class N1 {
    @Test
    void threeFormalMembersWithoutAnOrganisationMustSetUpTheirOwn() {
      Finding f = onlyFinding(members(3, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME);
      assertEquals("N1", f.getRuleId());
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), f.getRequiredActions());
      assertEquals(TestPolicySets.DEADLINE, f.getDeadline().orElseThrow());
      assertEquals(TestPolicySets.N1, f.getCitation());
      assertEquals(3, f.fact("formalMembers").orElseThrow());
      assertEquals("正式党员3名（3名以上），尚未建立党组织，应于2016年11月20日前单独组建党组织。", f.getMessageZh());
      assertEquals("3 formal members (3 or more) and no party organisation: must set up a party organisation of its own"
          + " by 20 November 2016.", f.getMessageEn());
    }

    @Test
    void twoFormalMembersAreNotUnderN1() {
      List<Finding> findings = assess(members(2, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME);
      assertTrue(findings.stream().noneMatch(f -> f.getRuleId().equals("N1")), findings::toString);
    }

    @Test
    void aStandaloneOrganisationMeetsIt() {
      Finding f = onlyFinding(members(3, 0).withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)), IN_TIME);
      assertEquals(Outcome.SATISFIED, f.getOutcome());
      assertEquals(Set.of(), f.getRequiredActions());
    }

    @Test
    void aJointOrganisationDoesNotMeetItAndTheFindingAsksForTheSplit() {
      Finding f = onlyFinding(members(5, 1).withPartyOrganisation(PartyOrganisation.joint()), IN_TIME);
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), f.getRequiredActions());
    }

    @Test
    void probationaryMembersDoNotCountTowardTheThree() {
      Finding f = onlyFinding(members(2, 5).withPartyOrganisation(PartyOrganisation.none()), IN_TIME);
      assertEquals("N2", f.getRuleId());
    }

    @Test
    void unknownPartyOrganisationIsUndecidedNotViolated() {
      Finding f = onlyFinding(members(4, 0), IN_TIME);
      assertEquals(Outcome.UNDECIDED, f.getOutcome());
      assertEquals(List.of("partyOrganisation"), f.getMissingFacts());
      assertFalse(f.isOverdue());
    }

    @Test
    void theDeadlineDayIsInTimeAndTheDayAfterIsOverdue() {
      Organisation org = members(3, 0).withPartyOrganisation(PartyOrganisation.none());
      assertFalse(onlyFinding(org, TestPolicySets.DEADLINE.minusDays(1)).isOverdue());
      assertFalse(onlyFinding(org, TestPolicySets.DEADLINE).isOverdue());
      assertTrue(onlyFinding(org, TestPolicySets.DEADLINE.plusDays(1)).isOverdue());
    }

    @Test
    void aSatisfiedFindingIsNeverOverdue() {
      Organisation org = members(3, 0).withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH));
      assertFalse(onlyFinding(org, TestPolicySets.DEADLINE.plusYears(1)).isOverdue());
    }
  }

  @Nested
  class N2 {
    @Test
    void oneFormalMemberWithoutAnOrganisationMustJoinOrFormAJointOne() {
      Finding f = onlyFinding(members(1, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME);
      assertEquals("N2", f.getRuleId());
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION), f.getRequiredActions());
      assertEquals(TestPolicySets.N2, f.getCitation());
    }

    @Test
    void onlyProbationaryMembersStillCallForAJointOrganisation() {
      Finding f = onlyFinding(members(0, 1).withPartyOrganisation(PartyOrganisation.none()), IN_TIME);
      assertEquals("N2", f.getRuleId());
      assertEquals(Outcome.VIOLATED, f.getOutcome());
    }

    @Test
    void aJointOrganisationMeetsIt() {
      assertEquals(Outcome.SATISFIED, onlyFinding(members(2, 0).withPartyOrganisation(PartyOrganisation.joint()), IN_TIME).getOutcome());
    }

    @Test
    void aStandaloneOrganisationWithTwoFormalMembersIsAdvisory() {
      Finding f = onlyFinding(members(2, 0).withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)), IN_TIME);
      assertEquals(Outcome.ADVISORY, f.getOutcome());
    }

    @Test
    void noFormalMembersAndUnknownProbationaryIsUndecidedForN2AndN3() {
      List<Finding> findings = assess(TestOrganisations.enterprise().withFormalMembers(0), IN_TIME);
      assertEquals(List.of("N2", "N3"), findings.stream().map(Finding::getRuleId).toList());
      assertTrue(findings.stream().allMatch(f -> f.getOutcome() == Outcome.UNDECIDED
          && f.getMissingFacts().equals(List.of("probationaryMembers"))));
    }

    @Test
    void overdueOnlyAfterTheDeadline() {
      Organisation org = members(2, 0).withPartyOrganisation(PartyOrganisation.none());
      assertFalse(onlyFinding(org, TestPolicySets.DEADLINE).isOverdue());
      assertTrue(onlyFinding(org, TestPolicySets.DEADLINE.plusDays(1)).isOverdue());
    }
  }

  @Nested
  class N3 {
    private final Organisation noMembers = members(0, 0).withPartyOrganisation(PartyOrganisation.none());

    @Test
    void noMembersAndNoWorkCoverageNeedBothInstructorAndMassOrganisations() {
      Finding f = onlyFinding(noMembers.withWorkCoverage(WorkCoverage.none()), IN_TIME);
      assertEquals("N3", f.getRuleId());
      assertEquals(Outcome.VIOLATED, f.getOutcome());
      assertEquals(Set.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), f.getRequiredActions());
    }

    @Test
    void anInstructorWithoutMassOrganisationsStillLacksTheSecondHalf() {
      Finding f = onlyFinding(noMembers.withWorkCoverage(WorkCoverage.builder().instructorAssigned(true).build()), IN_TIME);
      assertEquals(Set.of(RequiredAction.SET_UP_MASS_ORGANISATIONS), f.getRequiredActions());
    }

    @Test
    void instructorAndUnionMeetIt() {
      Finding f = onlyFinding(noMembers.withWorkCoverage(
          WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build()), IN_TIME);
      assertEquals(Outcome.SATISFIED, f.getOutcome());
    }

    @Test
    void unknownWorkCoverageIsUndecided() {
      Finding f = onlyFinding(noMembers, IN_TIME);
      assertEquals(Outcome.UNDECIDED, f.getOutcome());
      assertEquals(List.of("workCoverage"), f.getMissingFacts());
    }

    @Test
    void oneProbationaryMemberTakesItOutOfN3() {
      Finding f = onlyFinding(members(0, 1).withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none()), IN_TIME);
      assertEquals("N2", f.getRuleId());
    }
  }

  @Test
  void unknownFormalMembersLeaveAllThreeRulesUndecided() {
    Assessment assessment = SET.assess(TestOrganisations.enterprise(), IN_TIME);
    assertEquals(List.of("N1", "N2", "N3"), assessment.getFindings().stream().map(Finding::getRuleId).toList());
    for (Finding f : assessment.getFindings()) {
      assertEquals(Outcome.UNDECIDED, f.getOutcome());
      assertEquals(List.of("formalMembers"), f.getMissingFacts());
      assertEquals(Set.of(RequiredAction.SUPPLY_MISSING_FACTS), f.getRequiredActions());
      assertEquals("Cannot decide without the number of formal members; please report it.", f.getMessageEn());
      assertEquals("缺少正式党员人数，无法判断；请补报正式党员人数。", f.getMessageZh());
    }
  }

  @Test
  void theThresholdIsAParameterCitedToN1() {
    assertEquals(3, SET.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(TestPolicySets.N1, SET.parameter("standaloneFormalMembers").orElseThrow().getCitation());
  }

  @Test
  void aWhatIfThresholdMovesTheBoundary() {
    PolicySet four = TestPolicySets.baseline("what-if", "42", 4);
    List<Finding> findings = four.assess(members(3, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME).getFindings();
    assertEquals(List.of("N2"), findings.stream().map(Finding::getRuleId).toList());
    assertEquals(PartyOrganisationForm.NONE, findings.get(0).fact("partyOrganisation").orElseThrow());
  }

  /**
   * Given as the set's parameters, the deadline is read by N1–N3 and the threshold, with what
   * picks the accepted forms, by N1 and N2; N3 only asks whether there are members at all.
   */
  @Test
  void theRulesNameTheParametersTheyRead() {
    Parameter deadline = Parameter.date("obligationDeadline", TestPolicySets.DEADLINE, TestPolicySets.N1);
    Parameter threshold = BaselineRules.standaloneThreshold(TestPolicySets.N1, 3);
    Parameter band = Parameter.of("workGroupStaffThreshold", 10, ModelFacts.FULL_TIME_STAFF, TestPolicySets.N2);
    BaselineRules baseline = BaselineRules.builder("test-baseline").standalone(TestPolicySets.N1)
        .joint(TestPolicySets.N2).workCoverage(TestPolicySets.N3).deadline(deadline).standaloneThreshold(threshold)
        .formReads(band).build();
    List<Rule> rules = baseline.rules();
    List<Finding> n1 = new ArrayList<>();
    rules.get(0).evaluate(members(3, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME, n1);
    assertEquals(List.of(deadline, threshold, band), n1.get(0).getParameters());
    List<Finding> n2 = new ArrayList<>();
    rules.get(1).evaluate(members(1, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME, n2);
    assertEquals(List.of(deadline, threshold, band), n2.get(0).getParameters());
    List<Finding> n3 = new ArrayList<>();
    rules.get(2).evaluate(members(0, 0).withPartyOrganisation(PartyOrganisation.none()), IN_TIME, n3);
    assertEquals(List.of(deadline), n3.get(0).getParameters());

    IllegalArgumentException notADate = assertThrows(IllegalArgumentException.class,
        () -> BaselineRules.builder("test-baseline").deadline(threshold));
    assertEquals("parameter standaloneFormalMembers is not a date", notADate.getMessage());
    IllegalArgumentException otherKey = assertThrows(IllegalArgumentException.class,
        () -> BaselineRules.builder("test-baseline").standaloneThreshold(band));
    assertEquals("the standalone threshold is keyed standaloneFormalMembers, not workGroupStaffThreshold",
        otherKey.getMessage());
  }
}
