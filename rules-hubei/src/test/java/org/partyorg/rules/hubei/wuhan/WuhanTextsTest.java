package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partyorg.rules.hubei.TestOrganisations.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.hubei.TestOrganisations;
import org.partyorg.rules.hubei.TextCase;

/** Every text of {@code wuhan-2016_zh.properties} and {@code _en}, read whole on a real finding. */
class WuhanTextsTest {
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PartyOrganisation NONE = PartyOrganisation.none();
  private static final PartyOrganisation JOINT = PartyOrganisation.joint();
  private static final PartyOrganisation FUNCTIONAL = PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build();
  private static final PartyOrganisation BRANCH = PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH);

  private static Organisation firm(int staff, int formal, int probationary, PartyOrganisation party) {
    return enterprise().withHeadCount(staff).withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(party);
  }

  private static Organisation newEconomy(PartyOrganisation party, Trait... traits) {
    return firm(20, party.exists() ? 1 : 0, 0, party).withTraits(Set.of(traits));
  }

  private static Organisation social(OrganisationCategory category, int staff, PartyOrganisation party) {
    return TestOrganisations.of(category, TestOrganisations.WUHAN).withHeadCount(staff)
        .withFormalMembers(party.exists() ? 3 : 0).withProbationaryMembers(0).withPartyOrganisation(party);
  }

  private static Organisation city(PartyOrganisation party) {
    return social(OrganisationCategory.SOCIAL_GROUP, 10, party).withRegistrationLevel(RegistrationLevel.CITY);
  }

  private static Organisation rural(PartyOrganisation party) {
    return TestOrganisations.of(OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY, "420116")
        .withFormalMembers(party.exists() ? 1 : 0).withProbationaryMembers(0).withPartyOrganisation(party)
        .withTraits(Set.of(RuralEntityRule.MEETS_FORMATION_CONDITIONS));
  }

  private static Organisation publicSector(PartyOrganisation party) {
    return social(OrganisationCategory.SOCIAL_GROUP, 10, party).withRegistrationLevel(RegistrationLevel.DISTRICT_OR_BELOW)
        .withTraits(Set.of(FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR));
  }

  private static TextCase text(String key, Organisation organisation, String zh, String en) {
    return new TextCase(key, organisation, AS_OF, zh, en);
  }

  static List<TextCase> cases() {
    String newEconomy = "属于规模较大、具备组建条件的互联网、文化创意等企业，";
    String newEconomyEn = "A large internet or cultural and creative enterprise, ready to form a party organisation";
    String entity = "Law, accounting and tax firms are entity-type social organisations; ";
    return List.of(
        text("W2.met", firm(60, 0, 1, NONE),
            "职工60人（50人以上），已有党员，符合要求。",
            "60 staff (50 or more) and party members: requirement met."),
        text("W2.missing", firm(50, 0, 0, NONE),
            "职工50人（50人以上），尚无党员，应于2016年11月30日前发展或引进党员。",
            "50 staff (50 or more) and no party members: must recruit or bring in party members by 30 November 2016."),
        text("W3.met", firm(120, 1, 0, JOINT),
            "职工120人（100人以上），已建有党组织，符合要求。",
            "120 staff (100 or more) and a party organisation: requirement met."),
        text("W3.missing", firm(12000, 0, 0, NONE),
            "职工12000人（100人以上），尚未建立党组织，应于2016年11月30日前建立党组织。",
            "12,000 staff (100 or more) and no party organisation: must set one up by 30 November 2016."),
        text("W3.other-form", firm(150, 1, 0, FUNCTIONAL),
            "职工150人（100人以上），现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            "150 staff (100 or more); its functional party organisation does not count as a party organisation:"
                + " must set one up by 30 November 2016."),
        text("W4.met", newEconomy(JOINT, NewEconomyRule.INTERNET, NewEconomyRule.LARGE_AND_READY),
            newEconomy + "已建有党组织，符合要求。",
            newEconomyEn + ", that has one: requirement met."),
        text("W4.missing", newEconomy(NONE, NewEconomyRule.CULTURAL_CREATIVE, NewEconomyRule.LARGE_AND_READY),
            newEconomy + "尚未建立党组织，应于2016年11月30日前建立党组织。",
            newEconomyEn + ", that has none: must set one up by 30 November 2016."),
        text("W4.other-form", newEconomy(FUNCTIONAL, NewEconomyRule.INTERNET, NewEconomyRule.LARGE_AND_READY),
            newEconomy + "现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            newEconomyEn + "; its functional party organisation does not count as one: must set up a party organisation"
                + " by 30 November 2016."),
        text("W4.not-judged", newEconomy(NONE, NewEconomyRule.INTERNET),
            "属于互联网、文化创意等企业，如经认定规模较大、具备组建条件，应于2016年11月30日前建立党组织。",
            "An internet or cultural and creative enterprise: if it is judged large and ready to form a party organisation,"
                + " it must set one up by 30 November 2016."),
        text("W5.entities.firm-met", social(OrganisationCategory.LAW_FIRM, 5, BRANCH),
            "律师事务所属于实体性社会组织，已建有党组织，符合要求。",
            entity + "this law firm has a party organisation: requirement met."),
        text("W5.entities.firm-missing", social(OrganisationCategory.ACCOUNTING_FIRM, 5, NONE),
            "会计师事务所属于实体性社会组织，尚未建立党组织，应于2016年11月30日前建立党组织。",
            entity + "this accounting firm has no party organisation: must set one up by 30 November 2016."),
        text("W5.entities.firm-other-form", social(OrganisationCategory.TAX_FIRM, 5, FUNCTIONAL),
            "税务师事务所属于实体性社会组织，现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            entity + "the functional party organisation of this tax firm does not count as a party organisation:"
                + " must set one up by 30 November 2016."),
        text("W5.entities.staff-met", social(OrganisationCategory.PRIVATE_HOSPITAL, 45, BRANCH),
            "民办医院从业人员45人（30人以上），已建有党组织，符合要求。",
            "This private hospital has 45 staff (30 or more) and a party organisation: requirement met."),
        text("W5.entities.staff-missing", social(OrganisationCategory.PRIVATE_SCHOOL, 30, NONE),
            "民办学校从业人员30人（30人以上），尚未建立党组织，应于2016年11月30日前建立党组织。",
            "This private school has 30 staff (30 or more) and no party organisation: must set one up by 30 November 2016."),
        text("W5.entities.staff-other-form", social(OrganisationCategory.PRIVATE_SCHOOL, 31, FUNCTIONAL),
            "民办学校从业人员31人（30人以上），现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            "This private school has 31 staff (30 or more); its functional party organisation does not count as a party"
                + " organisation: must set one up by 30 November 2016."),
        text("W5.city.met", city(BRANCH),
            "属于市级社会组织（社会团体），已建有党组织，符合要求。",
            "This social group is a city-level social organisation and has a party organisation: requirement met."),
        text("W5.city.missing", city(NONE),
            "属于市级社会组织（社会团体），尚未建立党组织，应于2016年11月30日前建立党组织。",
            "This social group is a city-level social organisation and has no party organisation: must set one up by"
                + " 30 November 2016."),
        text("W5.city.other-form", city(FUNCTIONAL),
            "属于市级社会组织（社会团体），现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            "This social group is a city-level social organisation; its functional party organisation does not count as a"
                + " party organisation: must set one up by 30 November 2016."),
        text("W6.met", rural(JOINT),
            "农村新型经营主体经认定符合条件，已建有党组织，符合要求。",
            "A new rural business entity judged to meet the conditions, with a party organisation: requirement met."),
        text("W6.missing", rural(NONE),
            "农村新型经营主体经认定符合条件，尚未建立党组织，应于2016年11月30日前建立党组织。",
            "A new rural business entity judged to meet the conditions, with no party organisation: must set one up by"
                + " 30 November 2016."),
        text("W6.other-form", rural(FUNCTIONAL),
            "农村新型经营主体经认定符合条件，现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            "A new rural business entity judged to meet the conditions; its functional party organisation does not count"
                + " as a party organisation: must set one up by 30 November 2016."),
        text("W6.not-judged", rural(NONE).withTraits(Set.of()),
            "农村新型经营主体如经认定符合条件，应于2016年11月30日前建立党组织。",
            "A new rural business entity: if it is judged to meet the conditions, it must set up a party organisation"
                + " by 30 November 2016."),
        text("W7.split-out", firm(10, 3, 0, PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
                .coveredOrganisations(TestOrganisations.codes(8)).build()),
            "正式党员3名（3名以上），仍在联合党组织中（覆盖8个单位），已具备单独组建党组织条件，应于2016年11月20日前调整组织设置，单独组建党组织。",
            "3 formal members (3 or more), yet in a joint party organisation covering 8 organisations: must leave it and"
                + " set up its own party organisation by 20 November 2016."),
        text("W7.split-out", firm(40, 12, 0, JOINT),
            "正式党员12名（3名以上），仍在联合党组织中（覆盖单位数不详），已具备单独组建党组织条件，应于2016年11月20日前调整组织设置，单独组建党组织。",
            "12 formal members (3 or more), yet in a joint party organisation covering an unknown number of organisations:"
                + " must leave it and set up its own party organisation by 20 November 2016."),
        text("W8.grouping.advice", firm(10, 1, 0, NONE),
            "正式党员1名，不足3名，尚未建立党组织，可按照“行业相近、地域相邻、便于管理”的原则，依托社区（村）、开发区（园区）、商务楼宇、"
                + "商业街区、专业市场、行业协会以及龙头企业、专业经济合作组织等，采取区域联建、同业共建、挂靠组建、派驻帮建、龙头带建等方式建立"
                + "联合党组织；如联合组建，应于2016年11月20日前完成。",
            "1 formal member, fewer than 3, and no party organisation: may form a joint party organisation with"
                + " organisations of a similar trade or nearby, as is easy to manage (行业相近、地域相邻、便于管理), based in a"
                + " community or village, development zone or park, commercial building, shopping street, specialised market,"
                + " industry association, leading enterprise or specialised economic cooperative; if it does, by"
                + " 20 November 2016."),
        text("W8.size.met", firm(10, 2, 0, PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
                .coveredOrganisations(TestOrganisations.codes(12)).build()),
            "已建立联合党组织，覆盖12个单位，符合要求；本方案未规定覆盖单位数上限，只要求按照便于党组织开展活动、有利于党员发挥作用的原则合理确定。",
            "In a joint party organisation covering 12 organisations: requirement met; the plan sets no cap on that number,"
                + " only that it be set reasonably, so that the party organisation can hold its activities and its members"
                + " play their part."),
        text("W9.met", publicSector(FUNCTIONAL),
            "以机关事业单位人员为主体组成的社会组织，已建立功能型党组织，可视为已建立党组织；党员按照一方隶属、双重管理、多方活动的原则管理，"
                + "不重复交纳党费，不重复进行党内统计。",
            "A social organisation staffed mainly by people from government bodies and public institutions, with a"
                + " functional party organisation, which the plan accepts as a party organisation: requirement met; its"
                + " members belong to one party organisation, are managed by two and take part in the activities of several, and pay dues and are"
                + " counted in party statistics only once."),
        text("W9.may", publicSector(NONE),
            "以机关事业单位人员为主体组成的社会组织，尚未建立党组织，可建立功能型党组织。",
            "A social organisation staffed mainly by people from government bodies and public institutions, with no party"
                + " organisation: may set up a functional party organisation."),
        text("W9.not-allowed", city(FUNCTIONAL),
            "功能型党组织适用于以机关事业单位人员为主体组成的社会组织等；本组织未报为此类社会组织，现有功能型党组织不能视为已建立党组织，应建立党组织；如本组织确属此类社会组织，请补报这一组织特征。",
            "Functional party organisations are for social organisations staffed mainly by people from government bodies"
                + " and public institutions; this organisation is not reported as one, so its functional party organisation"
                + " does not count as a party organisation: it must set one up, or, if it is such a social organisation,"
                + " report it as one."),
        text("W10.outside-base", firm(500, 0, 0, NONE).withTraits(Set.of(OutsideBaseRule.SHELL)),
            "属于有名无实的“空壳”企业，按方案从非公经济组织底数中剔除，不列入党建基数，不提出组建要求。",
            "Recorded as a shell enterprise (in name only): under the plan it is removed from the count of non-public"
                + " economic organisations and left out of the campaign’s base (党建基数), and it is not asked to set up a"
                + " party organisation."),
        text("W10.outside-base", firm(500, 0, 0, NONE).withTraits(Set.of(OutsideBaseRule.SHADOW)),
            "属于多重注册的“影子”企业，按方案从非公经济组织底数中剔除，不列入党建基数，不提出组建要求。",
            "Recorded as a shadow enterprise (registered more than once): under the plan it is removed from the count of"
                + " non-public economic organisations and left out of the campaign’s base (党建基数), and it is not asked"
                + " to set up a party organisation."),
        text("W12.enterprises.territorial", firm(10, 3, 0, BRANCH),
            "非公经济组织党组织原则上以属地管理为主；隶属关系与此不符的，应于2016年11月20日前调整理顺。",
            "The party organisation of a non-public economic organisation is, in principle, managed locally, where the"
                + " organisation is located (属地管理): if its affiliation differs, it must be adjusted by 20 November 2016."),
        text("W12.social.by-industry", city(BRANCH),
            "市级社会组织党组织以行业和主管部门管理为主；隶属关系与此不符的，应于2016年11月20日前调整理顺。",
            "The party organisation of a city-level social organisation is managed mainly through its industry and its"
                + " supervising department: if its affiliation differs, it must be adjusted by 20 November 2016."),
        text("W12.social.territorial", city(BRANCH).withRegistrationLevel(RegistrationLevel.DISTRICT_OR_BELOW),
            "区级及以下社会组织党组织以属地管理为主；隶属关系与此不符的，应于2016年11月20日前调整理顺。",
            "The party organisation of a social organisation registered at district level or below is managed mainly"
                + " locally, where the organisation is located (属地管理): if its affiliation differs, it must be adjusted by 20 November 2016."));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsWhole(TextCase text) {
    text.check(WUHAN);
  }

  @Test
  void everyTextOfTheFileIsRead() {
    TextCase.assertEveryKeyHasACase(WUHAN, cases());
  }

  @Test
  void namesTargetDescriptionsAndPhasesPassTheChecks() {
    TextCase.assertNamesAndDescriptionsPassTheChecks(WUHAN);
  }

  @Test
  void aTargetSaysByWhenAndWhichSectionItFollows() {
    Target target = WUHAN.targets().stream().filter(t -> t.getKey().equals("socialOrganisationsWithOrganisation"))
        .findFirst().orElseThrow();
    assertEquals("到2016年11月30日，市级社会组织，从业人员30人以上的民办学校、民办医院，律师、会计师、税务师事务所全部建有党组织"
        + "（按第三部分“确保到11月底”；第一部分为“到12月底”）。", target.getDescriptionZh());
    assertEquals("By 30 November 2016, every city-level social organisation, every private school and private hospital"
        + " with 30 or more staff, and every law, accounting and tax firm has a party organisation (the date the"
        + " section on responsibilities sets; the section on targets says the end of December).",
        target.getDescriptionEn());
  }
}
