package org.partyorg.rules.hubei.societies;

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
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.support.ConditionalBaseline;

/**
 * The Hubei science societies 2016 document ({@link SocietiesPlan}) as a policy set: its rules,
 * its target, its timetable and its vocabulary. Each rule declares its own id, sentence, deadline
 * and parameters; the set lists the rules and every parameter, deadlines included, rebuilds itself from
 * them for a what-if ({@link PolicySet#withOverrides}), and wires N1–N3 with S3's council-level work group ({@link ConditionalBaseline}).
 */
public final class HubeiSocieties2016 {
  /** N1: the baseline's standalone sentence, and its threshold's. */
  static final Citation N1 = SocietiesPlan.cite("三3", "凡是有3名及以上正式党员的学会，必须单独建立党组织");
  /** S1, the target. */
  static final Citation S1 = SocietiesPlan.cite("一", "力争2016年12月底，学会党组织覆盖率达到70%以上");
  /** S1, the base: the 141 societies. */
  static final Citation S1_BASE = SocietiesPlan.cite("四3", "对所属141家学会开展全面排查");
  /** S5, the reports. */
  static final Citation REPORTS = SocietiesPlan.cite("四5", "每月15日、30日前向省直机关工委报送有关表格及活动情况");

  // --- the target's parameter (the rules declare their own) ---
  public static final String COVERAGE_RATE = "coverageRate";
  private static final Parameter COVERAGE = Parameter.rate(COVERAGE_RATE, new BigDecimal("0.70"), S1);
  /** N1's threshold, 3 formal members. */
  private static final Parameter STANDALONE = BaselineRules.standaloneThreshold(N1, 3);

  // --- the deadlines ---
  /** N1–N3, S2, S3, S6: the concentrated formation ends "11月25日" (四4). */
  static final Parameter FORMATION_DEADLINE = Parameter.date("formationDeadline", SocietiesPlan.FORMATION_DEADLINE,
      SocietiesPlan.cite("四4", "实施集中组建（9月1日—11月25日）"));
  /** S1: "力争2016年12月底". */
  static final Parameter TARGET_DEADLINE = Parameter.date("targetDeadline", SocietiesPlan.TARGET_DEADLINE, S1);

  /** Every parameter as the document has it, in the order the set lists them. */
  static final List<Parameter> PARAMETERS =
      List.of(COVERAGE, WorkGroupRule.MAX_FULL_TIME_STAFF, STANDALONE, FORMATION_DEADLINE, TARGET_DEADLINE);

  /** The words the document adds: S4's trait and action. */
  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .traits(ScatteredHollowWeakRule.SCATTERED_HOLLOW_WEAK)
      .actions(ScatteredHollowWeakRule.REORGANISE_OR_WIND_UP)
      .build();

  private HubeiSocieties2016() {}

  /** The set as the document has it; {@link PolicySet#withOverrides} rebuilds it with other values. */
  public static PolicySet build() {
    return PolicySetBuilder.overridable(SocietiesPlan.SET_ID, PARAMETERS, HubeiSocieties2016::build);
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
    Parameter workGroup = whatIf.get(WorkGroupRule.MAX_FULL_TIME_STAFF);
    int workGroupStaff = workGroup.intValue();
    Parameter formation = whatIf.get(FORMATION_DEADLINE);
    ConditionalBaseline baseline = ConditionalBaseline.of(SocietiesPlan.SET_ID, N1, SocietiesPlan.N2, SocietiesPlan.N3,
        formation, standaloneThreshold, PartyOrganisationForm.COUNCIL_WORK_GROUP, workGroup);

    return PolicySetBuilder.create(SocietiesPlan.SET_ID)
        .source(SocietiesPlan.DOCUMENT)
        .jurisdiction(Jurisdiction.of("42", EnumSet.of(OrganisationCategory.ACADEMIC_SOCIETY)))
        .effectivePeriod(EffectivePeriod.from(SocietiesPlan.DOCUMENT.getDate()))
        .parameters(whatIf.all())
        .targets(Target.builder()
            .ruleId("S1")
            .key("coverage")
            .descriptionZh("力争到2016年12月底，省科协所属141家学会党组织覆盖率达到70%以上。")
            .descriptionEn("Party-organisation coverage of the 141 societies under the provincial science and technology"
                + " association is to reach 70% or more by the end of December 2016.")
            .rate(whatIf.value(COVERAGE))
            .addBaseCategories(OrganisationCategory.ACADEMIC_SOCIETY)
            // the council-level work group is the party's form for a society without full-time staff
            .coverageForms(EnumSet.of(CoverageForm.PARTY_ORGANISATION, CoverageForm.COUNCIL_WORK_GROUP))
            .deadline(whatIf.date(TARGET_DEADLINE))
            .addCitations(S1, S1_BASE)
            .addCoverageCitations(WorkGroupRule.CITATION)
            .build())
        .phases(phases())
        .vocabulary(VOCABULARY)
        .messages(SocietiesPlan.MESSAGES)
        .rules(baseline.rules(
            organisation -> WorkGroupRule.withoutFullTimeStaff(organisation, workGroupStaff), ModelFacts.FULL_TIME_STAFF,
            SocietiesPlan.MESSAGES))
        .rules(
            new JointGuidanceRule(standaloneThreshold, formation),
            new WorkGroupRule(workGroup, formation),
            new ScatteredHollowWeakRule(),
            new InterimWorkCoverageRule(formation))
        .build();
  }

  private static Phase[] phases() {
    LocalDate august31 = LocalDate.of(2016, 8, 31);
    LocalDate september1 = LocalDate.of(2016, 9, 1);
    return new Phase[] {
      phase("制定工作方案", "drafting the work plan", null, august31, List.of(), SocietiesPlan.cite("四1", "制定工作方案（8月31日以前）")),
      phase("成立领导机构", "setting up the leading group", null, august31, List.of(), SocietiesPlan.cite("四2", "成立领导机构（8月31日以前）")),
      phase("开展全面摸底", "full survey", null, august31, List.of(), SocietiesPlan.cite("四3", "开展全面摸底（8月31日前）")),
      phase("实施集中组建", "concentrated formation", september1, SocietiesPlan.FORMATION_DEADLINE, List.of(),
          SocietiesPlan.cite("四4", "实施集中组建（9月1日—11月25日）")),
      phase("推进党建活动", "party-building activities", september1, SocietiesPlan.FORMATION_DEADLINE, List.of(),
          SocietiesPlan.cite("四5", "推进党建活动（9月1日—11月25日）")),
      phase("半月报送", "reports twice a month", september1, SocietiesPlan.FORMATION_DEADLINE, List.of(15, 30), REPORTS),
      // the document lets acceptance start on the day formation ends
      phase("做好验收总结", "acceptance and review", SocietiesPlan.FORMATION_DEADLINE, LocalDate.of(2016, 12, 30), List.of(),
          SocietiesPlan.cite("四6", "做好验收总结（11月25日—12月30日）"))
    };
  }

  private static Phase phase(
      String zh, String en, LocalDate from, LocalDate until, List<Integer> reportingDays, Citation citation) {
    return Phase.builder()
        .ruleId("S5")
        .nameZh(zh)
        .nameEn(en)
        .from(Optional.ofNullable(from))
        .until(until)
        .reportingDaysOfMonth(reportingDays)
        .citation(citation)
        .build();
  }
}
