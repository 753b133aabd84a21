package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.of;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Every text of {@code liaoning-2016_zh.properties} and {@code _en.properties}, in full, as a
 * finding about a real organisation gives it; the last check makes sure no key is left without
 * one.
 */
class TextsTest {
  private static final Set<String> SEEN = new TreeSet<>();
  private static final PartyOrganisation OWN = PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH);
  private static final WorkCoverage COMPLETE =
      WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build();
  private static final WorkCoverage INSTRUCTOR_ONLY = WorkCoverage.builder().instructorAssigned(true).build();

  /** The one finding of {@code ruleId} whose text has {@code key}, with both its texts. */
  private static Finding assertTexts(Organisation organisation, String ruleId, String key, String zh, String en) {
    List<Finding> found = Fixtures.findings(organisation, Fixtures.IN_TIME, ruleId).stream()
        .filter(f -> f.getMessageTemplate().getKey().orElse("").equals(key)).toList();
    assertEquals(1, found.size(), () -> "expected one finding with text " + key + ", got "
        + Fixtures.findings(organisation, Fixtures.IN_TIME, ruleId));
    Finding f = found.get(0);
    assertEquals(zh, f.getMessageZh(), key);
    assertEquals(en, f.getMessageEn(), key);
    SEEN.add(key);
    return f;
  }

  private static Organisation staff(int headCount, int formalMembers) {
    return enterprise().withHeadCount(headCount).withFormalMembers(formalMembers);
  }

  private static PartyOrganisation form(PartyOrganisationForm form) {
    return PartyOrganisation.builder().form(form).build();
  }

  @AfterAll
  static void everyTextIsShownInFull() {
    assertEquals(new TreeSet<>(Notice64.MESSAGES.keys()), SEEN);
  }

  @Test
  void l3() {
    assertTexts(staff(120, 3).withPartyOrganisation(OWN), "L3", "L3.met",
        "职工120人（100人以上），已单独组建党组织，符合要求。",
        "120 staff (100 or more) and a party organisation of its own: requirement met.");
    assertTexts(staff(100, 2).withPartyOrganisation(OWN), "L3", "L3.too-few-members",
        "职工100人（100人以上），已单独组建党组织，正式党员2名（单独组建党组织应有正式党员3名以上），应于2016年11月30日前发展、引进党员。",
        "100 staff (100 or more), a party organisation of its own and only 2 formal members (a party organisation of its own"
            + " needs at least 3): must recruit or bring in party members by 30 November 2016.");
    assertTexts(staff(100, 0), "L3", "L3.too-few-members",
        "职工100人（100人以上），党组织设置情况不详，没有正式党员（单独组建党组织应有正式党员3名以上），应于2016年11月30日前发展、引进党员。",
        "100 staff (100 or more), party organisation not reported and no formal members (a party organisation of its own"
            + " needs at least 3): must recruit or bring in party members by 30 November 2016.");
    assertTexts(staff(250, 5).withPartyOrganisation(PartyOrganisation.joint()), "L3", "L3.joint",
        "职工250人（100人以上），现为联合党组织，应于2016年11月30日前单独组建党组织。",
        "250 staff (100 or more) and only a joint party organisation: must set up a party organisation of its own by 30 November 2016.");
    assertTexts(staff(250, 1).withPartyOrganisation(PartyOrganisation.joint()), "L3", "L3.joint.too-few-members",
        "职工250人（100人以上），现为联合党组织，正式党员1名（单独组建党组织应有正式党员3名以上），应于2016年11月30日前发展、引进党员，单独组建党组织。",
        "250 staff (100 or more), only a joint party organisation and only 1 formal member (a party organisation of its own"
            + " needs at least 3): must recruit or bring in party members and set up a party organisation of its own by 30 November 2016.");
    assertTexts(staff(100, 4).withPartyOrganisation(PartyOrganisation.none()), "L3", "L3.none",
        "职工100人（100人以上），尚未建立党组织，应于2016年11月30日前单独组建党组织。",
        "100 staff (100 or more) and no party organisation: must set up a party organisation of its own by 30 November 2016.");
    assertTexts(staff(12000, 0).withPartyOrganisation(PartyOrganisation.none()), "L3", "L3.none.too-few-members",
        "职工12000人（100人以上），尚未建立党组织，没有正式党员（单独组建党组织应有正式党员3名以上），应于2016年11月30日前发展、引进党员，单独组建党组织。",
        "12,000 staff (100 or more), no party organisation and no formal members (a party organisation of its own needs at"
            + " least 3): must recruit or bring in party members and set up a party organisation of its own by 30 November 2016.");
    assertTexts(staff(100, 3).withPartyOrganisation(form(PartyOrganisationForm.FUNCTIONAL)), "L3", "L3.other-form",
        "职工100人（100人以上），现有功能型党组织，不是单独组建的党组织，应于2016年11月30日前单独组建党组织。",
        "100 staff (100 or more) and a functional party organisation, not a party organisation of its own: must set up a"
            + " party organisation of its own by 30 November 2016.");
    assertTexts(staff(101, 2).withPartyOrganisation(form(PartyOrganisationForm.COUNCIL_WORK_GROUP)), "L3",
        "L3.other-form.too-few-members",
        "职工101人（100人以上），现有理事会层面党建工作小组，不是单独组建的党组织，正式党员2名（单独组建党组织应有正式党员3名以上），"
            + "应于2016年11月30日前发展、引进党员，单独组建党组织。",
        "101 staff (100 or more), a council-level party-building work group, not a party organisation of its own, and"
            + " only 2 formal members (a party organisation of its own needs at least 3): must recruit or bring in party members"
            + " and set up a party organisation of its own by 30 November 2016.");
  }

  @Test
  void l4() {
    assertTexts(enterprise().withHeadCount(60).withFormalMembers(1), "L4", "L4.met",
        "职工60人（50人以上），已有党员，符合要求。", "60 staff (50 or more) and party members: requirement met.");
    assertTexts(enterprise().withHeadCount(50).withFormalMembers(0).withProbationaryMembers(0), "L4", "L4.none",
        "职工50人（50人以上），没有党员，应于2016年11月30日前发展、引进党员。",
        "50 staff (50 or more) and no party members: must recruit or bring in party members by 30 November 2016.");
  }

  @Test
  void l5() {
    PartyOrganisation three = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
        .jointScope(JointScope.BETWEEN_ENTERPRISES).coveredOrganisationCount(3).build();
    assertTexts(enterprise().withPartyOrganisation(three), "L5", "L5.met",
        "企业间联合党组织覆盖企业3个（最多3个），符合要求。",
        "The joint party organisation between enterprises covers 3 enterprises (at most 3): requirement met.");
    PartyOrganisation four = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
        .jointScope(JointScope.BETWEEN_ENTERPRISES).coveredOrganisationCount(4).build();
    assertTexts(enterprise().withPartyOrganisation(four), "L5", "L5.over",
        "企业间联合党组织覆盖企业4个，超过3个的上限，应于2016年11月30日前调减至3个以内。",
        "The joint party organisation between enterprises covers 4 enterprises, more than the 3 allowed: must reduce them to 3"
            + " or fewer by 30 November 2016.");
  }

  @Test
  void l7MustHaveOne() {
    Organisation society = of(OrganisationCategory.ACADEMIC_SOCIETY).withRegistrationLevel(RegistrationLevel.PROVINCIAL);
    assertTexts(society.withPartyOrganisation(OWN), "L7", "L7.must-have.social-group.met",
        "省级学会已建立党组织，符合要求。", "The provincial academic society has a party organisation: requirement met.");
    assertTexts(of(OrganisationCategory.SOCIAL_GROUP).withRegistrationLevel(RegistrationLevel.PROVINCIAL)
            .withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none()),
        "L7", "L7.must-have.social-group.missing",
        "省级社会团体尚未建立党组织，应于2016年11月30日前建立党组织；暂不具备组建条件的，应实现党的工作覆盖。",
        "The provincial social group has no party organisation: must set one up by 30 November 2016; until it can, it must"
            + " have party work coverage.");
    assertTexts(of(OrganisationCategory.PRIVATE_SCHOOL).withHeadCount(30).withPartyOrganisation(PartyOrganisation.joint()),
        "L7", "L7.must-have.service-institution.met",
        "民办学校从业人员30人（30人以上），已建立党组织，符合要求。",
        "The private school has 30 staff (30 or more) and a party organisation: requirement met.");
    assertTexts(of(OrganisationCategory.PRIVATE_HOSPITAL).withHeadCount(45).withPartyOrganisation(PartyOrganisation.none()),
        "L7", "L7.must-have.service-institution.missing",
        "民办医院从业人员45人（30人以上），尚未建立党组织，应于2016年11月30日前建立党组织；暂不具备组建条件的，应实现党的工作覆盖。",
        "The private hospital has 45 staff (30 or more) and no party organisation: must set one up by 30 November 2016;"
            + " until it can, it must have party work coverage.");
    Finding firm = assertTexts(of(OrganisationCategory.LAW_FIRM).withPartyOrganisation(form(PartyOrganisationForm.FUNCTIONAL)),
        "L7", "L7.must-have.firm.met",
        "律师事务所已建立党组织，符合要求。", "The law firm has a party organisation: requirement met.");
    assertEquals(OrganisationCategory.LAW_FIRM, firm.fact("category").orElseThrow(), "the category is data: the constant");
    assertTexts(of(OrganisationCategory.TAX_FIRM).withPartyOrganisation(form(PartyOrganisationForm.COUNCIL_WORK_GROUP))
            .withWorkCoverage(COMPLETE), "L7", "L7.must-have.firm.missing",
        "税务师事务所尚未建立党组织，应于2016年11月30日前建立党组织；暂不具备组建条件的，应实现党的工作覆盖。",
        "The tax firm has no party organisation: must set one up by 30 November 2016; until it can, it must have party"
            + " work coverage.");
  }

  @Test
  void l7WorkCoverageIsEnough() {
    String coverage = "（选派党建工作指导员，组建工会、共青团、妇联等群团组织）";
    String coverageEn = " (a party-building instructor, and mass organisations such as the trade union, Youth League and women’s federation)";
    assertTexts(of(OrganisationCategory.INDUSTRY_ASSOCIATION).withRegistrationLevel(RegistrationLevel.CITY).withPartyOrganisation(OWN),
        "L7", "L7.others.social-group.organisation",
        "市级行业协会商会已建立党组织，符合要求。",
        "The industry association or chamber of commerce (registration level: city) has a party organisation: requirement met.");
    assertTexts(of(OrganisationCategory.SOCIAL_GROUP).withRegistrationLevel(RegistrationLevel.NATIONAL)
            .withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(COMPLETE),
        "L7", "L7.others.social-group.work-coverage",
        "全国性社会团体尚未建立党组织，已实现党的工作覆盖，符合要求。",
        "The social group (registration level: national) has no party organisation but has party work coverage: requirement met.");
    assertTexts(of(OrganisationCategory.ACADEMIC_SOCIETY).withRegistrationLevel(RegistrationLevel.DISTRICT_OR_BELOW)
            .withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none()),
        "L7", "L7.others.social-group.missing",
        "区（县）级及以下学会尚未建立党组织，党的工作覆盖不完整，应于2016年11月30日前实现党的工作覆盖" + coverage + "。",
        "The academic society (registration level: district, county or below) has no party organisation and incomplete party"
            + " work coverage: must complete it by 30 November 2016" + coverageEn + ".");
    assertTexts(of(OrganisationCategory.PRIVATE_SCHOOL).withHeadCount(29).withPartyOrganisation(OWN),
        "L7", "L7.others.service-institution.organisation",
        "民办学校从业人员29人（不足30人），已建立党组织，符合要求。",
        "The private school has 29 staff (fewer than 30) and a party organisation: requirement met.");
    assertTexts(of(OrganisationCategory.PRIVATE_HOSPITAL).withHeadCount(1).withPartyOrganisation(PartyOrganisation.none())
            .withWorkCoverage(COMPLETE), "L7", "L7.others.service-institution.work-coverage",
        "民办医院从业人员1人（不足30人），尚未建立党组织，已实现党的工作覆盖，符合要求。",
        "The private hospital has 1 member of staff (fewer than 30), no party organisation but party work coverage: requirement met.");
    assertTexts(of(OrganisationCategory.PRIVATE_SCHOOL).withHeadCount(12).withPartyOrganisation(PartyOrganisation.none())
            .withWorkCoverage(INSTRUCTOR_ONLY), "L7", "L7.others.service-institution.missing",
        "民办学校从业人员12人（不足30人），尚未建立党组织，党的工作覆盖不完整，应于2016年11月30日前实现党的工作覆盖" + coverage + "。",
        "The private school has 12 staff (fewer than 30), no party organisation and incomplete party work coverage: must"
            + " complete it by 30 November 2016" + coverageEn + ".");
    assertTexts(of(OrganisationCategory.FOUNDATION).withPartyOrganisation(PartyOrganisation.joint()), "L7",
        "L7.others.other.organisation", "基金会已建立党组织，符合要求。", "The foundation has a party organisation: requirement met.");
    assertTexts(of(OrganisationCategory.ASSET_APPRAISAL_FIRM).withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(COMPLETE),
        "L7", "L7.others.other.work-coverage",
        "资产评估机构尚未建立党组织，已实现党的工作覆盖，符合要求。",
        "The asset appraisal firm has no party organisation but has party work coverage: requirement met.");
    assertTexts(of(OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION).withPartyOrganisation(PartyOrganisation.none())
            .withWorkCoverage(INSTRUCTOR_ONLY), "L7", "L7.others.other.missing",
        "其他社会服务机构尚未建立党组织，党的工作覆盖不完整，应于2016年11月30日前实现党的工作覆盖" + coverage + "。",
        "The other social service institution has no party organisation and incomplete party work coverage: must complete it"
            + " by 30 November 2016" + coverageEn + ".");
    assertTexts(of(OrganisationCategory.COMMUNITY_SOCIAL_ORGANISATION), "L7", "L7.community.advice",
        "城乡社区社会组织由乡镇、街道党组织负责，实现区域兜底管理。",
        "Community social organisations are the responsibility of the township or street party organisation, which covers them"
            + " as a backstop for its area (区域兜底管理).");
  }

  private static Organisation decoupled(RegistrationLevel level, PartyOrganisation party) {
    return of(OrganisationCategory.INDUSTRY_ASSOCIATION).withTraits(LiaoningVocabulary.DECOUPLED)
        .withRegistrationLevel(level).withPartyOrganisation(party);
  }

  private static PartyOrganisation adjusted(boolean adjusted) {
    return PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).level(PartyOrganisationLevel.BRANCH)
        .governance(PartyOrganisationGovernance.builder().affiliationAdjusted(adjusted).build()).build();
  }

  @Test
  void l8() {
    assertTexts(decoupled(RegistrationLevel.PROVINCIAL, adjusted(true)), "L8", "L8.provincial.met",
        "省级脱钩行业协会商会已调整党组织隶属关系，符合要求。",
        "The decoupled provincial industry association or chamber of commerce has adjusted its party organisation’s"
            + " affiliation: requirement met.");
    assertTexts(decoupled(RegistrationLevel.PROVINCIAL, adjusted(false)), "L8", "L8.provincial.not-adjusted",
        "省级脱钩行业协会商会尚未调整党组织隶属关系，应于2016年9月30日前完成调整。",
        "The decoupled provincial industry association or chamber of commerce has not adjusted its party organisation’s"
            + " affiliation: must do so by 30 September 2016.");
    assertTexts(decoupled(RegistrationLevel.CITY, adjusted(true)), "L8", "L8.below-provincial.met",
        "市级脱钩行业协会商会已调整党组织隶属关系，符合要求。",
        "The decoupled industry association or chamber of commerce (registration level: city) has adjusted its party"
            + " organisation’s affiliation: requirement met.");
    assertTexts(decoupled(RegistrationLevel.DISTRICT_OR_BELOW, adjusted(false)), "L8", "L8.below-provincial.not-adjusted",
        "区（县）级及以下脱钩行业协会商会尚未调整党组织隶属关系，应于2016年12月31日前完成调整。",
        "The decoupled industry association or chamber of commerce (registration level: district, county or below) has not"
            + " adjusted its party organisation’s affiliation: must do so by 31 December 2016.");
    assertTexts(decoupled(RegistrationLevel.CITY, PartyOrganisation.none()), "L8", "L8.formation.no-organisation",
        "脱钩行业协会商会尚未建立党组织，按通知应把握脱钩时机，推进党组织组建工作。",
        "The decoupled industry association or chamber of commerce has no party organisation: the notice asks that the moment"
            + " of decoupling be used to set one up.");
  }

  private static Organisation governed(PartyOrganisationLevel level, PartyOrganisationGovernance governance) {
    return enterprise().withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE).level(level).governance(governance).build());
  }

  @Test
  void l10() {
    PartyOrganisationGovernance owner = PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(true).build();
    PartyOrganisationLevel committee = PartyOrganisationLevel.PRIMARY_COMMITTEE;
    assertTexts(governed(committee, owner.withFullTimeDeputySecretary(true).withPartyAndMassWorkDepartment(true)), "L10",
        "L10.deputy-secretary.met",
        "出资人（负责人）任党组织书记，已配备专职副书记、建立党群工作部，符合要求。",
        "The investor or person in charge is the party secretary, and there are a full-time deputy secretary and a"
            + " party-and-mass work department: requirement met.");
    assertTexts(governed(committee, owner.withFullTimeDeputySecretary(false)), "L10", "L10.deputy-secretary.no-deputy",
        "出资人（负责人）任党组织书记，尚未配备专职副书记，应于2016年11月30日前配备；是否建立党群工作部不详，请补报。",
        "The investor or person in charge is the party secretary and there is no full-time deputy secretary: must appoint one"
            + " by 30 November 2016; please report whether there is a party-and-mass work department.");
    assertTexts(governed(committee, owner.withFullTimeDeputySecretary(false).withPartyAndMassWorkDepartment(true)), "L10",
        "L10.deputy-secretary.no-deputy",
        "出资人（负责人）任党组织书记，尚未配备专职副书记，应于2016年11月30日前配备。",
        "The investor or person in charge is the party secretary and there is no full-time deputy secretary: must appoint one"
            + " by 30 November 2016.");
    assertTexts(governed(committee, owner.withFullTimeDeputySecretary(true).withPartyAndMassWorkDepartment(false)), "L10",
        "L10.deputy-secretary.no-department",
        "出资人（负责人）任党组织书记，尚未建立党群工作部，应于2016年11月30日前建立。",
        "The investor or person in charge is the party secretary and there is no party-and-mass work department: must set one"
            + " up by 30 November 2016.");
    assertTexts(governed(committee, owner.withPartyAndMassWorkDepartment(false)), "L10", "L10.deputy-secretary.no-department",
        "出资人（负责人）任党组织书记，尚未建立党群工作部，应于2016年11月30日前建立；是否配备专职副书记不详，请补报。",
        "The investor or person in charge is the party secretary and there is no party-and-mass work department: must set one"
            + " up by 30 November 2016; please report whether there is a full-time deputy secretary.");
    assertTexts(governed(committee, owner.withFullTimeDeputySecretary(false).withPartyAndMassWorkDepartment(false)), "L10",
        "L10.deputy-secretary.neither",
        "出资人（负责人）任党组织书记，尚未配备专职副书记，也未建立党群工作部，应于2016年11月30日前配备专职副书记、建立党群工作部。",
        "The investor or person in charge is the party secretary, and there is neither a full-time deputy secretary nor a"
            + " party-and-mass work department: must appoint a full-time deputy secretary and set up a party-and-mass work"
            + " department by 30 November 2016.");
    PartyOrganisationGovernance hired = PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(false).build();
    assertTexts(governed(PartyOrganisationLevel.BRANCH, hired.withFullTimePartyAffairsStaff(2)), "L10",
        "L10.party-affairs-staff.met",
        "党支部已配备专职党务干事2人，符合要求。", "The party branch has 2 full-time party affairs staff: requirement met.");
    assertTexts(governed(PartyOrganisationLevel.GENERAL_BRANCH, hired.withFullTimePartyAffairsStaff(1)), "L10",
        "L10.party-affairs-staff.met",
        "党总支已配备专职党务干事1人，符合要求。",
        "The general party branch has 1 full-time party affairs staff member: requirement met.");
    assertTexts(governed(PartyOrganisationLevel.GENERAL_BRANCH, hired.withFullTimePartyAffairsStaff(0)), "L10",
        "L10.party-affairs-staff.none",
        "党总支尚未配备专职党务干事，应于2016年11月30日前配备。",
        "The general party branch has no full-time party affairs staff: must appoint full-time party affairs staff by 30 November"
            + " 2016.");
  }

  @Test
  void l11() {
    Finances wages = Finances.builder().annualWages(new BigDecimal("1000000")).partyBuildingBudget(new BigDecimal("10000")).build();
    assertTexts(enterprise().withFinances(wages), "L11", "L11.wages.met",
        "党建工作经费应按职工年度工资薪金总额1,000,000.00元的1%落实，即10,000.00元；已落实10,000.00元，符合要求。",
        "The party-building fund is to be 1% of the year’s total wages of 1,000,000.00 yuan, that is 10,000.00 yuan;"
            + " 10,000.00 yuan is budgeted: requirement met.");
    assertTexts(enterprise().withFinances(wages.withPartyBuildingBudget(new BigDecimal("9999.99"))), "L11", "L11.wages.short",
        "党建工作经费应按职工年度工资薪金总额1,000,000.00元的1%落实，即10,000.00元；已落实9,999.99元，差0.01元，应于2016年11月30日前补足。",
        "The party-building fund is to be 1% of the year’s total wages of 1,000,000.00 yuan, that is 10,000.00 yuan; only"
            + " 9,999.99 yuan is budgeted, 0.01 yuan short: must make up the shortfall by 30 November 2016.");
    Finances dues = Finances.builder().collectsDues(true).annualDuesIncome(new BigDecimal("50000"))
        .partyBuildingBudget(new BigDecimal("500")).build();
    assertTexts(of(OrganisationCategory.SOCIAL_GROUP).withFinances(dues), "L11", "L11.dues.met",
        "党建工作经费应按年度会费总额50,000.00元的1%落实，即500.00元；已落实500.00元，符合要求。",
        "The party-building fund is to be 1% of the year’s dues income of 50,000.00 yuan, that is 500.00 yuan; 500.00 yuan"
            + " is budgeted: requirement met.");
    assertTexts(of(OrganisationCategory.SOCIAL_GROUP).withFinances(dues.withPartyBuildingBudget(new BigDecimal("120.5"))),
        "L11", "L11.dues.short",
        "党建工作经费应按年度会费总额50,000.00元的1%落实，即500.00元；已落实120.50元，差379.50元，应于2016年11月30日前补足。",
        "The party-building fund is to be 1% of the year’s dues income of 50,000.00 yuan, that is 500.00 yuan; only 120.50"
            + " yuan is budgeted, 379.50 yuan short: must make up the shortfall by 30 November 2016.");
  }

  private static Organisation inPark(ParkLevel level, boolean centre) {
    return enterprise().withPark(Park.builder().name("沈阳经济技术开发区").level(level)
        .facilities(ParkFacilities.builder().partyAndMassServiceCentre(centre).build()).build());
  }

  @Test
  void l12() {
    assertTexts(inPark(ParkLevel.PROVINCIAL, true), "L12", "L12.met",
        "所在省级园区已建立党群活动服务中心，符合要求。",
        "The organisation is in a park at provincial level that has a party-and-mass activity service centre: requirement met.");
    assertTexts(inPark(ParkLevel.NATIONAL, false), "L12", "L12.missing",
        "所在国家级园区尚未建立党群活动服务中心，应于2016年11月30日前建立。",
        "The organisation is in a park at national level that has no party-and-mass activity service centre: one must be set up"
            + " by 30 November 2016.");
  }

  @Test
  void l13() {
    assertTexts(enterprise().withPartyOrganisation(OWN), "L13", "L13.classes.standalone",
        "按“单独建立党组织”分类列入实名台账。", "To be filed in the real-name ledger under “party organisation of its own”.");
    assertTexts(enterprise().withPartyOrganisation(PartyOrganisation.joint()), "L13", "L13.classes.joint",
        "按“联合建立党组织”分类列入实名台账。", "To be filed in the real-name ledger under “joint party organisation”.");
    assertTexts(enterprise().withPartyOrganisation(form(PartyOrganisationForm.FUNCTIONAL)), "L13",
        "L13.classes.other-party-organisation",
        "按“其他形式党组织”分类列入实名台账。", "To be filed in the real-name ledger under “party organisation of another form”.");
    String fiveClears = "its “five clears” (operations, workforce, party members, investor or person in charge, and why there is"
        + " no party organisation) must be recorded by 30 September 2016.";
    assertTexts(enterprise().withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(COMPLETE), "L13",
        "L13.five-clears.work-coverage",
        "尚未建立党组织，已实现党的工作覆盖，按“党的工作覆盖”分类列入实名台账；应于2016年9月30日前做到“五个清”，并将摸底情况登记在册。",
        "No party organisation but party work coverage: to be filed in the real-name ledger under “party work coverage”; " + fiveClears);
    assertTexts(enterprise().withPartyOrganisation(form(PartyOrganisationForm.COUNCIL_WORK_GROUP)).withWorkCoverage(INSTRUCTOR_ONLY),
        "L13", "L13.five-clears.not-covered",
        "尚未建立党组织，也未实现党的工作覆盖，按“未覆盖”分类列入实名台账；应于2016年9月30日前做到“五个清”，并将摸底情况登记在册。",
        "Neither a party organisation nor party work coverage: to be filed in the real-name ledger under “not covered”; " + fiveClears);
  }
}
