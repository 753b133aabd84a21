package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hunan.Fixtures.findings;
import static org.partyorg.rules.hunan.Fixtures.firmWithBranch;
import static org.partyorg.rules.hunan.Fixtures.only;
import static org.partyorg.rules.hunan.Fixtures.withRecord;
import static org.partyorg.rules.hunan.Fixtures.withStructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyMember;

/** B14, B16–B22: the audit of a period's party life. */
class AuditTest {
  private static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2021, 12, 31);
  private static final LocalDate AFTER = LocalDate.of(2022, 1, 15);

  private static Organisation audited(ActivityRecord record) {
    return withRecord(firmWithBranch(5), record);
  }

  private static ActivityRecord year(ActivityEvent... events) {
    return ActivityRecord.of(JAN_1, DEC_31).withEvents(events);
  }

  private static ActivityEvent event(ActivityKind kind, int month, int day) {
    return ActivityEvent.of(kind, LocalDate.of(2021, month, day));
  }

  private static ActivityEvent[] meetingsInQuarters(ActivityKind kind, int... lastMonthOfEachQuarter) {
    List<ActivityEvent> events = new ArrayList<>();
    for (int month : lastMonthOfEachQuarter) {
      events.add(event(kind, month, LocalDate.of(2021, month, 1).lengthOfMonth()));
    }
    return events.toArray(new ActivityEvent[0]);
  }

  private static Finding finding(Organisation firm, LocalDate asOf, String ruleId, String quote) {
    return findings(firm, asOf, ruleId).stream().filter(f -> f.getCitation().getQuote().equals(quote))
        .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " finding citing " + quote));
  }

  private static Finding generalMeetings(Organisation firm, LocalDate asOf) {
    return finding(firm, asOf, "B16", FrequencyRule.B16_GENERAL_MEETING.getQuote());
  }

  // --- B16: the quarterly general meeting and the period boundaries ---

  @Test
  void b16AMeetingOnTheLastDayOfEachQuarterCountsForThatQuarter() {
    Finding f = generalMeetings(audited(year(meetingsInQuarters(ActivityKind.GENERAL_MEETING, 3, 6, 9, 12))), AFTER);
    assertEquals(Outcome.SATISFIED, f.getOutcome());
    assertEquals(List.of("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"), f.fact("auditedPeriods").orElseThrow());
  }

  @Test
  void b16AMeetingOnFirstAprilCountsForTheSecondQuarterNotTheFirst() {
    Organisation firm = audited(year(
        event(ActivityKind.GENERAL_MEETING, 4, 1), event(ActivityKind.GENERAL_MEETING, 6, 30),
        event(ActivityKind.GENERAL_MEETING, 9, 1), event(ActivityKind.GENERAL_MEETING, 12, 1)));
    Finding f = generalMeetings(firm, AFTER);
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(List.of("2021-Q1"), f.fact("missingPeriods").orElseThrow());
    assertEquals(Set.of(HunanVocabulary.HOLD_ACTIVITIES), f.getRequiredActions());
    assertEquals("No general meeting of members was held in the first quarter of 2021: one must be held every quarter.",
        f.getMessageEn());
    assertEquals("2021年第一季度未召开党员大会，应每季度召开1次党员大会。", f.getMessageZh());
  }

  @Test
  void b16NamesEveryMissingQuarter() {
    Finding f = generalMeetings(audited(year(meetingsInQuarters(ActivityKind.GENERAL_MEETING, 3, 6))), AFTER);
    assertEquals(List.of("2021-Q3", "2021-Q4"), f.fact("missingPeriods").orElseThrow());
    // the data keeps the labels, the text writes each period as its reader does
    assertEquals("No general meeting of members was held in the third quarter of 2021 and the fourth quarter of 2021:"
        + " one must be held every quarter.", f.getMessageEn());
    assertEquals("2021年第三季度、2021年第四季度未召开党员大会，应每季度召开1次党员大会。", f.getMessageZh());
  }

  @Test
  void b16OnlyQuartersEndedByTheAsOfDateAreJudged() {
    Organisation firm = audited(year(meetingsInQuarters(ActivityKind.GENERAL_MEETING, 3)));
    Finding march31 = generalMeetings(firm, LocalDate.of(2021, 3, 31));
    assertEquals(Outcome.SATISFIED, march31.getOutcome());
    assertEquals(List.of("2021-Q1"), march31.fact("auditedPeriods").orElseThrow());
    Finding june29 = generalMeetings(firm, LocalDate.of(2021, 6, 29));
    assertEquals(List.of("2021-Q1"), june29.fact("auditedPeriods").orElseThrow());
    Finding june30 = generalMeetings(firm, LocalDate.of(2021, 6, 30));
    assertEquals(List.of("2021-Q2"), june30.fact("missingPeriods").orElseThrow());
  }

  @Test
  void b16ARecordWithoutAWholeQuarterIsNotAuditedAndSaysSo() {
    Organisation firm = audited(ActivityRecord.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 6, 29)));
    Finding f = generalMeetings(firm, AFTER);
    assertEquals(Outcome.ADVISORY, f.getOutcome());
    assertTrue(f.getMessageEn().contains("no whole quarter"), f.getMessageEn());
    Finding before = generalMeetings(audited(year()), LocalDate.of(2020, 12, 31));
    assertEquals(Outcome.ADVISORY, before.getOutcome());
  }

  @Test
  void b16QuartersBeforeTheFoundingAreNotJudged() {
    Organisation firm = audited(year(meetingsInQuarters(ActivityKind.GENERAL_MEETING, 12)));
    firm = firm.withPartyOrganisation(firm.getPartyOrganisation().orElseThrow()
        .withFoundingDate(LocalDate.of(2021, 7, 2)));
    Finding f = generalMeetings(firm, AFTER);
    assertEquals(List.of("2021-Q4"), f.fact("auditedPeriods").orElseThrow());
    assertEquals(Outcome.SATISFIED, f.getOutcome());
  }

  @Test
  void b16ALectureAYear() {
    String quote = FrequencyRule.B16_LECTURE.getQuote();
    assertEquals(Outcome.VIOLATED, finding(audited(year()), AFTER, "B16", quote).getOutcome());
    assertEquals(List.of("2021"), finding(audited(year()), AFTER, "B16", quote).fact("missingPeriods").orElseThrow());
    assertEquals(Outcome.SATISFIED,
        finding(audited(year(event(ActivityKind.PARTY_LECTURE, 12, 31))), AFTER, "B16", quote).getOutcome());
  }

  @Test
  void b16TheLectureIsTheHeadsOwn() {
    // 附件2 2（1）“党组织负责人每年带头为党员至少上1次党课”: a lecture by someone else does not count
    String quote = FrequencyRule.B16_LECTURE.getQuote();
    BranchStructure led = BranchStructure.builder().committee(BranchCommittee.builder().secretary("甲").addMembers("乙").build()).build();
    ActivityEvent byMember = ActivityEvent.of(ActivityKind.PARTY_LECTURE, LocalDate.of(2021, 6, 28)).withLeader(Optional.of("乙"));
    ActivityEvent bySecretary = byMember.withLeader(Optional.of("甲"));
    assertEquals(Outcome.VIOLATED, finding(withStructure(audited(year(byMember)), led), AFTER, "B16", quote).getOutcome());
    assertEquals(Outcome.SATISFIED, finding(withStructure(audited(year(byMember, bySecretary)), led), AFTER, "B16", quote).getOutcome());
    // the lecturer not recorded, or no secretary named: the record does not say it was someone else's
    assertEquals(Outcome.SATISFIED, finding(withStructure(audited(year(event(ActivityKind.PARTY_LECTURE, 6, 28))), led), AFTER,
        "B16", quote).getOutcome());
    assertEquals(Outcome.SATISFIED, finding(audited(year(byMember)), AFTER, "B16", quote).getOutcome());
  }

  @Test
  void b16ACommitteeMeetingEveryMonthOnlyWhereThereIsACommittee() {
    String quote = FrequencyRule.B16_COMMITTEE_MEETING.getQuote();
    List<ActivityEvent> monthly = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      if (month != 2) {
        monthly.add(event(ActivityKind.COMMITTEE_MEETING, month, 28));
      }
    }
    Organisation firm = withStructure(audited(year(monthly.toArray(new ActivityEvent[0]))),
        BranchStructure.builder().committee(BranchCommittee.builder().secretary("甲").addMembers("乙").build()).build());
    Finding f = finding(firm, AFTER, "B16", quote);
    assertEquals(List.of("2021-02"), f.fact("missingPeriods").orElseThrow());
    Organisation noCommittee = withStructure(firm,
        BranchStructure.builder().committee(BranchCommittee.builder().secretary("甲").build()).build());
    assertTrue(findings(noCommittee, AFTER, "B16").stream().noneMatch(x -> x.getCitation().getQuote().equals(quote)));
    Finding unknown = finding(audited(year()), AFTER, "B16", quote);
    assertEquals(List.of("partyOrganisation.structure"), unknown.getMissingFacts());
  }

  @Test
  void auditRulesCannotDecideWithoutARecord() {
    Finding f = generalMeetings(firmWithBranch(5), AFTER);
    assertEquals(List.of("partyOrganisation.activityRecord"), f.getMissingFacts());
  }

  // --- B14, B18, B21 ---

  @Test
  void b14AnOrganisationalLifeMeetingAndADemocraticAppraisalEveryYear() {
    Organisation firm = audited(year(event(ActivityKind.ORGANISATIONAL_LIFE_MEETING, 12, 31)));
    List<Finding> b14 = findings(firm, AFTER, "B14");
    assertEquals(List.of(Outcome.SATISFIED, Outcome.VIOLATED), b14.stream().map(Finding::getOutcome).toList());
    assertTrue(b14.get(1).getMessageEn().contains("democratic appraisal"), b14.get(1).getMessageEn());
    Organisation both = audited(year(event(ActivityKind.ORGANISATIONAL_LIFE_MEETING, 12, 31),
        event(ActivityKind.DEMOCRATIC_APPRAISAL, 1, 1)));
    assertTrue(findings(both, AFTER, "B14").stream().allMatch(f -> f.getOutcome() == Outcome.SATISFIED));
  }

  @Test
  void b18CollectiveStudyEveryQuarter() {
    Finding f = only(audited(year(meetingsInQuarters(ActivityKind.COLLECTIVE_STUDY, 3, 6, 12))), AFTER, "B18");
    assertEquals(List.of("2021-Q3"), f.fact("missingPeriods").orElseThrow());
    assertEquals(Outcome.SATISFIED,
        only(audited(year(meetingsInQuarters(ActivityKind.COLLECTIVE_STUDY, 3, 6, 9, 12))), AFTER, "B18").getOutcome());
  }

  @Test
  void b21FourArticlesAreTooFewAndFiveAreEnough() {
    List<ActivityEvent> articles = new ArrayList<>();
    for (int month = 1; month <= 4; month++) {
      articles.add(event(ActivityKind.PUBLICITY_ARTICLE, month, 10));
    }
    Finding four = only(audited(year(articles.toArray(new ActivityEvent[0]))), AFTER, "B21");
    assertEquals(Outcome.VIOLATED, four.getOutcome());
    assertEquals(Set.of(FrequencyRule.SUBMIT_PUBLICITY_ARTICLES), four.getRequiredActions());
    assertEquals(List.of("2021"), four.fact("missingPeriods").orElseThrow());
    assertEquals("2021年报送党建工作宣传稿不足5篇，应每年向省注协报送党建工作宣传稿不少于5篇。", four.getMessageZh());
    assertEquals("Fewer than 5 publicity articles on party building were sent in 2021: at least 5 must be sent to the"
        + " provincial institute of certified public accountants (省注协) every year.", four.getMessageEn());
    articles.add(event(ActivityKind.PUBLICITY_ARTICLE, 12, 31));
    assertEquals(Outcome.SATISFIED, only(audited(year(articles.toArray(new ActivityEvent[0]))), AFTER, "B21").getOutcome());
  }

  // --- B17 ---

  private static Organisation talks(ActivityEvent... events) {
    BranchStructure structure = BranchStructure.builder()
        .committee(BranchCommittee.builder().secretary("书记").addMembers("委员甲").disciplineInspector("纪检乙").build())
        .addMembers(PartyMember.formal("书记"), PartyMember.formal("委员甲"), PartyMember.formal("纪检乙"),
            PartyMember.probationary("党员丙"))
        .build();
    return withStructure(audited(year(events)), structure);
  }

  @Test
  void b17TheSecretaryTalksWithTheTeamEveryHalfYear() {
    LocalDate june30 = LocalDate.of(2021, 6, 30);
    LocalDate july1 = LocalDate.of(2021, 7, 1);
    Organisation firm = talks(ActivityEvent.talk(june30, "书记", "委员甲"), ActivityEvent.talk(june30, "纪检乙", "书记"),
        ActivityEvent.talk(july1, "书记", "委员甲"));
    Finding team = finding(firm, AFTER, "B17", TalkRule.B17_TEAM.getQuote());
    assertEquals(Outcome.VIOLATED, team.getOutcome());
    assertEquals(List.of("2021-H2 纪检乙"), team.fact("missingTalks").orElseThrow());
    assertEquals(List.of("纪检乙"), team.fact("notTalkedWith").orElseThrow());
    assertEquals(List.of("2021-H2"), team.fact("missingTalkPeriods").orElseThrow());
  }

  @Test
  void b17TheYearlyTalkWithEachMemberIsAdvisoryWhenMissing() {
    Organisation firm = talks(ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "委员甲"),
        ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "纪检乙"));
    Finding members = finding(firm, AFTER, "B17", TalkRule.B17_MEMBERS.getQuote());
    assertEquals(Outcome.ADVISORY, members.getOutcome());
    assertEquals(List.of("2021 党员丙"), members.fact("missingTalks").orElseThrow());
    Organisation all = talks(ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "委员甲"),
        ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "纪检乙"), ActivityEvent.talk(DEC_31, "党员丙", "书记"));
    assertEquals(Outcome.SATISFIED, finding(all, AFTER, "B17", TalkRule.B17_MEMBERS.getQuote()).getOutcome());
  }

  /** The B17 finding citing {@code quote}, in a what-if of the plan with {@code overrides}. */
  private static Finding talkFinding(Map<String, Object> overrides, Organisation firm, String quote) {
    return Fixtures.SET.withOverrides(overrides).assess(firm, AFTER).getFindings().stream()
        .filter(f -> f.getCitation().getQuote().equals(quote)).findFirst().orElseThrow();
  }

  @Test
  void b17AWhatIfOfNoTalkAsksNothingAndOfTwoTalksCountsEachPerson() {
    // 纪检乙 and 党员丙 were never talked with: 0 talks, which a minimum of 0 accepts and of 1 does not
    Organisation firm = talks(ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "委员甲"),
        ActivityEvent.talk(LocalDate.of(2021, 9, 1), "委员甲", "书记"));
    for (String key : List.of("teamTalksPerHalfYear", "memberTalksPerYear")) {
      String quote = key.startsWith("team") ? TalkRule.B17_TEAM.getQuote() : TalkRule.B17_MEMBERS.getQuote();
      assertTrue(finding(firm, AFTER, "B17", quote).getOutcome() != Outcome.SATISFIED, key);
      assertEquals(Outcome.SATISFIED, talkFinding(Map.of(key, 0), firm, quote).getOutcome(), key);
    }
    // twice a year with 委员甲 meets 2 a year for him; once in each half-year does not meet 2 per half-year
    Finding twoAYear = talkFinding(Map.of("memberTalksPerYear", 2), firm, TalkRule.B17_MEMBERS.getQuote());
    assertEquals(List.of("2021 纪检乙", "2021 党员丙"), twoAYear.fact("missingTalks").orElseThrow());
  }

  @Test
  void b17ALeadershipNotReportedIsUnknownButACommitteeWithoutASecretaryHasThePostVacant() {
    Organisation unknown = withStructure(audited(year()), BranchStructure.builder()
        .addMembers(PartyMember.formal("委员甲"), PartyMember.formal("纪检乙")).build());
    List<Finding> asked = findings(unknown, AFTER, "B17");
    assertEquals(2, asked.size(), asked::toString);
    for (Finding f : asked) {
      assertEquals(Outcome.UNDECIDED, f.getOutcome());
      assertEquals(List.of("partyOrganisation.structure.committee.secretary"), f.getMissingFacts());
    }
    // the same reading as B13's: a committee record is a report, and a post it leaves out is vacant
    Organisation vacant = withStructure(audited(year(ActivityEvent.talk(LocalDate.of(2021, 3, 1), "委员甲", "纪检乙"))),
        BranchStructure.builder()
            .committee(BranchCommittee.builder().addMembers("委员甲").disciplineInspector("纪检乙").build())
            .addMembers(PartyMember.formal("委员甲"), PartyMember.formal("纪检乙")).build());
    assertEquals(List.of(), findings(vacant, AFTER, "B17"));
    Finding b13 = only(vacant, AFTER, "B13");
    assertEquals(Outcome.VIOLATED, b13.getOutcome());
    assertEquals(List.of("secretary"), b13.fact("missingRoles").orElseThrow());
  }

  // --- B19, B20, B22 ---

  @Test
  void b19NinetyFourPointNinePercentIsBelowAndNinetyFiveMeetsIt() {
    Finding low = only(audited(year().withThemeEducationMembers(1000).withThemeEducationParticipants(949)), AFTER, "B19");
    assertEquals(Outcome.VIOLATED, low.getOutcome());
    assertEquals("94.9", low.fact("participationPercent").map(String::valueOf).orElseThrow());
    // the limit is a number in percent, like the value
    assertEquals(new BigDecimal("95"), low.getFact("participationPercent").flatMap(Fact::getLimit).orElseThrow());
    assertEquals(Set.of(ParticipationRule.RAISE_PARTICIPATION), low.getRequiredActions());
    assertEquals(Outcome.SATISFIED,
        only(audited(year().withThemeEducationMembers(20).withThemeEducationParticipants(19)), AFTER, "B19").getOutcome());
    assertEquals(Outcome.VIOLATED,
        only(audited(year().withThemeEducationMembers(20).withThemeEducationParticipants(18)), AFTER, "B19").getOutcome());
  }

  @Test
  void b19UnknownFiguresCannotDecide() {
    Finding f = only(audited(year().withThemeEducationMembers(20)), AFTER, "B19");
    assertEquals(List.of("partyOrganisation.activityRecord.themeEducationParticipants"), f.getMissingFacts());
  }

  @Test
  void b20SevenInstitutionsAreTooFewAndEightAreEnough() {
    EnumSet<Institution> seven = EnumSet.range(Institution.THREE_MEETINGS_ONE_LECTURE, Institution.PARTY_DUES);
    assertEquals(7, seven.size());
    Finding f = only(audited(year().withInstitutions(seven)), AFTER, "B20");
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(7, f.fact("partyOrganisation.activityRecord.institutions").orElseThrow());
    seven.add(Institution.MASS_ORGANISATIONS);
    assertEquals(Outcome.SATISFIED, only(audited(year().withInstitutions(seven)), AFTER, "B20").getOutcome());
    assertEquals(List.of("partyOrganisation.activityRecord.institutions"),
        only(audited(year()), AFTER, "B20").getMissingFacts());
  }

  @Test
  void b22EveryFacilityIsNeeded() {
    EnumSet<Facility> some = EnumSet.allOf(Facility.class);
    some.remove(Facility.PARTY_BOOKS);
    Finding f = only(audited(year().withFacilities(some)), AFTER, "B22");
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(List.of(Facility.PARTY_BOOKS), f.fact("absent").orElseThrow());
    assertTrue(f.getMessageZh().contains("缺少党员活动室党建书籍"), f.getMessageZh());
    assertEquals(Outcome.SATISFIED,
        only(audited(year().withFacilities(EnumSet.allOf(Facility.class))), AFTER, "B22").getOutcome());
  }
}
