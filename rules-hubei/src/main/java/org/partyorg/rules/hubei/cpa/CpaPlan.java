package org.partyorg.rules.hubei.cpa;

import java.time.LocalDate;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;

/**
 * The Hubei CPA industry 2016 document and its dates, kept apart from the set and the rules so
 * that both can refer to them without a cycle between their static initialisers. The sentences
 * are declared by the rules that rest on them.
 *
 * <p>The document bears no date. Its timetable starts with the survey on 2016-08-18
 * ("全面摸底调查阶段（8月18日-8月31日）", "从8月18日开始"), the earliest day it names; the set
 * applies from then on.
 */
public final class CpaPlan {
  /** The policy set id: fixed, callers store it. */
  public static final String SET_ID = "hubei-cpa-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("000_e6958eaa7be368e6.txt")
          .title("开展全省注册会计师行业党组织集中组建“百日攻坚行动”实施方案")
          .issuer("中共湖北省注册会计师行业委员会")
          .date(LocalDate.of(2016, 8, 18))
          .build();

  /**
   * The texts of the set's findings, {@code hubei-cpa-2016_zh.properties} and {@code _en}: each
   * rule takes its own by key ({@code H1.met}); actions are named by the set's vocabulary.
   */
  static final Messages MESSAGES = Messages.load(CpaPlan.class, SET_ID, () -> HubeiCpa2016.VOCABULARY);

  /** 一: "到2016年11月底": H1, N1–N3 (H2) and H5. */
  public static final LocalDate DEADLINE = LocalDate.of(2016, 11, 30);
  /** 二（二）: the concentrated formation phase ends "10月20日": H4. */
  public static final LocalDate FORMATION_PHASE_END = LocalDate.of(2016, 10, 20);
  /** 二（二）1: "力争到9月下旬" — the last day of late September: H3. */
  public static final LocalDate MEMBERS_TARGET_DEADLINE = LocalDate.of(2016, 9, 30);

  private CpaPlan() {}

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
