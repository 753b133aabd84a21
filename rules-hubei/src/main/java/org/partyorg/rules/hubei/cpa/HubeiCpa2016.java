package org.partyorg.rules.hubei.cpa;

import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.support.Parameters;
import org.partyorg.rules.hubei.support.WhatIf;

/**
 * The Hubei CPA industry 2016 document as a policy set.
 *
 * <p>H2 is the document's own statement of N1–N3 ("有3名以上正式党员的事务所，实现100%单独组建
 * 党组织；党员人数不足3名的事务所，实现100%联合组建党组织；没有党员的事务所……"), so the set
 * builds the baseline rules from those three sentences with their date, 2016-11-30 ("到2016年
 * 11月底"): the N1, N2 and N3 findings of this set are H2.
 *
 * <p>The document bears no date. Its timetable starts with the survey on 2016-08-18
 * ("全面摸底调查阶段（8月18日-8月31日）", "从8月18日开始"), the earliest day it names; the set
 * applies from then on.
 */
public final class HubeiCpa2016 {
  /** 转接组织关系 (H4): transfer members' party membership to the firm's branch or the sector committee. */
  static final RequiredAction TRANSFER_MEMBERSHIP =
      RequiredAction.of("TRANSFER_MEMBERSHIP", "转接党员组织关系", "transfer the members' party membership");

  public static final String ID = "hubei-cpa-2016";

  public static final SourceDocument DOCUMENT =
      SourceDocument.builder()
          .file("000_e6958eaa7be368e6.txt")
          .title("开展全省注册会计师行业党组织集中组建“百日攻坚行动”实施方案")
          .issuer("中共湖北省注册会计师行业委员会")
          .date(LocalDate.of(2016, 8, 18))
          .build();

  /** 一: "到2016年11月底". */
  public static final LocalDate DEADLINE = LocalDate.of(2016, 11, 30);
  /** 二（二）: the concentrated formation phase ends "10月20日". */
  public static final LocalDate FORMATION_PHASE_END = LocalDate.of(2016, 10, 20);
  /** 二（二）1: "力争到9月下旬" — the last day of late September. */
  public static final LocalDate MEMBERS_TARGET_DEADLINE = LocalDate.of(2016, 9, 30);

  static final Citation H1 = cite("一", "到2016年11月底，员工人数达30人以上的事务所，实现100%建有党的组织");
  /** N1 as H2 states it. */
  static final Citation N1 = cite("一", "有3名以上正式党员的事务所，实现100%单独组建党组织");
  /** N2 as H2 states it. */
  static final Citation N2 = cite("一", "党员人数不足3名的事务所，实现100%联合组建党组织");
  /** N3 as H2 states it. */
  static final Citation N3 = cite("一",
      "没有党员的事务所，通过选派党建工作指导员（联络员或第一书记），建立工会、共青团、妇联组织等途径，推进党的工作有效覆盖");
  static final Citation H3 = cite("二（二）1", "力争到9月下旬，90%以上的事务所有党员");
  static final Citation H4 = cite("二（二）1", "行业从业人员和注册会计师中的党员必须将组织关系转入事务所党支部或行业党委");
  static final Citation H5 = cite("二（三）",
      "成立省注册会计师协会党支部，归口管理不具备成立党支部条件的事务所党员、协会代管的注册会计师党员");
  static final Citation REPORTS = cite("三2",
      "从8月18日开始，各市（州）行业党委（党总支）和省直会计师事务所党支部每月10日、25日前，向省行业党委报送工作情况");

  public static final String ORGANISATION_STAFF = "organisationStaffThreshold";
  public static final String MEMBERS_RATE = "firmsWithMembersRate";

  private HubeiCpa2016() {}

  public static PolicySet build() {
    return build(Map.of());
  }

  /** The set with some parameters given other values (what-if); citations are kept. */
  public static PolicySet build(Map<String, BigDecimal> overrides) {
    WhatIf whatIf = WhatIf.of(overrides, defaultParameters().toArray(new Parameter[0]));
    BaselineRules baseline = BaselineRules.builder(ID)
        .standalone(N1)
        .joint(N2)
        .workCoverage(N3)
        .deadline(DEADLINE)
        .standaloneThreshold(whatIf.standaloneThreshold())
        .build();
    List<Parameter> parameters = new ArrayList<>(whatIf.parameters());
    parameters.addAll(baseline.parameters());
    Parameter standaloneThreshold = baseline.parameters().get(0);

    return PolicySetBuilder.create(ID)
        .source(DOCUMENT)
        .jurisdiction(Jurisdiction.of("42", EnumSet.of(OrganisationCategory.ACCOUNTING_FIRM)))
        .effectivePeriod(EffectivePeriod.from(DOCUMENT.getDate()))
        .parameters(parameters)
        .targets(Target.builder()
            .ruleId("H3")
            .key("firmsWithMembers")
            .descriptionZh("90%以上的事务所有党员（党员含预备党员）")
            .descriptionEn("90% or more of the accounting firms have at least one party member (formal or probationary)")
            .rate(Parameters.get(parameters, MEMBERS_RATE).getValue())
            .addBaseCategories(OrganisationCategory.ACCOUNTING_FIRM)
            .deadline(MEMBERS_TARGET_DEADLINE)
            .addCitations(H3)
            .build())
        .phases(phases())
        .vocabulary(Vocabulary.builder().actions(TRANSFER_MEMBERSHIP).build())
        .rules(new FirmOrganisationRule(FindingFactory.of(ID, "H1", H1, DEADLINE).obligation(Obligation.PARTY_ORGANISATION), Parameters.get(parameters, ORGANISATION_STAFF)))
        .rules(baseline.rules())
        .rules(
            new MembershipTransferRule(FindingFactory.of(ID, "H4", H4, FORMATION_PHASE_END)),
            new AssociationBranchRule(FindingFactory.of(ID, "H5", H5, DEADLINE), standaloneThreshold))
        .build();
  }

  static List<Parameter> defaultParameters() {
    return List.of(
        Parameter.of(ORGANISATION_STAFF, 30, "headCount", H1),
        Parameter.rate(MEMBERS_RATE, new BigDecimal("0.90"), H3));
  }

  private static Phase[] phases() {
    return new Phase[] {
      phase("全面摸底调查阶段", "survey", LocalDate.of(2016, 8, 18), LocalDate.of(2016, 8, 31), "二（一）",
          "（一）全面摸底调查阶段（8月18日-8月31日）"),
      phase("集中组建覆盖阶段", "concentrated formation", LocalDate.of(2016, 9, 1), FORMATION_PHASE_END, "二（二）",
          "（二）集中组建覆盖阶段（9月1日-10月20日）"),
      // 下旬 runs to the month's last day
      phase("督查巩固提升阶段", "inspection and consolidation", LocalDate.of(2016, 10, 21), DEADLINE, "二（三）",
          "（三）督查巩固提升阶段（10月21日-11月下旬）"),
      Phase.builder()
          .ruleId("H6")
          .nameZh("月报制度")
          .nameEn("reports twice a month")
          .from(LocalDate.of(2016, 8, 18))
          .until(DEADLINE)
          .addReportingDaysOfMonth(10, 25)
          .citation(REPORTS)
          .build()
    };
  }

  private static Phase phase(String zh, String en, LocalDate from, LocalDate until, String section, String quote) {
    return Phase.builder()
        .ruleId("H6")
        .nameZh(zh)
        .nameEn(en)
        .from(Optional.of(from))
        .until(until)
        .citation(cite(section, quote))
        .build();
  }

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
