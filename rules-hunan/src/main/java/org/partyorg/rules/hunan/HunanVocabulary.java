package org.partyorg.rules.hunan;

import org.partyorg.rules.api.RequiredAction;

/**
 * The actions of the benchmark plan, beyond the shared ones, that several rules ask for,
 * declared once. An action only one rule asks for is declared in that rule (B15's
 * {@link TermRule#HOLD_ELECTION}, B19's, B20's, B22's, B21's); the set lists them all in its
 * {@link HunanBenchmark2020#VOCABULARY vocabulary}. Kept apart from the set class so that the
 * rules can read them while the set is being built.
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

  private HunanVocabulary() {}
}
