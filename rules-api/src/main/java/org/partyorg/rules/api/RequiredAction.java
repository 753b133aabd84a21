package org.partyorg.rules.api;

import org.partyorg.rules.api.internal.Codes;

/**
 * What an organisation (or its superior party organisation) has to do to meet a rule: a code
 * that systems store and compare ({@code ESTABLISH_STANDALONE_ORGANISATION}), and its Chinese
 * and English names for texts.
 *
 * <p>The vocabulary is open. The constants here are the actions of the shared baseline (N1–N3)
 * and those that more than one document asks for; a policy set declares the actions only its
 * document asks for beside its rules and lists them in its {@link Vocabulary}. Two actions are
 * equal when their codes are: a caller that knows a code can compare with
 * {@code RequiredAction.of(code)} without depending on the module that declares it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequiredAction {
  /** 单独组建党组织: set up a party organisation of its own (N1). */
  public static final RequiredAction ESTABLISH_STANDALONE_ORGANISATION =
      of("ESTABLISH_STANDALONE_ORGANISATION", "单独组建党组织", "set up a party organisation of its own");
  /** 建立或加入联合党组织: set up or join a joint party organisation (N2). */
  public static final RequiredAction ESTABLISH_OR_JOIN_JOINT_ORGANISATION = of(
      "ESTABLISH_OR_JOIN_JOINT_ORGANISATION", "建立或加入联合党组织", "set up or join a joint party organisation");
  /** 建立党组织: have a party organisation of any form the document accepts. */
  public static final RequiredAction ESTABLISH_PARTY_ORGANISATION =
      of("ESTABLISH_PARTY_ORGANISATION", "建立党组织", "set up a party organisation");
  /** 从联合党组织中调整出来单独组建党组织: leave the joint party organisation for one of its own. */
  public static final RequiredAction SPLIT_OUT_OF_JOINT_ORGANISATION = of("SPLIT_OUT_OF_JOINT_ORGANISATION",
      "从联合党组织中调整出来单独组建党组织", "leave the joint party organisation and set up one of its own");
  /** 调减联合党组织覆盖单位数: bring the organisations a joint party organisation covers down to the cap. */
  public static final RequiredAction REDUCE_JOINT_COVERAGE = of("REDUCE_JOINT_COVERAGE", "调减联合党组织覆盖单位数",
      "reduce the number of organisations the joint party organisation covers");
  /** 发展、引进党员: bring party members into the organisation. */
  public static final RequiredAction RECRUIT_PARTY_MEMBERS =
      of("RECRUIT_PARTY_MEMBERS", "发展、引进党员", "recruit or bring in party members");
  /** 选派党建工作指导员: assign a party-building instructor (liaison, first secretary). */
  public static final RequiredAction ASSIGN_INSTRUCTOR =
      of("ASSIGN_INSTRUCTOR", "选派党建工作指导员", "assign a party-building instructor");
  /** 组建群团组织: set up mass organisations (trade union, Youth League, women’s federation). */
  public static final RequiredAction SET_UP_MASS_ORGANISATIONS = of("SET_UP_MASS_ORGANISATIONS",
      "组建工会、共青团、妇联等群团组织", "set up mass organisations (trade union, Youth League, women’s federation)");
  /** 调整党组织隶属关系: adjust the party organisation’s affiliation. */
  public static final RequiredAction ADJUST_AFFILIATION =
      of("ADJUST_AFFILIATION", "调整党组织隶属关系", "adjust the party organisation’s affiliation");
  /** 补报所缺信息: report the facts the rule needs (an {@link Outcome#UNDECIDED} finding). */
  public static final RequiredAction SUPPLY_MISSING_FACTS =
      of("SUPPLY_MISSING_FACTS", "补报所缺信息", "report the missing information");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  private RequiredAction(String code, String nameZh, String nameEn) {
    this.code = Codes.check(code, "action code");
    this.nameZh = Codes.name(nameZh, "nameZh");
    this.nameEn = Codes.name(nameEn, "nameEn");
  }

  /**
   * An action with its names, as a policy set declares it.
   *
   * @throws IllegalArgumentException if the code is not upper-case words joined by underscores
   *     or a name is blank
   */
  public static RequiredAction of(String code, String nameZh, String nameEn) {
    return new RequiredAction(code, nameZh, nameEn);
  }

  /**
   * The action with this code, for comparing with the actions of findings; its names are the
   * code until a declared action is at hand.
   */
  public static RequiredAction of(String code) {
    return new RequiredAction(code, code, code);
  }

  /** The stable code, e.g. {@code HOLD_ELECTION}: store this. */
  public String code() {
    return code;
  }

  /** The code, as an enum constant's name would be. */
  public String name() {
    return code;
  }

  /** The Chinese name, e.g. 按期换届. */
  public String chineseName() {
    return nameZh;
  }

  /** The English name, e.g. hold the election. */
  public String englishName() {
    return nameEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequiredAction that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
