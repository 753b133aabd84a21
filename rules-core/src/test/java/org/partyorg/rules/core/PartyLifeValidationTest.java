package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;

/** The constraints on a party organisation's structure and activity record, and their texts. */
class PartyLifeValidationTest {
  private static final OrganisationValidator VALIDATOR = OrganisationValidator.create();
  private static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2021, 12, 31);

  private static ActivityRecord record() {
    return ActivityRecord.of(JAN_1, DEC_31)
        .withEvents(ActivityEvent.of(ActivityKind.GENERAL_MEETING, LocalDate.of(2021, 3, 31)),
            ActivityEvent.talk(LocalDate.of(2021, 4, 1), "张三", "李四"))
        .withInstitutions(EnumSet.of(Institution.PARTY_DUES))
        .withFacilities(EnumSet.of(Facility.OFFICE_PLAQUE))
        .withThemeEducationMembers(10)
        .withThemeEducationParticipants(10);
  }

  private static BranchStructure structure() {
    return BranchStructure.builder()
        .addPlatforms(QualificationPlatform.of("湖南某会计师事务所", 2))
        .committee(BranchCommittee.builder().secretary("张三").addMembers("李四").disciplineInspector("王五")
            .termStart(LocalDate.of(2019, 5, 1)).build())
        .addPartyGroups(PartyGroup.of("第一党小组", PartyMember.formal("李四"), PartyMember.probationary("王五")))
        .addMembers(PartyMember.formal("张三"), PartyMember.formal("李四"), PartyMember.probationary("王五"))
        .build();
  }

  private static Organisation with(ActivityRecord record, BranchStructure structure) {
    return TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).level(PartyOrganisationLevel.BRANCH)
            .activityRecord(record).structure(structure).build());
  }

  private static Violation only(Organisation organisation) {
    List<Violation> violations = VALIDATOR.violations(organisation);
    assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
    return violations.get(0);
  }

  @Test
  void aFullRecordStructureAndSanctionRecordAreValid() {
    Organisation valid = with(record(), structure())
        .withSanctionRecord(SanctionRecord.of(Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(2015, 1, 1))));
    assertEquals(List.of(), VALIDATOR.violations(valid));
  }

  @Test
  void periodEndingBeforeItStartsIsReportedUnderPeriodTo() {
    Violation v = only(with(record().withPeriodTo(LocalDate.of(2020, 12, 31)).withEvents(), structure()));
    assertEquals("partyOrganisation.activityRecord.periodTo", v.getField());
    assertEquals("2020-12-31", v.getValue().orElseThrow());
    assertEquals("The period of the record ends on 31 December 2020, before it starts on 1 January 2021.", v.getMessageEn());
    assertEquals("活动记录期间的结束日2020年12月31日早于开始日2021年1月1日。", v.getMessageZh());
  }

  @Test
  void eventOutsideThePeriodIsReportedWithItsDate() {
    Violation v = only(with(record().withPeriodTo(LocalDate.of(2021, 3, 30)).withEvents(
        ActivityEvent.of(ActivityKind.COLLECTIVE_STUDY, LocalDate.of(2021, 3, 30)),
        ActivityEvent.of(ActivityKind.GENERAL_MEETING, LocalDate.of(2021, 3, 31))), structure()));
    assertEquals("partyOrganisation.activityRecord.events[1].date", v.getField());
    assertEquals("2021-03-31", v.getValue().orElseThrow());
    assertEquals("An event dated 31 March 2021 lies outside the period of the record, 1 January 2021 to 30 March 2021.",
        v.getMessageEn());
    assertEquals("活动日期2021年3月31日不在记录期间（2021年1月1日至2021年3月30日）内。", v.getMessageZh());
  }

  @Test
  void eventBeforeThePeriodIsReported() {
    Violation v = only(with(record().withEvents(
        ActivityEvent.of(ActivityKind.PARTY_LECTURE, LocalDate.of(2020, 12, 31))), structure()));
    assertEquals("partyOrganisation.activityRecord.events[0].date", v.getField());
  }

  @Test
  void talkWithOneselfIsReported() {
    Violation v = only(with(record().withEvents(ActivityEvent.talk(LocalDate.of(2021, 5, 1), "张三", "张三")), structure()));
    assertEquals("partyOrganisation.activityRecord.events[0].counterpart", v.getField());
    assertEquals("张三—张三", v.getValue().orElseThrow());
    assertEquals("A heart-to-heart talk must record both people in it, and they must be different people, got “张三—张三”.", v.getMessageEn());
    assertEquals("谈心谈话应记录谈话双方，且双方应为不同的人，实为“张三—张三”。", v.getMessageZh());
  }

  @Test
  void talkWithoutCounterpartIsReported() {
    ActivityEvent talk = ActivityEvent.of(ActivityKind.TALK, LocalDate.of(2021, 5, 1));
    Violation v = only(with(record().withEvents(talk), structure()));
    assertEquals("?—?", v.getValue().orElseThrow());
    assertEquals("谈心谈话应记录谈话双方，且双方应为不同的人，实为“?—?”。", v.getMessageZh());
  }

  @Test
  void talkWithABlankCounterpartIsReportedAsBlankAndAsNotTwoPeople() {
    List<Violation> violations = VALIDATOR.violations(
        with(record().withEvents(ActivityEvent.talk(LocalDate.of(2021, 5, 1), "张三", "\u00A0")), structure()));
    assertEquals(List.of("partyOrganisation.activityRecord.events[0].counterpart",
        "partyOrganisation.activityRecord.events[0].counterpart"), violations.stream().map(Violation::getField).toList());
    assertTrue(violations.stream().anyMatch(v -> v.getMessageZh().equals(
        "谈话对象不能为空白（空格、不间断空格、零宽字符均视为空白），实为“\u00A0”。")), violations::toString);
  }

  @Test
  void moreParticipantsThanMembersIsReported() {
    Violation v = only(with(record().withThemeEducationParticipants(11), structure()));
    assertEquals("partyOrganisation.activityRecord.themeEducationParticipants", v.getField());
    assertEquals("Theme-education participants (11) exceed the members due to take part (10).", v.getMessageEn());
    assertEquals("参加主题教育的党员11名，超过应参加的党员人数（10名）。", v.getMessageZh());
  }

  @Test
  void participantsEqualToMembersIsValid() {
    assertEquals(List.of(), VALIDATOR.violations(with(record().withThemeEducationParticipants(10), structure())));
  }

  @Test
  void negativeThemeEducationFigureIsReported() {
    Violation v = only(with(record().withThemeEducationMembers(-1).withThemeEducationParticipants(0), structure()));
    assertEquals("-1", v.getValue().orElseThrow());
    assertEquals("partyOrganisation.activityRecord.themeEducationMembers", v.getField());
  }

  @Test
  void partyGroupMemberNotOnTheRosterIsReportedByName() {
    BranchStructure structure = structure().withPartyGroups(
        PartyGroup.of("第一党小组", PartyMember.formal("李四")),
        PartyGroup.of("第二党小组", PartyMember.formal("张三"), PartyMember.formal("赵六")));
    Violation v = only(with(record(), structure));
    assertEquals("partyOrganisation.structure.partyGroups[1].members[1].name", v.getField());
    assertEquals("赵六", v.getValue().orElseThrow());
    assertEquals("“赵六” is not on the roster of members.", v.getMessageEn());
    assertEquals("“赵六”不在党员名册中。", v.getMessageZh());
  }

  @Test
  void withoutARosterGroupMembersAreNotChecked() {
    BranchStructure structure = structure().withMembers()
        .withPartyGroups(PartyGroup.of("一组", PartyMember.formal("赵六")));
    assertEquals(List.of(), VALIDATOR.violations(with(record(), structure)));
  }

  @Test
  void memberListedTwiceInAGroupIsReported() {
    BranchStructure structure = structure().withPartyGroups(
        PartyGroup.of("一组", PartyMember.formal("李四"), PartyMember.probationary("李四")));
    Violation v = only(with(record(), structure));
    assertEquals("partyOrganisation.structure.partyGroups[0].members[1].name", v.getField());
    assertEquals("“李四” is listed twice in the same party group.", v.getMessageEn());
    assertEquals("“李四”在同一党小组中重复列出。", v.getMessageZh());
  }

  @Test
  void committeeSecretaryMembersAndInspectorMustBeOnTheRoster() {
    BranchStructure structure = structure().withCommittee(
        BranchCommittee.builder().secretary("钱七").addMembers("李四", "孙八").disciplineInspector("周九").build());
    List<Violation> violations = VALIDATOR.violations(with(record(), structure));
    assertEquals(List.of("partyOrganisation.structure.committee.disciplineInspector",
            "partyOrganisation.structure.committee.members[1]", "partyOrganisation.structure.committee.secretary"),
        violations.stream().map(Violation::getField).toList());
    assertEquals(List.of("周九", "孙八", "钱七"), violations.stream().map(v -> v.getValue().orElseThrow()).toList());
  }

  @Test
  void blankNamesAndNegativePlatformMembersAreReported() {
    BranchStructure structure = structure().withMembers()
        .withPlatforms(QualificationPlatform.of(" ", -1))
        .withCommittee(BranchCommittee.builder().secretary("张三").addMembers("").build());
    List<Violation> violations = VALIDATOR.violations(with(record(), structure));
    assertEquals(List.of("partyOrganisation.structure.committee.members[0]",
            "partyOrganisation.structure.platforms[0].formalMembers",
            "partyOrganisation.structure.platforms[0].name"),
        violations.stream().map(Violation::getField).toList());
  }
}
