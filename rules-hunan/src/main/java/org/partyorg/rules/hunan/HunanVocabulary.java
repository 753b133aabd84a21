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
  /**
   * 规范支部设置 (B10, B12, B13): give the party organisation the form, party groups and
   * leadership its formal members call for (the task guide's indicator 1(1) is 支部设置规范).
   */
  static final RequiredAction ADJUST_ORGANISATION_STRUCTURE = RequiredAction.of("ADJUST_ORGANISATION_STRUCTURE",
      "规范支部设置", "adjust the party organisation’s set-up to the task guide");
  /** 暂缓申报 (B1, B2): the organisation does not meet a condition for applying yet. */
  static final RequiredAction DEFER_APPLICATION =
      RequiredAction.of("DEFER_APPLICATION", "暂缓申报", "defer the application");
  /**
   * 按规定开展组织生活 (B14, B16–B18): hold the meetings, lectures, talks and studies a rule
   * requires.
   */
  static final RequiredAction HOLD_ACTIVITIES = RequiredAction.of("HOLD_ACTIVITIES",
      "按规定开展组织生活", "hold the party meetings, lectures, talks and studies required");

  private HunanVocabulary() {}
}
