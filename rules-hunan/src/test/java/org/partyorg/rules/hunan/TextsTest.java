package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partyorg.rules.hunan.Fixtures.firm;
import static org.partyorg.rules.hunan.Fixtures.firmWithBranch;
import static org.partyorg.rules.hunan.Fixtures.withRecord;
import static org.partyorg.rules.hunan.Fixtures.withStructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.JointScope;
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
import org.partyorg.rules.testkit.MessageChecks;

/**
 * Every text of the set, in full, in both languages, as a clerk reads it: one finding that
 * gives each template, and a check that no template of {@code hunan-benchmark-2020} is left
 * without one (the quotas' texts, which are not findings', are
 * {@link org.partyorg.rules.hunan.quota.QuotaCheckTest}'s).
 */
class TextsTest {
  private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2022, 1, 15);
  private static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2021, 12, 31);

  private final Set<String> seen = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * The finding's texts are these; and its template, rendered with the finding's facts and then
   * with each representative value of each in turn, passes the mechanical checks of
   * {@code docs/STYLE.md}.
   */
  private void text(Finding finding, String key, String zh, String en) {
    assertEquals(key, finding.getMessageTemplate().getKey().orElseThrow(), finding::toString);
    assertEquals(zh, finding.getMessageZh(), key);
    assertEquals(en, finding.getMessageEn(), key);
    seen.add(key);
    for (MessageChecks.Rendering r : MessageChecks.renderings(finding.getMessageTemplate(), finding.getFacts(),
        finding.getDeadline(), finding.getMissingFactTypes(), name -> Optional.empty())) {
      MessageChecks.chinese(r.zh()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.zh()));
      MessageChecks.english(r.en()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.en()));
    }
  }

  private static Finding of(Organisation organisation, LocalDate asOf, String key) {
    List<Finding> found = new ArrayList<>();
    for (Finding f : Fixtures.SET.assess(organisation, asOf).getFindings()) {
      if (f.getMessageTemplate().getKey().orElse("").equals(key)) {
        found.add(f);
      }
    }
    assertEquals(1, found.size(), () -> key + ": " + Fixtures.SET.assess(organisation, asOf).getFindings());
    return found.get(0);
  }

  // --- organisations ---

  private static Organisation founded(LocalDate day) {
    Organisation firm = firmWithBranch(5);
    return firm.withPartyOrganisation(firm.getPartyOrganisation().orElseThrow().withFoundingDate(day))
        .withSanctionRecord(SanctionRecord.none());
  }

  private static Organisation level(int formal, PartyOrganisationLevel level) {
    return firmWithBranch(formal).withPartyOrganisation(Fixtures.branch().withLevel(level));
  }

  private static Organisation none(int formal) {
    return firm().withFormalMembers(formal).withPartyOrganisation(PartyOrganisation.none());
  }

  private static Organisation joint(QualificationPlatform... platforms) {
    return firm().withFormalMembers(1).withProbationaryMembers(0).withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).level(PartyOrganisationLevel.BRANCH)
            .jointScope(JointScope.CO_LOCATED_PLATFORMS)
            .structure(BranchStructure.builder().addPlatforms(platforms).build()).build());
  }

  private static QualificationPlatform[] small(int count) {
    QualificationPlatform[] list = new QualificationPlatform[count];
    for (int i = 0; i < count; i++) {
      list[i] = QualificationPlatform.of("平台" + (i + 1), 1);
    }
    return list;
  }

  private static Organisation groups(PartyGroup... groups) {
    return withStructure(firmWithBranch(10), BranchStructure.builder().addPartyGroups(groups).build());
  }

  private static Organisation leadership(int formal, BranchCommittee committee) {
    return withStructure(firmWithBranch(formal), BranchStructure.builder().committee(committee).build());
  }

  private static ActivityRecord year(ActivityEvent... events) {
    return ActivityRecord.of(JAN_1, DEC_31).withEvents(events);
  }

  private static ActivityEvent on(ActivityKind kind, int month, int day) {
    return ActivityEvent.of(kind, LocalDate.of(2021, month, day));
  }

  private static Organisation audited(ActivityRecord record) {
    return withRecord(firmWithBranch(5), record);
  }

  /** A record of 2021 with a committee, for the committee meeting. */
  private static Organisation withCommittee(ActivityRecord record) {
    return withStructure(audited(record),
        BranchStructure.builder().committee(BranchCommittee.builder().secretary("甲").addMembers("乙").build()).build());
  }

  /** A record too short for any whole period. */
  private static final ActivityRecord SHORT_RECORD = ActivityRecord.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 30));

  private static Organisation talks(ActivityRecord record) {
    BranchStructure structure = BranchStructure.builder()
        .committee(BranchCommittee.builder().secretary("书记").addMembers("委员甲").disciplineInspector("纪检乙").build())
        .addMembers(PartyMember.formal("书记"), PartyMember.formal("委员甲"), PartyMember.formal("纪检乙"),
            PartyMember.probationary("党员丙"))
        .build();
    return withStructure(audited(record), structure);
  }

  private static ActivityEvent talk(int month, int day, String with) {
    return ActivityEvent.talk(LocalDate.of(2021, month, day), "书记", with);
  }

  private static ActivityEvent[] each(ActivityKind kind, int... months) {
    List<ActivityEvent> events = new ArrayList<>();
    for (int month : months) {
      events.add(on(kind, month, 10));
    }
    return events.toArray(new ActivityEvent[0]);
  }

  @Test
  void everyTextOfTheSetInBothLanguages() {
    // B1
    text(of(founded(LocalDate.of(2017, 8, 15)), LocalDate.of(2020, 8, 15), "B1.met"), "B1.met",
        "党组织成立于2017年8月15日，至2020年8月15日已满3年，符合要求。",
        "The party organisation was founded on 15 August 2017 and had existed for 3 years or more by 15 August 2020: requirement met.");
    text(of(founded(LocalDate.of(2017, 8, 15)), LocalDate.of(2020, 8, 14), "B1.too-young"), "B1.too-young",
        "党组织成立于2017年8月15日，至2020年8月14日成立不满3年，应暂缓申报；自2020年8月15日起方可申报。",
        "The party organisation was founded on 15 August 2017 and had existed for less than 3 years by 14 August 2020: must defer the application; may apply from 15 August 2020.");
    // B2
    text(of(founded(LocalDate.of(2010, 1, 1)), LocalDate.of(2020, 8, 14), "B2.met"), "B2.met",
        "截至2020年8月14日，所在执业机构近3年未受到过行政处罚或行业惩戒，符合要求。",
        "The practice had no administrative penalty or industry discipline in the 3 years to 14 August 2020: requirement met.");
    Organisation sanctioned = founded(LocalDate.of(2010, 1, 1)).withSanctionRecord(SanctionRecord.of(
        Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(2018, 6, 1)),
        Sanction.of(SanctionKind.ADMINISTRATIVE_PENALTY, LocalDate.of(2017, 8, 15)),
        Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(2016, 2, 29))));
    text(of(sanctioned, LocalDate.of(2019, 2, 27), "B2.sanctioned"), "B2.sanctioned",
        "截至2019年2月27日，所在执业机构近3年受到过行政处罚或行业惩戒（行政处罚：2017年8月15日；行业惩戒：2016年2月29日、2018年6月1日），应暂缓申报；自2021年6月1日起方可申报。",
        "The practice was penalised or disciplined in the 3 years to 27 February 2019 (administrative penalty: 15 August 2017; industry discipline: 29 February 2016 and 1 June 2018): must defer the application; may apply from 1 June 2021.");
    // B10
    text(of(level(10, PartyOrganisationLevel.BRANCH), AS_OF, "B10.branch.met"), "B10.branch.met",
        "正式党员10名（3名以上），已设立党支部，符合要求。",
        "The party organisation has 10 formal members (3 or more) and is a party branch: requirement met.");
    text(of(none(3), AS_OF, "B10.branch.none"), "B10.branch.none",
        "正式党员3名（3名以上），尚未建立党组织，应设立党支部。",
        "The practice has 3 formal members (3 or more) and no party organisation: must set up a party branch.");
    text(of(level(2, PartyOrganisationLevel.BRANCH), AS_OF, "B10.branch.too-few"), "B10.branch.too-few",
        "正式党员2名，不足3名，现为党支部；按《任务指南》，正式党员3名以上的应设立党支部，单个资质平台正式党员不足3名的，可联合合署办公的其他资质平台组建联合党支部。",
        "The party organisation has 2 formal members, fewer than 3, and is a party branch: the task guide provides for a party branch from 3 formal members, and a qualification platform with fewer may join co-located platforms in a joint party branch.");
    text(of(level(10, PartyOrganisationLevel.PRIMARY_COMMITTEE), AS_OF, "B10.branch.committee"),
        "B10.branch.committee",
        "正式党员10名，现为基层党委；按《任务指南》，正式党员为这一人数的应设立党支部。",
        "The party organisation has 10 formal members and is a primary party committee; the task guide provides for a party branch at this number.");
    text(of(level(49, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10.general-with-approval.approval"),
        "B10.general-with-approval.approval",
        "正式党员49名，不足50名，现为党总支；按《任务指南》，规模较大、合署办公机构较多且党员不足50名的，经上级党组织批准，可设立党总支。",
        "The party organisation has 49 formal members, fewer than 50, and is a general party branch: the task guide allows this for a large practice with many co-located institutions, with the approval of the superior party organisation.");
    text(of(level(60, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10.general-branch.met"),
        "B10.general-branch.met",
        "正式党员60名（50名以上），已设立党总支，符合要求。",
        "The party organisation has 60 formal members (50 or more) and is a general party branch: requirement met.");
    text(of(none(50), AS_OF, "B10.general-branch.none"), "B10.general-branch.none",
        "正式党员50名（50名以上），尚未建立党组织，应设立党总支。",
        "The practice has 50 formal members (50 or more) and no party organisation: must set up a general party branch.");
    text(of(level(50, PartyOrganisationLevel.BRANCH), AS_OF, "B10.general-branch.wrong-level"),
        "B10.general-branch.wrong-level",
        "正式党员50名（50名以上），现为党支部，应设立党总支。",
        "The party organisation has 50 formal members (50 or more) and is a party branch: must become a general party branch.");
    text(of(level(60, PartyOrganisationLevel.PRIMARY_COMMITTEE), AS_OF, "B10.general-branch.committee"),
        "B10.general-branch.committee",
        "正式党员60名，现为基层党委；按《任务指南》，正式党员为这一人数的应设立党总支。",
        "The party organisation has 60 formal members and is a primary party committee; the task guide provides for a general party branch at this number.");
    text(of(level(100, PartyOrganisationLevel.GENERAL_BRANCH), AS_OF, "B10.general-branch.outside"),
        "B10.general-branch.outside",
        "正式党员100名（100名以上），超出《任务指南》1（1）规定的人数范围，不作判断。",
        "The party organisation has 100 formal members (100 or more), more than indicator 1(1) of the task guide covers: not judged.");
    // B11
    text(of(joint(small(5)), AS_OF, "B11.within-cap"), "B11.within-cap",
        "联合党支部覆盖资质平台5个，未超过5个，符合要求。",
        "The joint party branch covers 5 qualification platforms (at most 5): requirement met.");
    text(of(joint(small(6)), AS_OF, "B11.over-cap"), "B11.over-cap",
        "联合党支部覆盖资质平台6个，超过5个的上限，应调减至5个以内。",
        "The joint party branch covers 6 qualification platforms, more than the 5 allowed: must reduce them to 5 or fewer.");
    text(of(joint(QualificationPlatform.of("甲所", 1), QualificationPlatform.of("乙所", 3), QualificationPlatform.of("丙所", 4)),
        AS_OF, "B11.large-platforms"), "B11.large-platforms",
        "以下资质平台正式党员3名以上，不属于可联合组建联合党支部的情形：乙所、丙所；按《任务指南》，正式党员3名以上的应设立党支部。",
        "These qualification platforms (乙所 and 丙所) are not among those that may join a joint party branch, having at least 3 formal members; the task guide provides for a party branch from 3 formal members.");
    text(of(none(2), AS_OF, "B11.may-join"), "B11.may-join",
        "正式党员2名，不足3名，尚未建立党组织；可联合合署办公的其他资质平台组建联合党支部。",
        "The practice has 2 formal members, fewer than 3, and no party organisation: may join co-located qualification platforms in a joint party branch.");
    // B12
    text(of(groups(PartyGroup.of("一组", PartyMember.formal("甲"), PartyMember.probationary("乙"), PartyMember.probationary("丙")),
        PartyGroup.of("二组", PartyMember.formal("丁"), PartyMember.formal("戊"), PartyMember.formal("己"))), AS_OF, "B12.met"),
        "B12.met",
        "共有党小组2个，每个党小组党员均不少于3名，其中至少有1名正式党员，符合要求。",
        "Each of the 2 party groups has at least 3 members, at least 1 of them formal: requirement met.");
    text(of(groups(PartyGroup.of("一组", PartyMember.formal("甲"), PartyMember.formal("乙")),
        PartyGroup.of("二组", PartyMember.probationary("丙"), PartyMember.probationary("丁"), PartyMember.probationary("戊")),
        PartyGroup.of("三组", PartyMember.formal("己"), PartyMember.formal("庚"), PartyMember.formal("辛"))), AS_OF, "B12.failing"),
        "B12.failing",
        "以下党小组党员少于3名或没有正式党员：一组、二组；应调整党小组设置，使每个党小组党员不少于3名，其中至少有1名正式党员。",
        "These party groups (一组 and 二组) have fewer than 3 members or no formal member: the party groups must be rearranged so that each has at least 3 members, at least 1 of them formal.");
    // B13
    BranchCommittee committee = BranchCommittee.builder().secretary("甲").addMembers("乙", "丙").build();
    BranchCommittee secretaryOnly = BranchCommittee.builder().secretary("甲").build();
    text(of(leadership(7, committee), AS_OF, "B13.committee-met"), "B13.committee-met",
        "正式党员7名（7名以上），已设立支委，符合要求。",
        "The party organisation has 7 formal members (7 or more) and a branch committee: requirement met.");
    text(of(leadership(7, secretaryOnly), AS_OF, "B13.no-committee"), "B13.no-committee",
        "正式党员7名（7名以上），尚未设立支委，应设立支委。",
        "The party organisation has 7 formal members (7 or more) and no branch committee: must set one up.");
    text(of(leadership(6, secretaryOnly.withDisciplineInspector("乙")), AS_OF, "B13.small-met"), "B13.small-met",
        "正式党员6名（不足7名），已设书记并明确了纪检工作负责人，符合要求。",
        "The party organisation has 6 formal members (fewer than 7), a secretary and a person responsible for discipline inspection: requirement met.");
    text(of(leadership(6, BranchCommittee.builder().disciplineInspector("乙").build()), AS_OF, "B13.no-secretary"),
        "B13.no-secretary",
        "正式党员6名（不足7名），未设书记，应设书记1名。",
        "The party organisation has 6 formal members (fewer than 7) and no secretary: must have one.");
    text(of(leadership(6, secretaryOnly), AS_OF, "B13.no-inspector"), "B13.no-inspector",
        "正式党员6名（不足7名），未明确纪检工作负责人，应明确1名同志负责纪检工作。",
        "The party organisation has 6 formal members (fewer than 7) and no one responsible for discipline inspection: must name one person for it.");
    text(of(leadership(1, BranchCommittee.builder().build()), AS_OF, "B13.no-secretary-or-inspector"),
        "B13.no-secretary-or-inspector",
        "正式党员1名（不足7名），未设书记，也未明确纪检工作负责人，应设书记1名，并明确1名同志负责纪检工作。",
        "The party organisation has 1 formal member (fewer than 7), no secretary and no one responsible for discipline inspection: must have a secretary and name one person responsible for discipline inspection.");
    // B14: 2021 and two earlier years
    ActivityRecord threeYears = ActivityRecord.of(LocalDate.of(2019, 1, 1), DEC_31);
    text(of(audited(year(on(ActivityKind.ORGANISATIONAL_LIFE_MEETING, 12, 31))), AFTER, "B14.organisational-life-meeting.met"),
        "B14.organisational-life-meeting.met",
        "经检查，2021年召开组织生活会不少于1次，符合要求。",
        "Organisational-life meetings were held at least once in 2021: requirement met.");
    text(of(audited(threeYears), AFTER, "B14.organisational-life-meeting.short"),
        "B14.organisational-life-meeting.short",
        "2019年至2021年未召开组织生活会，应每年至少召开1次组织生活会。",
        "No organisational-life meeting was held in 2019 to 2021: at least one must be held every year.");
    text(of(audited(SHORT_RECORD), AFTER, "B14.organisational-life-meeting.not-judged"),
        "B14.organisational-life-meeting.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整年度，未检查组织生活会召开情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole year ended by 15 January 2022: organisational-life meetings were not checked.");
    text(of(audited(threeYears.withEvents(ActivityEvent.of(ActivityKind.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 5, 1)),
        ActivityEvent.of(ActivityKind.DEMOCRATIC_APPRAISAL, LocalDate.of(2020, 5, 1)), on(ActivityKind.DEMOCRATIC_APPRAISAL, 5, 1))),
        AFTER, "B14.democratic-appraisal.met"), "B14.democratic-appraisal.met",
        "经检查，2019年至2021年每年均开展民主评议党员活动不少于1次，符合要求。",
        "Democratic appraisal of members was carried out at least once in every year from 2019 to 2021: requirement met.");
    text(of(audited(threeYears.withEvents(ActivityEvent.of(ActivityKind.DEMOCRATIC_APPRAISAL, LocalDate.of(2020, 5, 1)))),
        AFTER, "B14.democratic-appraisal.short"), "B14.democratic-appraisal.short",
        "2019年、2021年未开展民主评议党员活动，应坚持每年至少开展1次民主评议党员活动。",
        "No democratic appraisal of members was carried out in 2019 and 2021: it must be carried out at least once every year.");
    text(of(audited(SHORT_RECORD), AFTER, "B14.democratic-appraisal.not-judged"), "B14.democratic-appraisal.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整年度，未检查民主评议党员活动开展情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole year ended by 15 January 2022: democratic appraisal of members was not checked.");
    // B15
    Organisation term = leadership(8, committee.withTermStart(LocalDate.of(2018, 3, 15)));
    text(of(term, LocalDate.of(2021, 3, 15), "B15.running"), "B15.running",
        "本届支部委员会任期自2018年3月15日起，每届任期3年，至2021年3月15日届满，符合要求。",
        "The branch committee’s term began on 15 March 2018 and, at 3 years a term, ends on 15 March 2021: requirement met.");
    text(of(term, LocalDate.of(2021, 3, 16), "B15.overdue"), "B15.overdue",
        "本届支部委员会任期自2018年3月15日起，每届任期3年，已于2021年3月15日届满，应及时换届（经上级党组织批准延期的除外）。",
        "The branch committee’s term began on 15 March 2018 and, at 3 years a term, ended on 15 March 2021: the election is overdue and must be held (unless the superior party organisation approved a postponement).");
    // B16
    text(of(audited(year(on(ActivityKind.PARTY_LECTURE, 7, 1))), AFTER, "B16.lecture.met"), "B16.lecture.met",
        "经检查，2021年为党员上党课不少于1次，符合要求。",
        "Party lectures were given to members at least once in 2021: requirement met.");
    text(of(audited(year()), AFTER, "B16.lecture.short"), "B16.lecture.short",
        "2021年党组织负责人未为党员上党课，应每年带头为党员至少上1次党课。",
        "The head of the party organisation gave no party lecture in 2021: the head must give members at least one every year.");
    text(of(audited(SHORT_RECORD), AFTER, "B16.lecture.not-judged"), "B16.lecture.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整年度，未检查党课开展情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole year ended by 15 January 2022: party lectures were not checked.");
    text(of(audited(year(each(ActivityKind.GENERAL_MEETING, 3, 6, 9, 12))), AFTER, "B16.general-meeting.met"),
        "B16.general-meeting.met",
        "经检查，2021年第一季度至2021年第四季度每季度均召开党员大会不少于1次，符合要求。",
        "General meetings of members were held at least once in every quarter from the first quarter of 2021 to the fourth quarter of 2021: requirement met.");
    text(of(audited(year(each(ActivityKind.GENERAL_MEETING, 3, 6))), AFTER, "B16.general-meeting.short"),
        "B16.general-meeting.short",
        "2021年第三季度、2021年第四季度未召开党员大会，应每季度召开1次党员大会。",
        "No general meeting of members was held in the third quarter of 2021 and the fourth quarter of 2021: one must be held every quarter.");
    text(of(audited(SHORT_RECORD), AFTER, "B16.general-meeting.not-judged"), "B16.general-meeting.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整季度，未检查党员大会召开情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole quarter ended by 15 January 2022: general meetings of members were not checked.");
    text(of(withCommittee(year(each(ActivityKind.COMMITTEE_MEETING, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))), AFTER,
        "B16.committee-meeting.met"), "B16.committee-meeting.met",
        "经检查，2021年1月至2021年12月每月均召开支委会不少于1次，符合要求。",
        "Committee meetings were held at least once in every month from January 2021 to December 2021: requirement met.");
    text(of(withCommittee(year(each(ActivityKind.COMMITTEE_MEETING, 1, 3, 4, 5, 7, 8, 10, 11, 12))), AFTER,
        "B16.committee-meeting.short"), "B16.committee-meeting.short",
        "2021年2月、2021年6月、2021年9月未召开支委会，应每月召开1次支委会。",
        "No committee meeting was held in February 2021, June 2021 and September 2021: one must be held every month.");
    text(of(withCommittee(SHORT_RECORD), AFTER, "B16.committee-meeting.not-judged"), "B16.committee-meeting.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整月份，未检查支委会召开情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole month ended by 15 January 2022: committee meetings were not checked.");
    // B17
    text(of(talks(year(talk(3, 1, "委员甲"), talk(3, 1, "纪检乙"), talk(9, 1, "委员甲"), talk(9, 1, "纪检乙"), talk(9, 1, "党员丙"))),
        AFTER, "B17.team.met"), "B17.team.met",
        "经检查，2021年上半年至2021年下半年每半年，书记与每名班子成员谈心谈话均不少于1次，符合要求。",
        "The secretary talked with every member of the leadership team at least once in every half-year from the first half of 2021 to the second half of 2021: requirement met.");
    text(of(talks(year(talk(3, 1, "委员甲"), talk(9, 1, "委员甲"))), AFTER, "B17.team.short"), "B17.team.short",
        "2021年上半年、2021年下半年，书记与以下班子成员谈心谈话次数不足：纪检乙；党支部书记应每半年至少与班子成员谈心谈话1次。",
        "In the first half of 2021 and the second half of 2021, the secretary did not talk often enough with this member of the leadership team (纪检乙): the branch secretary must talk with each member of the leadership team at least once every half-year.");
    text(of(talks(SHORT_RECORD), AFTER, "B17.team.not-judged"), "B17.team.not-judged",
        "组织生活记录中没有截至2022年1月15日已结束的完整半年度，未检查书记与班子成员的谈心谈话。",
        "The activity record holds no whole half-year ended by 15 January 2022: the secretary’s talks with the leadership team were not checked.");
    text(of(talks(year(talk(3, 1, "委员甲"), talk(3, 1, "纪检乙"), talk(9, 1, "委员甲"), talk(9, 1, "纪检乙"), talk(9, 1, "党员丙"))),
        AFTER, "B17.members.met"), "B17.members.met",
        "经检查，2021年，书记与每名党员谈心谈话均不少于1次，符合要求。",
        "The secretary talked with every party member at least once in 2021: requirement met.");
    text(of(talks(year(talk(3, 1, "委员甲"), talk(9, 1, "委员甲"))), AFTER, "B17.members.short"), "B17.members.short",
        "2021年，书记与以下党员谈心谈话次数不足：纪检乙、党员丙；党支部书记与支部党员每年谈心谈话一般不少于1次。",
        "In 2021, the secretary did not talk often enough with these party members (纪检乙 and 党员丙): as a rule, the branch secretary talks with each party member at least once a year.");
    text(of(talks(SHORT_RECORD), AFTER, "B17.members.not-judged"), "B17.members.not-judged",
        "组织生活记录中没有截至2022年1月15日已结束的完整年度，未检查书记与党员的谈心谈话。",
        "The activity record holds no whole year ended by 15 January 2022: the secretary’s talks with party members were not checked.");
    // B18
    text(of(audited(year(each(ActivityKind.COLLECTIVE_STUDY, 2, 5, 8, 11))), AFTER, "B18.met"), "B18.met",
        "经检查，2021年第一季度至2021年第四季度每季度均开展集中学习不少于1次，符合要求。",
        "Collective study was held at least once in every quarter from the first quarter of 2021 to the fourth quarter of 2021: requirement met.");
    text(of(audited(year(each(ActivityKind.COLLECTIVE_STUDY, 2, 5, 11))), AFTER, "B18.short"), "B18.short",
        "2021年第三季度未开展集中学习，支部书记应组织党员每季度至少开展1次集中学习。",
        "No collective study session was held in the third quarter of 2021: the branch secretary must organise at least one for members every quarter.");
    text(of(audited(SHORT_RECORD), AFTER, "B18.not-judged"), "B18.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整季度，未检查集中学习开展情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole quarter ended by 15 January 2022: collective study was not checked.");
    // B19
    text(of(audited(year().withThemeEducationMembers(20).withThemeEducationParticipants(19)), AFTER, "B19.met"),
        "B19.met",
        "应参加主题教育的党员20名，实际参加19名，参与率95%，达到95%以上，符合要求。",
        "Theme-education participation was 95% (19 of 20 members due), 95% or more: requirement met.");
    text(of(audited(year().withThemeEducationMembers(1000).withThemeEducationParticipants(949)), AFTER, "B19.low"),
        "B19.low",
        "应参加主题教育的党员1000名，实际参加949名，参与率94.9%，未达到95%，应积极组织党员（含流动党员）参加党内主题教育活动。",
        "Theme-education participation was 94.9% (949 of 1,000 members due), below 95%: must bring more members, mobile members included, into the party’s theme education.");
    // B20
    text(of(audited(year().withInstitutions(EnumSet.range(Institution.THREE_MEETINGS_ONE_LECTURE, Institution.LEADERSHIP_SELECTION))),
        AFTER, "B20.met"), "B20.met",
        "已建立的党建工作制度9项（8项以上），符合要求。",
        "The party organisation has put in place 9 of the party-building rules the task guide lists (8 or more): requirement met.");
    text(of(audited(year().withInstitutions(EnumSet.range(Institution.THREE_MEETINGS_ONE_LECTURE, Institution.PARTY_DUES))),
        AFTER, "B20.short"), "B20.short",
        "已建立的党建工作制度7项，不足8项，未建立的有党风廉政建设制度；党组织领导班子选拔培养制度；党内激励、关怀、帮扶机制；流动党员管理办法；群众组织相关制度。应至少建立8项党建工作制度，且制度有效运行。",
        "The party organisation has put in place 7 of the party-building rules the task guide lists, fewer than 8, and lacks rules on integrity; rules for selecting and training leaders; incentive, care and support arrangements; rules for managing mobile members; and rules for mass organisations: must have at least 8 in place and working.");
    // B21
    text(of(audited(year(each(ActivityKind.PUBLICITY_ARTICLE, 1, 3, 5, 7, 9))), AFTER, "B21.met"), "B21.met",
        "经检查，2021年报送党建工作宣传稿不少于5篇，符合要求。",
        "At least 5 publicity articles on party building were sent in 2021: requirement met.");
    text(of(audited(year(each(ActivityKind.PUBLICITY_ARTICLE, 1, 3, 5, 7))), AFTER, "B21.short"), "B21.short",
        "2021年报送党建工作宣传稿不足5篇，应每年向省注协报送党建工作宣传稿不少于5篇。",
        "Fewer than 5 publicity articles on party building were sent in 2021: at least 5 must be sent to the provincial institute of certified public accountants (省注协) every year.");
    text(of(audited(SHORT_RECORD), AFTER, "B21.not-judged"), "B21.not-judged",
        "组织生活记录（2021年1月2日至2021年1月30日）中没有截至2022年1月15日已结束的完整年度，未检查党建工作宣传稿报送情况。",
        "The activity record (2 January 2021 to 30 January 2021) holds no whole year ended by 15 January 2022: publicity articles were not checked.");
    // B22
    text(of(audited(year().withFacilities(EnumSet.allOf(Facility.class))), AFTER, "B22.met"), "B22.met",
        "党建阵地设施均已落实，实现“三个有”，符合要求。",
        "Every party-building facility of the “three haves” is in place: requirement met.");
    text(of(audited(year().withFacilities(EnumSet.of(Facility.OFFICE_PLAQUE, Facility.ACTIVITY_VENUE, Facility.FURNITURE))),
        AFTER, "B22.short"), "B22.short",
        "党建阵地设施缺少党员活动室党旗、党员活动室党建书籍，尚未实现“三个有”，应配齐。",
        "The party-building facilities lack a party flag in the activity room and party-building books in the activity room, so the “three haves” are not complete: must provide them.");

    assertEquals(new TreeSet<>(BenchmarkPlan.MESSAGES.keys()), new TreeSet<>(seen),
        "every template of the set has its texts asserted here");
    assertEquals("", String.join("\n", problems), "the mechanical checks of docs/STYLE.md");
  }
}
