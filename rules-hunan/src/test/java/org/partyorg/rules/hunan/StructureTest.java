package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hunan.Fixtures.findings;
import static org.partyorg.rules.hunan.Fixtures.firm;
import static org.partyorg.rules.hunan.Fixtures.firmWithBranch;
import static org.partyorg.rules.hunan.Fixtures.only;
import static org.partyorg.rules.hunan.Fixtures.outcome;
import static org.partyorg.rules.hunan.Fixtures.withStructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.QualificationPlatform;

/** B10–B13 and B15: the structure of the party organisation. */
class StructureTest {
  private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

  private static Organisation level(int formal, PartyOrganisationLevel level) {
    return firmWithBranch(formal).withPartyOrganisation(Fixtures.branch().withLevel(level));
  }

  // --- B10 ---

  @Test
  void b10TwoFormalMembersWithABranchIsAdvisoryAndThreeIsABranch() {
    assertEquals(Outcome.ADVISORY, outcome(level(2, PartyOrganisationLevel.BRANCH), AS_OF, "B10"));
    Finding three = only(level(3, PartyOrganisationLevel.BRANCH), AS_OF, "B10");
    assertEquals(Outcome.SATISFIED, three.getOutcome());
    assertEquals("正式党员3名以上、不足50名的，应设立党支部", three.getCitation().getQuote());
  }

  @Test
  void b10FortyNineIsABranchAndFiftyNeedsAGeneralBranch() {
    assertEquals(Outcome.SATISFIED, outcome(level(49, PartyOrganisationLevel.BRANCH), AS_OF, "B10"));
    Finding fifty = only(level(50, PartyOrganisationLevel.BRANCH), AS_OF, "B10");
    assertEquals(Outcome.VIOLATED, fifty.getOutcome());
    assertEquals(Set.of(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE), fifty.getRequiredActions());
    assertEquals(Outcome.SATISFIED, outcome(level(50, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10"));
  }

  @Test
  void b10AGeneralBranchUnderFiftyNeedsApproval() {
    Finding f = only(level(49, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10");
    assertEquals(Outcome.ADVISORY, f.getOutcome());
    assertTrue(f.getCitation().getQuote().contains("经上级党组织批准"), f.getCitation().getQuote());
  }

  @Test
  void b10NinetyNineIsAGeneralBranchAndAHundredIsOutsideTheDocument() {
    assertEquals(Outcome.SATISFIED, outcome(level(99, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10"));
    Finding hundred = only(level(100, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10");
    assertEquals(Outcome.ADVISORY, hundred.getOutcome());
    assertEquals(100, hundred.fact("formalMembers").orElseThrow());
    assertTrue(hundred.getMessageEn().contains("more than indicator 1(1) of the task guide covers"), hundred.getMessageEn());
    assertTrue(hundred.getMessageZh().contains("超出《任务指南》1（1）规定的人数范围"), hundred.getMessageZh());
  }

  @Test
  void b10NoPartyOrganisationWithThreeFormalMembersMustSetUpABranch() {
    Organisation none = firm().withFormalMembers(3).withPartyOrganisation(PartyOrganisation.none());
    Finding f = only(none, AS_OF, "B10");
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), f.getRequiredActions());
    assertEquals(List.of(), findings(none.withFormalMembers(2), AS_OF, "B10"));
    assertTrue(only(none.withFormalMembers(50), AS_OF, "B10").getMessageEn().contains("must set up a general party branch"));
  }

  @Test
  void b10UnknownCountsCannotDecide() {
    assertEquals(List.of("formalMembers"),
        only(firm().withPartyOrganisation(Fixtures.branch()), AS_OF, "B10").getMissingFacts());
    assertEquals(List.of("partyOrganisation.level"),
        only(firmWithBranch(10).withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).build()),
            AS_OF, "B10").getMissingFacts());
  }

  @Test
  void b10ReadsAJointBranchSizeFromItsPlatforms() {
    Organisation joint = jointOf(List.of(QualificationPlatform.of("甲", 2), QualificationPlatform.of("乙", 2)));
    Finding f = only(joint, AS_OF, "B10");
    assertEquals(Outcome.SATISFIED, f.getOutcome());
    assertEquals(4, f.fact("formalMembers").orElseThrow());
    Organisation unknown = jointOf(List.of(QualificationPlatform.builder().name("甲").build()));
    assertEquals(List.of("partyOrganisation.structure.platforms.formalMembers"),
        only(unknown, AS_OF, "B10").getMissingFacts());
  }

  // --- B11 ---

  private static Organisation jointOf(List<QualificationPlatform> platforms) {
    return firm().withFormalMembers(1).withProbationaryMembers(0).withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).level(PartyOrganisationLevel.BRANCH)
            .jointScope(JointScope.CO_LOCATED_PLATFORMS)
            .structure(BranchStructure.builder().platforms(platforms).build()).build());
  }

  private static List<QualificationPlatform> platforms(int count) {
    List<QualificationPlatform> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      list.add(QualificationPlatform.of("平台" + i, 1));
    }
    return list;
  }

  @Test
  void b11FivePlatformsAreAllowedAndSixNameTheCount() {
    assertEquals(Outcome.SATISFIED, outcome(jointOf(platforms(5)), AS_OF, "B11"));
    Finding six = only(jointOf(platforms(6)), AS_OF, "B11");
    assertEquals(Outcome.VIOLATED, six.getOutcome());
    assertEquals(6, six.fact("partyOrganisation.structure.platforms").orElseThrow());
    assertEquals(Set.of(RequiredAction.REDUCE_JOINT_COVERAGE), six.getRequiredActions());
    assertEquals("The joint party branch covers 6 qualification platforms, more than the 5 allowed: must reduce them"
        + " to 5 or fewer.", six.getMessageEn());
    assertEquals("联合党支部覆盖资质平台6个，超过5个的上限，应调减至5个以内。", six.getMessageZh());
  }

  @Test
  void b11APlatformWithTwoFormalMembersMayJoinAndOneWithThreeIsNamed() {
    List<QualificationPlatform> list = new ArrayList<>(platforms(2));
    list.add(QualificationPlatform.of("大平台", 3));
    List<Finding> found = findings(jointOf(list), AS_OF, "B11");
    assertEquals(2, found.size(), found::toString);
    assertEquals(Outcome.ADVISORY, found.get(1).getOutcome());
    assertEquals(List.of("大平台"), found.get(1).fact("largePlatforms").orElseThrow());
    assertEquals(Map.of("大平台", 3), found.get(1).fact("largePlatformFormalMembers").orElseThrow());
    List<QualificationPlatform> small = new ArrayList<>(platforms(2));
    small.add(QualificationPlatform.of("小平台", 2));
    assertEquals(1, findings(jointOf(small), AS_OF, "B11").size());
  }

  @Test
  void b11GivesOneFindingPerKeyEvenWithALargePlatformAndAnUnreportedOneOverTheCap() {
    List<QualificationPlatform> list = new ArrayList<>(platforms(4));
    list.add(QualificationPlatform.of("大平台", 4));
    list.add(QualificationPlatform.builder().name("未报平台").build());
    List<Finding> found = findings(jointOf(list), AS_OF, "B11");
    assertEquals(List.of("B11", "B11.large-platforms"), found.stream().map(Finding::getKey).toList(), found::toString);
    assertEquals(Outcome.VIOLATED, found.get(0).getOutcome());
    Finding large = found.get(1);
    assertEquals(Outcome.UNDECIDED, large.getOutcome());
    assertEquals(List.of("partyOrganisation.structure.platforms.formalMembers"), large.getMissingFacts());
    // the platform known to be too large is kept while the unreported one is asked for
    assertEquals(List.of("大平台"), large.fact("largePlatforms").orElseThrow());
  }

  @Test
  void b11AFirmWithoutAPartyOrganisationAndTwoFormalMembersMayJoin() {
    Organisation none = firm().withFormalMembers(2).withPartyOrganisation(PartyOrganisation.none());
    assertEquals(Outcome.ADVISORY, outcome(none, AS_OF, "B11"));
    assertEquals(List.of(), findings(none.withFormalMembers(3), AS_OF, "B11"));
  }

  @Test
  void b11AnUnreportedCountIsUndecidedNotZero() {
    Organisation none = firm().withPartyOrganisation(PartyOrganisation.none());
    Finding practice = only(none, AS_OF, "B11");
    assertEquals(Outcome.UNDECIDED, practice.getOutcome());
    assertEquals(List.of("formalMembers"), practice.getMissingFacts());

    List<QualificationPlatform> list = new ArrayList<>(platforms(2));
    list.add(QualificationPlatform.builder().name("未报平台").build());
    List<Finding> found = findings(jointOf(list), AS_OF, "B11");
    assertEquals(List.of(Outcome.SATISFIED, Outcome.UNDECIDED), found.stream().map(Finding::getOutcome).toList(),
        found::toString);
    assertEquals(List.of("partyOrganisation.structure.platforms.formalMembers"), found.get(1).getMissingFacts());
  }

  @Test
  void b11AJointBranchWithoutPlatformsCannotDecideAndOtherJointScopesAreOutside() {
    assertEquals(List.of("partyOrganisation.structure.platforms"), only(jointOf(List.of()), AS_OF, "B11").getMissingFacts());
    Organisation park = jointOf(platforms(6));
    park = park.withPartyOrganisation(park.getPartyOrganisation().orElseThrow()
        .withJointScope(JointScope.PARK));
    assertEquals(List.of(), findings(park, AS_OF, "B11"));
  }

  // --- B12 ---

  private static Organisation groups(PartyGroup... groups) {
    return withStructure(firmWithBranch(10), BranchStructure.builder().addPartyGroups(groups).build());
  }

  @Test
  void b12TwoMembersAreTooFewAndThreeAreEnough() {
    Finding two = only(groups(PartyGroup.of("一组", PartyMember.formal("甲"), PartyMember.formal("乙"))), AS_OF, "B12");
    assertEquals(Outcome.VIOLATED, two.getOutcome());
    assertEquals(List.of("一组"), two.fact("failingGroups").orElseThrow());
    assertEquals(Map.of("一组", 2), two.fact("partyGroupMembers").orElseThrow());
    assertEquals(Map.of("一组", 2), two.fact("partyGroupFormalMembers").orElseThrow());
    assertEquals(Outcome.SATISFIED, outcome(groups(
        PartyGroup.of("一组", PartyMember.formal("甲"), PartyMember.probationary("乙"), PartyMember.probationary("丙"))),
        AS_OF, "B12"));
  }

  @Test
  void b12AGroupWithoutAFormalMemberFailsAndOneIsEnough() {
    Finding none = only(groups(PartyGroup.of("二组",
        PartyMember.probationary("甲"), PartyMember.probationary("乙"), PartyMember.probationary("丙"))), AS_OF, "B12");
    assertEquals(Outcome.VIOLATED, none.getOutcome());
    assertEquals(List.of("二组"), none.fact("failingGroups").orElseThrow());
    assertEquals(Map.of("二组", 3), none.fact("partyGroupMembers").orElseThrow());
    assertEquals(Map.of("二组", 0), none.fact("partyGroupFormalMembers").orElseThrow());
  }

  @Test
  void b12UnknownStatusCannotDecideAndNoGroupsIsOutsideTheRule() {
    Finding f = only(groups(PartyGroup.of("三组",
        PartyMember.probationary("甲"), PartyMember.probationary("乙"), PartyMember.of("丙"))), AS_OF, "B12");
    assertEquals(Outcome.UNDECIDED, f.getOutcome());
    assertEquals(List.of("partyOrganisation.structure.partyGroups.members.status"), f.getMissingFacts());
    assertEquals(List.of(), findings(groups(), AS_OF, "B12"));
    assertEquals(List.of("partyOrganisation.structure"), only(firmWithBranch(10), AS_OF, "B12").getMissingFacts());
  }

  // --- B13 ---

  private static Organisation leadership(int formal, BranchCommittee committee) {
    return withStructure(firmWithBranch(formal), BranchStructure.builder().committee(committee).build());
  }

  private static final BranchCommittee COMMITTEE =
      BranchCommittee.builder().secretary("甲").addMembers("乙", "丙").build();
  private static final BranchCommittee SECRETARY_ONLY = BranchCommittee.builder().secretary("甲").build();

  @Test
  void b13SixFormalMembersNeedASecretaryAndADisciplinePerson() {
    Finding six = only(leadership(6, SECRETARY_ONLY), AS_OF, "B13");
    assertEquals(Outcome.VIOLATED, six.getOutcome());
    assertEquals(List.of("disciplineInspector"), six.fact("missingRoles").orElseThrow());
    assertEquals(Outcome.SATISFIED,
        outcome(leadership(6, SECRETARY_ONLY.withDisciplineInspector("乙")), AS_OF, "B13"));
  }

  @Test
  void b13SevenFormalMembersNeedACommittee() {
    assertEquals(Outcome.VIOLATED,
        outcome(leadership(7, SECRETARY_ONLY.withDisciplineInspector("乙")), AS_OF, "B13"));
    assertEquals(Outcome.SATISFIED, outcome(leadership(7, COMMITTEE), AS_OF, "B13"));
  }

  @Test
  void b13WithoutACommitteeRecordCannotDecide() {
    Organisation firm = withStructure(firmWithBranch(7), BranchStructure.builder().build());
    assertEquals(List.of("partyOrganisation.structure.committee"), only(firm, AS_OF, "B13").getMissingFacts());
  }

  // --- B15 ---

  private static Organisation term(LocalDate start) {
    return leadership(8, COMMITTEE.withTermStart(start));
  }

  @Test
  void b15TheTermEndsOnTheThirdAnniversaryAndIsOverdueTheDayAfter() {
    Organisation firm = term(LocalDate.of(2018, 3, 15));
    Finding before = only(firm, LocalDate.of(2021, 3, 14), "B15");
    assertEquals(Outcome.SATISFIED, before.getOutcome());
    assertEquals(LocalDate.of(2021, 3, 15), before.getDeadline().orElseThrow());
    Finding on = only(firm, LocalDate.of(2021, 3, 15), "B15");
    assertEquals(Outcome.SATISFIED, on.getOutcome());
    assertFalse(on.isOverdue());
    Finding after = only(firm, LocalDate.of(2021, 3, 16), "B15");
    assertEquals(Outcome.VIOLATED, after.getOutcome());
    assertTrue(after.isOverdue());
    assertEquals(Set.of(TermRule.HOLD_ELECTION), after.getRequiredActions());
    assertTrue(after.getMessageEn().contains("ended on 15 March 2021"), after.getMessageEn());
    assertTrue(after.getMessageZh().contains("已于2021年3月15日届满"), after.getMessageZh());
  }

  @Test
  void b15ATermFromTwentyNinthFebruaryEndsOnTwentyEighthFebruary() {
    Organisation firm = term(LocalDate.of(2016, 2, 29));
    assertEquals(LocalDate.of(2019, 2, 28), only(firm, LocalDate.of(2019, 2, 28), "B15").getDeadline().orElseThrow());
    assertTrue(only(firm, LocalDate.of(2019, 3, 1), "B15").isOverdue());
  }

  @Test
  void b15ALeapDayTermIsInTimeOnTwentyEighthFebruaryAndOverdueOnlyOnFirstMarch() {
    Organisation firm = term(LocalDate.of(2016, 2, 29));
    assertEquals(Outcome.SATISFIED, outcome(firm, LocalDate.of(2019, 2, 27), "B15"));
    Finding on = only(firm, LocalDate.of(2019, 2, 28), "B15");
    assertEquals(Outcome.SATISFIED, on.getOutcome());
    assertFalse(on.isOverdue());
    Finding after = only(firm, LocalDate.of(2019, 3, 1), "B15");
    assertEquals(Outcome.VIOLATED, after.getOutcome());
    assertTrue(after.isOverdue());
  }

  @Test
  void b15WithoutATermStartCannotDecide() {
    assertEquals(List.of("partyOrganisation.structure.committee.termStart"),
        only(leadership(8, COMMITTEE), AS_OF, "B15").getMissingFacts());
  }
}
