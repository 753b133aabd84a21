package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;

/**
 * The Hubei science societies 2016 document, its dates and the sentences more than one rule
 * rests on, kept apart from the set and the rules so that both can refer to them without a
 * cycle between their static initialisers. A sentence one rule rests on is declared in that rule.
 *
 * <p>Dates. N1–N3, S2, S3 and S6 are due at the end of the concentrated formation,
 * 2016-11-25 ("实施集中组建（9月1日—11月25日）", which names both organisational and work
 * coverage); the coverage target S1 at the end of 2016 ("力争2016年12月底"). The document bears
 * no date; it applies from 2016-08-01, the start it names ("从8月份开始").
 */
public final class SocietiesPlan {
  /** The policy set id: fixed, callers store it. */
  public static final String SET_ID = "hubei-science-societies-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("003_3ce8bee6fb6a06a3.txt")
          .title("关于深入推进省科协所属学会党建工作暨学会党组织集中组建“百日攻坚行动”的实施方案")
          .issuer("湖北省科学技术协会")
          .date(LocalDate.of(2016, 8, 1))
          .build();

  /**
   * The texts of the set's findings, {@code hubei-science-societies-2016_zh.properties} and
   * {@code _en}: each rule takes its own by key ({@code S3.met}); traits and actions are named by
   * the set's vocabulary.
   */
  static final Messages MESSAGES = Messages.load(SocietiesPlan.class, SET_ID, () -> HubeiSocieties2016.VOCABULARY);

  /** 四4: "实施集中组建（9月1日—11月25日）". */
  public static final LocalDate FORMATION_DEADLINE = LocalDate.of(2016, 11, 25);
  /** 一: "力争2016年12月底". */
  public static final LocalDate TARGET_DEADLINE = LocalDate.of(2016, 12, 31);

  /** 三3, the grouping principles: N2 and S2. */
  static final Citation N2 = cite("三3",
      "党员不足3人的，按照“行业相近、地域相邻、便于管理”的原则，充分尊重学会及挂靠单位意愿，采取区域联建、同业共建、挂靠组建等方式，建立联合党组织");
  /** 一, work coverage where there is no party organisation yet: N3 and S6. */
  static final Citation N3 = cite("一", "尚不具备条件建立党组织的，实现党的工作覆盖");

  private SocietiesPlan() {}

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
