package org.partyorg.rules.api;

import static org.partyorg.rules.api.FactType.amount;
import static org.partyorg.rules.api.FactType.code;
import static org.partyorg.rules.api.FactType.codes;
import static org.partyorg.rules.api.FactType.count;
import static org.partyorg.rules.api.FactType.date;
import static org.partyorg.rules.api.FactType.flag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact vocabulary of the shared model: every property of an
 * {@link org.partyorg.rules.api.model.Organisation} a rule reads, by its property path, with its
 * kind, unit and Chinese and English names. Findings name their facts with these; a policy set
 * declares beside its rules only the quantities its document adds (a shortfall, a list of
 * missing talks).
 *
 * <p>A fact of kind {@link FactKind#RECORD} names a part of the record as a whole: the rules
 * name it as missing when the caller did not report that part at all.
 */
public final class ModelFacts {
  // first, so that every constant below can add itself, in the order declared
  private static final Map<String, FactType> BY_NAME = new LinkedHashMap<>();

  /** 职工人数: the staff head-count. */
  public static final FactType HEAD_COUNT = add(count("headCount", Unit.PERSONS, "职工人数", "head-count"));
  /** 专职人员数. */
  public static final FactType FULL_TIME_STAFF = add(count("fullTimeStaff", Unit.PERSONS, "专职人员数", "number of full-time staff"));
  /** 正式党员人数. */
  public static final FactType FORMAL_MEMBERS = add(count("formalMembers", Unit.PERSONS, "正式党员人数", "number of formal members"));
  /** 预备党员人数. */
  public static final FactType PROBATIONARY_MEMBERS =
      add(count("probationaryMembers", Unit.PERSONS, "预备党员人数", "number of probationary members"));
  /** 党员人数: formal and probationary members together. */
  public static final FactType PARTY_MEMBERS = add(count("partyMembers", Unit.PERSONS, "党员人数", "number of party members"));
  /** 组织类别. */
  public static final FactType CATEGORY = add(code("category", "组织类别", "category of organisation"));
  /** 组织特征: the traits the caller reported. */
  public static final FactType TRAITS = add(codes("traits", "组织特征", "traits"));
  /** 登记管理机关级别. */
  public static final FactType REGISTRATION_LEVEL = add(code("registrationLevel", "登记管理机关级别", "level of the registration authority"));
  /** 行政区划代码 (GB/T 2260). */
  public static final FactType DIVISION_CODE = add(code("divisionCode", "行政区划代码", "administrative division code"));
  /** 所在园区: whether and where the organisation sits in a park. */
  public static final FactType PARK = add(FactType.of("park", FactKind.RECORD, Unit.NONE, "所在园区", "park"));
  /** 园区级别. */
  public static final FactType PARK_LEVEL = add(code("park.level", "园区级别", "level of the park"));
  /** 园区党群活动服务中心建立情况: whether the park has one. */
  public static final FactType PARK_SERVICE_CENTRE = add(flag("park.facilities.partyAndMassServiceCentre",
      "园区党群活动服务中心建立情况",
      "information on whether the park has a party-and-mass activity service centre"));
  /** 所在楼宇: the building's name. */
  public static final FactType BUILDING = add(FactType.of("building", FactKind.TEXT, Unit.NONE, "所在楼宇", "building"));
  /** 所在街道（乡镇）: the street's or township's name. */
  public static final FactType STREET = add(FactType.of("street", FactKind.TEXT, Unit.NONE, "所在街道（乡镇）",
      "street or township"));
  /** 所属行业门类 (GB/T 4754-2017). */
  public static final FactType INDUSTRY = add(code("industry", "所属行业门类", "industry section"));
  /** 党组织设置情况: the form of the party organisation, {@code NONE} when it has none. */
  public static final FactType PARTY_ORGANISATION = add(code("partyOrganisation", "党组织设置情况", "party organisation"));
  /** 党组织层级: committee, general branch or branch. */
  public static final FactType PARTY_ORGANISATION_LEVEL =
      add(code("partyOrganisation.level", "党组织层级", "level of the party organisation"));
  /** 党组织成立日期. */
  public static final FactType FOUNDING_DATE =
      add(date("partyOrganisation.foundingDate", "党组织成立日期", "founding date of the party organisation"));
  /** 联合党组织覆盖单位数. */
  public static final FactType COVERED_ORGANISATIONS = add(count("partyOrganisation.coveredOrganisations",
      Unit.ORGANISATIONS, "覆盖单位数", "number of organisations covered"));
  /** 联合组建范围. */
  public static final FactType JOINT_SCOPE = add(code("partyOrganisation.jointScope", "联合组建范围", "scope of the joint party organisation"));
  /** 组织设置: platforms, committee, groups and roster. */
  public static final FactType STRUCTURE = add(FactType.of("partyOrganisation.structure", FactKind.RECORD, Unit.NONE,
      "组织设置情况", "structure of the branch"));
  /** 支部委员会. */
  public static final FactType COMMITTEE = add(FactType.of("partyOrganisation.structure.committee", FactKind.RECORD,
      Unit.NONE, "支部委员会", "branch committee"));
  /** 书记. */
  public static final FactType SECRETARY = add(FactType.of("partyOrganisation.structure.committee.secretary",
      FactKind.TEXT, Unit.NONE, "书记", "secretary"));
  /** 本届任期开始日期. */
  public static final FactType TERM_START =
      add(date("partyOrganisation.structure.committee.termStart", "本届任期开始日期", "start of the committee’s term"));
  /** 资质平台数. */
  public static final FactType PLATFORMS =
      add(count("partyOrganisation.structure.platforms", Unit.ITEMS, "资质平台数", "number of qualification platforms"));
  /** 资质平台正式党员人数: the formal members of each qualification platform of a joint branch. */
  public static final FactType PLATFORM_FORMAL_MEMBERS = add(count("partyOrganisation.structure.platforms.formalMembers",
      Unit.PERSONS, "资质平台正式党员人数", "number of formal members of each qualification platform"));
  /** 党员名册. */
  public static final FactType ROSTER = add(FactType.of("partyOrganisation.structure.members", FactKind.RECORD,
      Unit.NONE, "党员名册", "roster of members"));
  /** 党员类别: formal or probationary, of each member of a party group. */
  public static final FactType MEMBER_STATUS = add(code("partyOrganisation.structure.partyGroups.members.status",
      "党小组成员的党员类别",
      "membership status (formal or probationary) of the party group members"));
  /** 党小组数. */
  public static final FactType PARTY_GROUPS =
      add(count("partyOrganisation.structure.partyGroups", Unit.ITEMS, "党小组数", "number of party groups"));
  /** 组织生活记录. */
  public static final FactType ACTIVITY_RECORD = add(FactType.of("partyOrganisation.activityRecord", FactKind.RECORD,
      Unit.NONE, "组织生活记录", "activity record"));
  /** 记录期间开始日. */
  public static final FactType RECORD_FROM =
      add(date("partyOrganisation.activityRecord.periodFrom", "记录期间开始日", "first day of the record"));
  /** 记录期间结束日. */
  public static final FactType RECORD_TO =
      add(date("partyOrganisation.activityRecord.periodTo", "记录期间结束日", "last day of the record"));
  /** 已建立的党建工作制度数. */
  public static final FactType INSTITUTIONS =
      add(count("partyOrganisation.activityRecord.institutions", Unit.ITEMS, "已建立的党建工作制度数",
          "number of party-building rules in place"));
  /** 已落实的阵地设施数. */
  public static final FactType FACILITIES =
      add(count("partyOrganisation.activityRecord.facilities", Unit.ITEMS, "已落实的阵地设施数",
          "number of party-building facilities in place"));
  /** 应参加主题教育党员人数. */
  public static final FactType THEME_EDUCATION_MEMBERS = add(count("partyOrganisation.activityRecord.themeEducationMembers",
      Unit.PERSONS, "应参加主题教育党员人数", "number of members due for theme education"));
  /** 参加主题教育党员人数. */
  public static final FactType THEME_EDUCATION_PARTICIPANTS = add(count(
      "partyOrganisation.activityRecord.themeEducationParticipants", Unit.PERSONS, "参加主题教育党员人数",
      "number of theme-education participants"));
  /** 书记由出资人或主要负责人担任情况: whether the secretary is the investor or head. */
  public static final FactType SECRETARY_IS_INVESTOR_OR_HEAD = add(flag("partyOrganisation.governance.secretaryIsInvestorOrHead",
      "书记由出资人或主要负责人担任情况", "information on whether the secretary is the investor or head"));
  /** 专职副书记配备情况: whether one is appointed. */
  public static final FactType FULL_TIME_DEPUTY_SECRETARY = add(flag("partyOrganisation.governance.fullTimeDeputySecretary",
      "专职副书记配备情况", "information on whether a full-time deputy secretary is appointed"));
  /** 党群工作部建立情况: whether one is set up. */
  public static final FactType PARTY_AND_MASS_WORK_DEPARTMENT = add(flag(
      "partyOrganisation.governance.partyAndMassWorkDepartment", "党群工作部建立情况",
      "information on whether a party-and-mass work department is set up"));
  /** 专职党务干事数. */
  public static final FactType FULL_TIME_PARTY_AFFAIRS_STAFF = add(count(
      "partyOrganisation.governance.fullTimePartyAffairsStaff", Unit.PERSONS, "专职党务干事数",
      "number of full-time party affairs staff"));
  /** 党组织隶属关系调整情况: whether the affiliation is adjusted. */
  public static final FactType AFFILIATION_ADJUSTED = add(flag("partyOrganisation.governance.affiliationAdjusted",
      "党组织隶属关系调整情况", "information on whether the party organisation’s affiliation is adjusted"));
  /** 党的工作覆盖情况: {@code complete} (an instructor and every mass organisation) or {@code incomplete}. */
  public static final FactType WORK_COVERAGE = add(code("workCoverage", "党的工作覆盖情况", "party work coverage")
      .naming("complete", "党建工作指导员和群团组织均已到位", "instructor and mass organisations in place")
      .naming("incomplete", "党建工作指导员或群团组织尚未到位", "instructor or mass organisations not yet in place"));
  /** 党建工作指导员选派情况: whether an instructor is assigned. */
  public static final FactType INSTRUCTOR_ASSIGNED =
      add(flag("workCoverage.instructorAssigned", "党建工作指导员选派情况",
          "information on whether a party-building instructor is assigned"));
  /** 已组建的群团组织. */
  public static final FactType MASS_ORGANISATIONS =
      add(codes("workCoverage.massOrganisations", "已组建的群团组织", "mass organisations set up"));
  /** 经费情况. */
  public static final FactType FINANCES = add(FactType.of("finances", FactKind.RECORD, Unit.NONE, "经费情况", "finances"));
  /** 职工年度工资薪金总额. */
  public static final FactType ANNUAL_WAGES = add(amount("finances.annualWages", "职工年度工资薪金总额", "annual wages and salaries of the staff"));
  /** 会费收取情况: whether membership dues are collected. */
  public static final FactType COLLECTS_DUES =
      add(flag("finances.collectsDues", "会费收取情况", "information on whether membership dues are collected"));
  /** 年度会费总额. */
  public static final FactType ANNUAL_DUES_INCOME = add(amount("finances.annualDuesIncome", "年度会费总额", "annual membership dues income"));
  /** 党建工作经费. */
  public static final FactType PARTY_BUILDING_BUDGET =
      add(amount("finances.partyBuildingBudget", "党建工作经费", "party-building funds"));
  /** 处罚和惩戒记录: administrative penalties and industry discipline. */
  public static final FactType SANCTION_RECORD =
      add(FactType.of("sanctionRecord", FactKind.RECORD, Unit.NONE, "处罚和惩戒记录", "record of penalties and disciplinary sanctions"));
  /** 评估基准日: the as-of date of the assessment, where a rule compares a date with it. */
  public static final FactType AS_OF = add(date("asOf", "评估基准日", "as-of date"));


  private ModelFacts() {}

  /** The fact type with this name, if the shared model declares one. */
  public static Optional<FactType> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every fact type of the shared model, in the order declared. */
  public static List<FactType> all() {
    return List.copyOf(BY_NAME.values());
  }

  private static FactType add(FactType type) {
    if (BY_NAME.put(type.getName(), type) != null) {
      throw new ExceptionInInitializerError("two fact types named " + type.getName());
    }
    return type;
  }
}
