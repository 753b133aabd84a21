package org.partyorg.rules.api;

/** What an organisation (or its superior party organisation) has to do to meet a rule. */
public enum RequiredAction {
  /** 单独组建党组织: set up its own party organisation. */
  ESTABLISH_STANDALONE_ORGANISATION("单独组建党组织"),
  /** 联合组建党组织: set up or join a joint party organisation. */
  ESTABLISH_OR_JOIN_JOINT_ORGANISATION("联合组建或加入联合党组织"),
  /** 建立党的组织: have a party organisation of any accepted form. */
  ESTABLISH_PARTY_ORGANISATION("建立党的组织"),
  /** 从联合党组织中单独组建: split out of the joint organisation into its own. */
  SPLIT_OUT_OF_JOINT_ORGANISATION("从联合党组织中调整出来单独组建"),
  /** Reduce the number of organisations a joint organisation covers to the cap. */
  REDUCE_JOINT_COVERAGE("调减联合党组织覆盖单位数"),
  /** 发展党员 / 招聘党员: bring party members into the organisation. */
  RECRUIT_PARTY_MEMBERS("发展、引进党员"),
  /** 选派党建工作指导员: assign a party instructor, liaison or first secretary. */
  ASSIGN_INSTRUCTOR("选派党建工作指导员"),
  /** 组建群团组织: set up a trade union, youth league or women's organisation. */
  SET_UP_MASS_ORGANISATIONS("组建工会、共青团、妇联等群团组织"),
  /** 转接组织关系: transfer members' party membership to the organisation's branch. */
  TRANSFER_MEMBERSHIP("转接党员组织关系"),
  /** 调整党组织隶属关系: adjust the party organisation's affiliation. */
  ADJUST_AFFILIATION("调整党组织隶属关系"),
  /** 配备专职副书记: appoint a full-time deputy secretary. */
  APPOINT_FULL_TIME_DEPUTY_SECRETARY("配备专职副书记"),
  /** 建立党群工作部: set up a party-and-mass work department. */
  SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT("建立党群工作部"),
  /** 配备专职党务干事: assign full-time party affairs staff. */
  ASSIGN_PARTY_AFFAIRS_STAFF("配备专职党务干事"),
  /** 落实党建工作经费: budget the party-building fund. */
  BUDGET_PARTY_BUILDING_FUND("落实党建工作经费"),
  /** 建立党群活动服务中心: set up a party-and-mass activity service centre. */
  SET_UP_SERVICE_CENTRE("建立党群活动服务中心"),
  /** 记录"五个清": record the facts the ledger asks of an organisation without a party organisation. */
  RECORD_LEDGER_FACTS("登记摸底情况"),
  /** 设立党支部、党总支或支委: give the party organisation the structure its size calls for. */
  ADJUST_ORGANISATION_STRUCTURE("规范组织设置"),
  /** 按期换届: hold the election that ends the committee's term. */
  HOLD_ELECTION("按期换届"),
  /** 开展组织生活: hold the meetings, lectures and studies a rule requires. */
  HOLD_ACTIVITIES("开展组织生活"),
  /** 脱钩、整合或注销: decouple, reorganise or wind up. */
  REORGANISE_OR_WIND_UP("脱钩、整合或注销"),
  /** 暂缓申报: the organisation does not meet a condition for applying yet. */
  DEFER_APPLICATION("暂缓申报"),
  /** 建立健全党建工作制度: put the required institutions in place. */
  ESTABLISH_INSTITUTIONS("建立健全党建工作制度"),
  /** 落实党建阵地设施: provide the plaque, venue and activity-room furnishings. */
  PROVIDE_FACILITIES("落实党建阵地设施"),
  /** 报送党建工作宣传稿: send the publicity articles required. */
  SUBMIT_PUBLICITY_ARTICLES("报送党建工作宣传稿"),
  /** 提高党员参与率: bring more members into the theme education. */
  RAISE_PARTICIPATION("提高党员参与率"),
  /** Supply the facts the rule needs (an {@link Outcome#UNDECIDED} finding). */
  SUPPLY_MISSING_FACTS("补充所缺信息");

  private final String chineseName;

  RequiredAction(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
