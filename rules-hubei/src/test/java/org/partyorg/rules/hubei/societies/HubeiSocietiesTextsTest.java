package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.hubei.TestOrganisations;
import org.partyorg.rules.hubei.TextCase;

/** Every text of {@code hubei-science-societies-2016_zh.properties} and {@code _en}, read whole on a real finding. */
class HubeiSocietiesTextsTest {
  private static final PolicySet SOCIETIES = HubeiSocieties2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PartyOrganisation NONE = PartyOrganisation.none();
  private static final PartyOrganisation WORK_GROUP =
      PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build();

  /** A society whose full-time staff is not reported. */
  private static Organisation society(int formal, PartyOrganisation party) {
    return TestOrganisations.of(OrganisationCategory.ACADEMIC_SOCIETY, TestOrganisations.WUHAN)
        .withHeadCount(5).withFormalMembers(formal).withProbationaryMembers(0)
        .withPartyOrganisation(party).withWorkCoverage(WorkCoverage.none());
  }

  private static Organisation society(int fullTime, int formal, PartyOrganisation party) {
    return society(formal, party).withFullTimeStaff(fullTime);
  }

  private static TextCase text(String key, Organisation organisation, String zh, String en) {
    return new TextCase(key, organisation, AS_OF, zh, en);
  }

  static List<TextCase> cases() {
    String undecidedZh = "已在理事会层面设立党建工作小组，缺少专职人员数，无法判断能否视为已建立党组织；请补报专职人员数。";
    String undecidedEn = "It has a council-level party-building work group, but whether that counts as a party organisation"
        + " cannot be decided without the number of full-time staff; please report it.";
    String coverageZh = "应于2016年11月25日前补齐，实现党的工作覆盖（选派党建工作指导员，组建工会、共青团、妇联等群团组织）。";
    String coverageEn = ": must complete party work coverage by 25 November 2016 (a party-building instructor, and mass"
        + " organisations such as the trade union, Youth League and women’s federation).";
    return List.of(
        text("N1.form-undecided", society(3, WORK_GROUP), undecidedZh, undecidedEn),
        text("N2.form-undecided", society(1, WORK_GROUP), undecidedZh, undecidedEn),
        text("S2.advice", society(2, 2, NONE),
            "正式党员2名，不足3名，尚未建立党组织，应于2016年11月25日前建立联合党组织：按照“行业相近、地域相邻、便于管理”的原则，"
                + "充分尊重学会及挂靠单位意愿，采取区域联建、同业共建、挂靠组建等方式。",
            "2 formal members, fewer than 3, and no party organisation: must form a joint party organisation by"
                + " 25 November 2016, by region, by trade or under the supporting unit (挂靠单位), grouping organisations of a"
                + " similar trade or nearby as is easy to manage (行业相近、地域相邻、便于管理) and respecting the wishes of the"
                + " society and its supporting unit."),
        text("S2.met", society(2, 1, PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
                .coveredOrganisations(TestOrganisations.codes(3)).build()),
            "已建立联合党组织，覆盖3个单位，符合要求。",
            "In a joint party organisation covering 3 organisations: requirement met."),
        text("S2.met", society(2, 1, PartyOrganisation.joint()),
            "已建立联合党组织，覆盖单位数不详，符合要求。",
            "In a joint party organisation covering an unknown number of organisations: requirement met."),
        text("S3.met", society(0, 1, WORK_GROUP),
            "学会无专职人员，已在理事会层面设立党建工作小组，可视为已建立党组织。",
            "A society without full-time staff, with a council-level party-building work group, which the plan accepts"
                + " as a party organisation: requirement met."),
        text("S3.may", society(0, 1, NONE),
            "学会无专职人员，尚未建立党组织，可在理事会层面设立党建工作小组；如设立，应于2016年11月25日前完成。",
            "A society without full-time staff and without a party organisation: may set up a council-level"
                + " party-building work group; if it does, by 25 November 2016."),
        text("S3.not-allowed", society(1, 1, WORK_GROUP),
            "学会有专职人员1人，而理事会层面党建工作小组仅适用于无专职人员的学会，现有工作小组不能视为已建立党组织，应于2016年11月25日前建立党组织。",
            "A society with 1 full-time staff member; a council-level party-building work group is only for societies"
                + " without full-time staff, so its work group does not count as a party organisation: it must set one up"
                + " by 25 November 2016."),
        text("S3.not-allowed", society(4, 1, WORK_GROUP),
            "学会有专职人员4人，而理事会层面党建工作小组仅适用于无专职人员的学会，现有工作小组不能视为已建立党组织，应于2016年11月25日前建立党组织。",
            "A society with 4 full-time staff; a council-level party-building work group is only for societies without"
                + " full-time staff, so its work group does not count as a party organisation: it must set one up by"
                + " 25 November 2016."),
        text("S4.wind-up", society(2, 3, NONE).withTraits(Set.of(ScatteredHollowWeakRule.SCATTERED_HOLLOW_WEAK)),
            "学会存在“散、虚、弱”现象，应依法依章程制定计划，实现脱钩或重组淘汰。",
            "The society is found scattered, hollow or weak (散、虚、弱): a plan must be made, in line with the law and the"
                + " society’s articles of association, to decouple it, or to reorganise or wind it up (脱钩或重组淘汰)."),
        text("S6.met", society(2, 0, NONE).withWorkCoverage(WorkCoverage.builder().instructorAssigned(true)
                .addMassOrganisations(MassOrganisation.TRADE_UNION).build()),
            "学会尚未建立党组织，已选派党建工作指导员并组建群团组织，实现了党的工作覆盖，符合要求。",
            "No party organisation yet, but a party-building instructor is assigned and mass organisations are set up,"
                + " so party work reaches the society: requirement met."),
        text("S6.missing", society(2, 0, NONE),
            "学会尚未建立党组织，尚未选派党建工作指导员，尚未组建群团组织，" + coverageZh,
            "No party organisation yet; no party-building instructor is assigned; no mass organisations are set up"
                + coverageEn),
        text("S6.missing", society(2, 2, NONE).withWorkCoverage(WorkCoverage.builder().instructorAssigned(true).build()),
            "学会尚未建立党组织，已选派党建工作指导员，尚未组建群团组织，" + coverageZh,
            "No party organisation yet; a party-building instructor is assigned; no mass organisations are set up"
                + coverageEn),
        text("S6.missing", society(2, 0, NONE).withWorkCoverage(WorkCoverage.builder().instructorAssigned(false)
                .addMassOrganisations(MassOrganisation.YOUTH_LEAGUE).build()),
            "学会尚未建立党组织，尚未选派党建工作指导员，已组建群团组织，" + coverageZh,
            "No party organisation yet; no party-building instructor is assigned; mass organisations are set up"
                + coverageEn));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsWhole(TextCase text) {
    text.check(SOCIETIES);
  }

  @Test
  void everyTextOfTheFileIsRead() {
    TextCase.assertEveryKeyHasACase(SOCIETIES, cases());
  }

  @Test
  void namesTargetDescriptionsAndPhasesPassTheChecks() {
    TextCase.assertNamesAndDescriptionsPassTheChecks(SOCIETIES);
  }
}
