package org.partyorg.rules.hubei.cpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.hubei.TestOrganisations;
import org.partyorg.rules.hubei.TextCase;

/** Every text of {@code hubei-cpa-2016_zh.properties} and {@code _en}, read whole on a real finding. */
class HubeiCpaTextsTest {
  private static final PolicySet CPA = HubeiCpa2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PartyOrganisation NONE = PartyOrganisation.none();

  private static Organisation firm(int staff, int formal, Integer probationary, PartyOrganisation party) {
    Organisation firm = TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.YICHANG)
        .withHeadCount(staff).withFormalMembers(formal).withPartyOrganisation(party);
    return probationary == null ? firm : firm.withProbationaryMembers(probationary);
  }

  private static TextCase text(String key, Organisation organisation, String zh, String en) {
    return new TextCase(key, organisation, AS_OF, zh, en);
  }

  static List<TextCase> cases() {
    String managedZh = "不具备成立党支部条件，党员已由省注册会计师协会党支部归口管理，符合要求。";
    String managedEn = ", so it cannot form a party branch of its own; its members are managed by the provincial"
        + " institute of certified public accountants’ party branch: requirement met.";
    String transferZh = "；党员组织关系尚未转入事务所党支部或行业党委的，应于2016年10月20日前转入。";
    String transferEn = ": any member whose party membership (组织关系) is not yet with the firm’s party branch or the"
        + " industry party committee must transfer it there by 20 October 2016.";
    PartyOrganisation association = PartyOrganisation.builder()
        .form(PartyOrganisationForm.JOINT).jointScope(JointScope.INDUSTRY_BODY).build();
    return List.of(
        text("H1.met", firm(30, 3, 0, PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)),
            "事务所员工30人（30人以上），已建有党组织，符合要求。",
            "30 staff (30 or more) and a party organisation: requirement met."),
        text("H1.missing", firm(45, 0, 0, NONE),
            "事务所员工45人（30人以上），尚未建立党组织，应于2016年11月30日前建立党组织。",
            "45 staff (30 or more) and no party organisation: must set one up by 30 November 2016."),
        text("H1.other-form", firm(1001, 1, 0, PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build()),
            "事务所员工1001人（30人以上），现有功能型党组织不能视为已建立党组织，应于2016年11月30日前建立党组织。",
            "1,001 staff (30 or more); its functional party organisation does not count as a party organisation:"
                + " must set one up by 30 November 2016."),
        text("H4.transfer", firm(20, 2, 1, NONE),
            "事务所正式党员2名、预备党员1名" + transferZh,
            "The firm has 2 formal members and 1 probationary member" + transferEn),
        text("H4.transfer", firm(20, 1, null, NONE),
            "事务所正式党员1名、预备党员人数不详" + transferZh,
            "The firm has 1 formal member and an unknown number of probationary members" + transferEn),
        text("H4.transfer", firm(20, 0, 3, NONE),
            "事务所正式党员0名、预备党员3名" + transferZh,
            "The firm has no formal members and 3 probationary members" + transferEn),
        text("H5.managed", firm(20, 1, 0, association),
            "正式党员1名，不足3名，" + managedZh,
            "1 formal member, fewer than 3" + managedEn),
        text("H5.managed", firm(20, 0, 2, association),
            "正式党员0名，不足3名，" + managedZh,
            "0 formal members, fewer than 3" + managedEn),
        text("H5.may", firm(20, 2, 0, NONE),
            "正式党员2名，不足3名，不具备成立党支部条件，尚未建立党组织，可由省注册会计师协会党支部归口管理党员，也可联合组建党组织；"
                + "如选择其一，应于2016年11月30日前完成。",
            "2 formal members, fewer than 3, so it cannot form a party branch of its own, and no party organisation: its"
                + " members may be managed by the provincial institute of certified public accountants’ party branch, or it may form a joint party"
                + " organisation; if it does either, by 30 November 2016."));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsWhole(TextCase text) {
    text.check(CPA);
  }

  @Test
  void everyTextOfTheFileIsRead() {
    TextCase.assertEveryKeyHasACase(CPA, cases());
  }

  @Test
  void namesTargetDescriptionsAndPhasesPassTheChecks() {
    TextCase.assertNamesAndDescriptionsPassTheChecks(CPA);
  }

  @Test
  void theTargetReadsUnambiguously() {
    Target target = CPA.targets().get(0);
    assertEquals("有党员的事务所达到90%以上（正式党员、预备党员均计入）。", target.getDescriptionZh());
    assertEquals("90% or more of the accounting firms have at least one party member, formal or probationary.",
        target.getDescriptionEn());
  }
}
