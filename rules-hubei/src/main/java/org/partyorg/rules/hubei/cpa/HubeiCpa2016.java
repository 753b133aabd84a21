package org.partyorg.rules.hubei.cpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.CoverageForm;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;

/**
 * The Hubei CPA industry 2016 document ({@link CpaPlan}) as a policy set: its rules, its target,
 * its timetable and its vocabulary. Each rule declares its own id, sentence, deadline and
 * parameters; the set lists the rules and every parameter, deadlines included, and rebuilds
 * itself from them for a what-if ({@link PolicySet#withOverrides}).
 *
 * <p>H2 is the document's own statement of N1–N3 ("有3名以上正式党员的事务所，实现100%单独组建
 * 党组织；党员人数不足3名的事务所，实现100%联合组建党组织；没有党员的事务所……"), so the set
 * builds the baseline rules from those three sentences with their date, 2016-11-30 ("到2016年
 * 11月底"): the N1, N2 and N3 findings of this set are H2.
 */
public final class HubeiCpa2016 {
  /** N1 as H2 states it. */
  static final Citation N1 = CpaPlan.cite("一", "有3名以上正式党员的事务所，实现100%单独组建党组织");
  /** N2 as H2 states it. */
  static final Citation N2 = CpaPlan.cite("一", "党员人数不足3名的事务所，实现100%联合组建党组织");
  /** N3 as H2 states it. */
  static final Citation N3 = CpaPlan.cite("一",
      "没有党员的事务所，通过选派党建工作指导员（联络员或第一书记），建立工会、共青团、妇联组织等途径，推进党的工作有效覆盖");
  /** H3, the target. */
  static final Citation H3 = CpaPlan.cite("二（二）1", "力争到9月下旬，90%以上的事务所有党员");
  /** H6, the reports. */
  static final Citation REPORTS = CpaPlan.cite("三2",
      "从8月18日开始，各市（州）行业党委（党总支）和省直会计师事务所党支部每月10日、25日前，向省行业党委报送工作情况");

  // --- the target's parameter (the rules declare their own) ---
  public static final String MEMBERS_RATE = "firmsWithMembersRate";
  private static final Parameter FIRMS_WITH_MEMBERS = Parameter.rate(MEMBERS_RATE, new BigDecimal("0.90"), H3);
  /** N1's threshold (H2), 3 formal members. */
  private static final Parameter STANDALONE = BaselineRules.standaloneThreshold(N1, 3);

  // --- the deadlines ---
  /** H1, N1–N3 (H2), H5: "到2016年11月底". */
  static final Parameter DEADLINE = Parameter.date("deadline", CpaPlan.DEADLINE, FirmOrganisationRule.CITATION);
  /** H4: by the end of the concentrated formation phase, "（9月1日-10月20日）". */
  static final Parameter TRANSFER_DEADLINE = Parameter.date("membershipTransferDeadline", CpaPlan.FORMATION_PHASE_END,
      CpaPlan.cite("二（二）", "（二）集中组建覆盖阶段（9月1日-10月20日）"));
  /** H3: "力争到9月下旬". */
  static final Parameter MEMBERS_TARGET_DEADLINE =
      Parameter.date("firmsWithMembersDeadline", CpaPlan.MEMBERS_TARGET_DEADLINE, H3);

  /** Every parameter as the document has it, in the order the set lists them. */
  static final List<Parameter> PARAMETERS = List.of(
      FirmOrganisationRule.STAFF_THRESHOLD, FIRMS_WITH_MEMBERS, STANDALONE, DEADLINE, TRANSFER_DEADLINE, MEMBERS_TARGET_DEADLINE);

  /** The words the document adds: H4's action. */
  static final Vocabulary VOCABULARY = Vocabulary.builder().actions(MembershipTransferRule.TRANSFER_MEMBERSHIP).build();

  private HubeiCpa2016() {}

  /** The set as the document has it; {@link PolicySet#withOverrides} rebuilds it with other values. */
  public static PolicySet build() {
    return PolicySetBuilder.overridable(CpaPlan.SET_ID, PARAMETERS, HubeiCpa2016::build);
  }

  /**
   * The set with some parameters given other values (what-if), by key; citations are kept.
   *
   * @throws IllegalArgumentException if a key is not a parameter of the set or a value does not fit it
   */
  public static PolicySet build(Map<String, ?> overrides) {
    return build().withOverrides(overrides);
  }

  private static PolicySet build(ParameterValues whatIf) {
    Parameter standaloneThreshold = whatIf.get(STANDALONE);
    Parameter deadline = whatIf.get(DEADLINE);
    BaselineRules baseline = BaselineRules.builder(CpaPlan.SET_ID)
        .standalone(N1)
        .joint(N2)
        .workCoverage(N3)
        .deadline(deadline)
        .standaloneThreshold(standaloneThreshold)
        .build();

    return PolicySetBuilder.create(CpaPlan.SET_ID)
        .source(CpaPlan.DOCUMENT)
        .jurisdiction(Jurisdiction.of("42", EnumSet.of(OrganisationCategory.ACCOUNTING_FIRM)))
        .effectivePeriod(EffectivePeriod.from(CpaPlan.DOCUMENT.getDate()))
        .parameters(whatIf.all())
        .targets(Target.builder()
            .ruleId("H3")
            .key("firmsWithMembers")
            .descriptionZh("有党员的事务所达到90%以上（正式党员、预备党员均计入）。")
            .descriptionEn("90% or more of the accounting firms have at least one party member, formal or probationary.")
            .rate(whatIf.value(FIRMS_WITH_MEMBERS))
            .addBaseCategories(OrganisationCategory.ACCOUNTING_FIRM)
            .coverageForms(EnumSet.of(CoverageForm.PARTY_MEMBER))
            .deadline(whatIf.date(MEMBERS_TARGET_DEADLINE))
            .addCitations(H3)
            .build())
        .phases(phases())
        .vocabulary(VOCABULARY)
        .messages(CpaPlan.MESSAGES)
        .rules(new FirmOrganisationRule(whatIf.get(FirmOrganisationRule.STAFF_THRESHOLD), deadline))
        .rules(baseline.rules())
        .rules(
            new MembershipTransferRule(whatIf.get(TRANSFER_DEADLINE)),
            new AssociationBranchRule(standaloneThreshold, deadline))
        .build();
  }

  private static Phase[] phases() {
    return new Phase[] {
      phase("全面摸底调查阶段", "survey phase", LocalDate.of(2016, 8, 18), LocalDate.of(2016, 8, 31), "二（一）",
          "（一）全面摸底调查阶段（8月18日-8月31日）"),
      phase("集中组建覆盖阶段", "concentrated formation phase", LocalDate.of(2016, 9, 1), CpaPlan.FORMATION_PHASE_END, "二（二）",
          "（二）集中组建覆盖阶段（9月1日-10月20日）"),
      // 下旬 runs to the month's last day
      phase("督查巩固提升阶段", "inspection and consolidation phase", LocalDate.of(2016, 10, 21), CpaPlan.DEADLINE, "二（三）",
          "（三）督查巩固提升阶段（10月21日-11月下旬）"),
      Phase.builder()
          .ruleId("H6")
          .nameZh("月报制度")
          .nameEn("monthly reports (by the 10th and the 25th)")
          .from(LocalDate.of(2016, 8, 18))
          .until(CpaPlan.DEADLINE)
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
        .citation(CpaPlan.cite(section, quote))
        .build();
  }
}
