package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;

/**
 * The Wuhan 2016 document, its dates and the sentences more than one rule rests on, kept apart
 * from the set and the rules so that both can refer to them without a cycle between their
 * static initialisers. A sentence one rule rests on is declared in that rule.
 *
 * <p>Dates. The document gives two for the per-organisation obligations: 一 "到12月底" and
 * 三（二） "确保到11月底". As {@code RULES.md} reads W11, the obligations W2–W6 are due
 * 2016-11-30 (三（二）) and the coverage target W1 2016-12-31 (三（三） "到年底"); the W11
 * targets cite both sentences. N1–N3, W7, W8 and W12 fall under the concentrated formation
 * (二（四）, "11月20日前"), the affiliation (二（五）) and the widening of work coverage (二（六）,
 * "11月20日前"): 2016-11-20.
 */
public final class WuhanPlan {
  /** The policy set id: fixed, callers store it. */
  public static final String SET_ID = "wuhan-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("002_f4cdcaec58af87db.txt")
          .title("武汉市非公有制经济组织和社会组织党组织集中组建“百日攻坚行动”实施方案")
          .issuer("中共武汉市委组织部")
          .date(LocalDate.of(2016, 8, 14))
          .build();

  /**
   * The texts of the set's findings, {@code wuhan-2016_zh.properties} and {@code _en}: each rule
   * takes its own by key ({@code W3.met}); traits are named by the set's vocabulary.
   */
  static final Messages MESSAGES = Messages.load(WuhanPlan.class, SET_ID, () -> Wuhan2016.VOCABULARY);

  /** 二（四）、二（五）、二（六）: "11月20日前". */
  public static final LocalDate FORMATION_DEADLINE = LocalDate.of(2016, 11, 20);
  /** 三（二）: "确保到11月底". */
  public static final LocalDate OBLIGATION_DEADLINE = LocalDate.of(2016, 11, 30);
  /** 三（三）: "确保到年底"; 一: "到12月底". */
  public static final LocalDate TARGET_DEADLINE = LocalDate.of(2016, 12, 31);

  /** 三（二）, the enterprises' sentence: W2, W3, W4 and W6, their deadline, and the W11 targets. */
  static final Citation ENTERPRISES = cite("三（二）",
      "非公经济组织党组织集中组建工作，由各区委组织部负责，确保到11月底，职工50人以上的有党员、100人以上的建有党的组织，规模较大、具备组建条件的互联网、文化创意等企业建有党的组织，符合条件的农村新型经营主体建有党的组织");

  /** 二（四）3, the grouping principles: N2 and W8. */
  static final Citation N2 = cite("二（四）3",
      "党员不足3人的，可按照“行业相近、地域相邻、便于管理”的原则，重点依托社区（村）、开发区（园区）、商务楼宇、商业街区、专业市场、行业协会以及龙头企业、专业经济合作组织等，灵活采取区域联建、同业共建、挂靠组建、派驻帮建、龙头带建等方式，建立联合党组织");

  private WuhanPlan() {}

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
