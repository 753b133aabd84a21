package org.partyorg.rules.hunan;

import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;

/**
 * The actions the benchmark plan asks for beyond the shared ones, declared once; the set lists
 * them in its {@link Vocabulary}. Kept apart from the set class so that the rules can read them
 * while the set is being built.
 */
final class HunanVocabulary {
  /** 设立党支部、党总支或支委 (B10, B12, B13): give the party organisation the structure its size calls for. */
  static final RequiredAction ADJUST_ORGANISATION_STRUCTURE =
      RequiredAction.of("ADJUST_ORGANISATION_STRUCTURE", "规范组织设置", "set up the structure the rules call for");
  /** 暂缓申报 (B1, B2): the organisation does not meet a condition for applying yet. */
  static final RequiredAction DEFER_APPLICATION =
      RequiredAction.of("DEFER_APPLICATION", "暂缓申报", "defer the application");
  /** 开展组织生活 (B14, B16–B18): hold the meetings, lectures, talks and studies a rule requires. */
  static final RequiredAction HOLD_ACTIVITIES =
      RequiredAction.of("HOLD_ACTIVITIES", "开展组织生活", "hold the meetings and activities required");
  /** 提高党员参与率 (B19). */
  static final RequiredAction RAISE_PARTICIPATION =
      RequiredAction.of("RAISE_PARTICIPATION", "提高党员参与率", "bring more members into the theme education");
  /** 建立健全党建工作制度 (B20). */
  static final RequiredAction ESTABLISH_INSTITUTIONS =
      RequiredAction.of("ESTABLISH_INSTITUTIONS", "建立健全党建工作制度", "put the required institutions in place");
  /** 落实党建阵地设施 (B22): the plaque, venue and activity-room furnishings. */
  static final RequiredAction PROVIDE_FACILITIES =
      RequiredAction.of("PROVIDE_FACILITIES", "落实党建阵地设施", "provide the plaque, venue and furnishings");

  private HunanVocabulary() {}
}
