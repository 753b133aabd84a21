package org.partyorg.rules.hubei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.InvalidOrganisationException;

/** Which sets apply where and when, through the evaluator, and their discovery. */
class HubeiJurisdictionTest {
  private static final Evaluator EVALUATOR =
      Evaluator.of(new Wuhan2016Provider(), new HubeiCpa2016Provider(), new HubeiSocieties2016Provider());
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);

  private static List<String> sets(Organisation organisation, LocalDate asOf) {
    return EVALUATOR.assess(organisation, asOf).getPolicySetIds();
  }

  @Test
  void anAccountingFirmInWuhanIsUnderBothTheWuhanAndTheCpaSets() {
    Organisation firm = TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.WUHAN)
        .withHeadCount(40).withFormalMembers(4).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
    Assessment assessment = EVALUATOR.assess(firm, AS_OF);
    assertEquals(List.of("hubei-cpa-2016", "wuhan-2016"), assessment.getPolicySetIds());
    Finding cpaN1 = only(assessment, "hubei-cpa-2016", "N1");
    Finding wuhanN1 = only(assessment, "wuhan-2016", "N1");
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), cpaN1.getDeadline());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 20)), wuhanN1.getDeadline());
    assertEquals("000_e6958eaa7be368e6.txt", cpaN1.getCitation().getDocument().getFile());
    assertEquals("002_f4cdcaec58af87db.txt", wuhanN1.getCitation().getDocument().getFile());
    assertEquals("hubei-cpa-2016", only(assessment, "H1").getPolicySetId());
    assertEquals("wuhan-2016", only(assessment, "W5").getPolicySetId());
  }

  @Test
  void anAccountingFirmElsewhereInHubeiIsUnderTheCpaSetOnly_inHunanUnderNeither() {
    assertEquals(List.of("hubei-cpa-2016"),
        sets(TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.YICHANG), AS_OF));
    assertEquals(List.of(), sets(TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.CHANGSHA), AS_OF));
  }

  @Test
  void lawAndTaxFirmsAreNotUnderTheCpaSet() {
    for (OrganisationCategory category : List.of(OrganisationCategory.LAW_FIRM, OrganisationCategory.TAX_FIRM)) {
      assertEquals(List.of(), sets(TestOrganisations.of(category, TestOrganisations.YICHANG), AS_OF), category.name());
      assertEquals(List.of("wuhan-2016"), sets(TestOrganisations.of(category, TestOrganisations.WUHAN), AS_OF), category.name());
    }
  }

  @Test
  void wuhanCoversTwoNewOrganisationsUnder4201Only() {
    assertEquals(List.of("wuhan-2016"), sets(TestOrganisations.enterprise(), AS_OF));
    assertEquals(List.of(), sets(TestOrganisations.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE, TestOrganisations.YICHANG), AS_OF));
    assertEquals(List.of("wuhan-2016"),
        sets(TestOrganisations.of(OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY, "420116"), AS_OF));
  }

  @Test
  void societiesAreUnderTheSocietiesSetAcrossHubei() {
    assertEquals(List.of("hubei-science-societies-2016"),
        sets(TestOrganisations.of(OrganisationCategory.ACADEMIC_SOCIETY, TestOrganisations.YICHANG), AS_OF));
    assertEquals(List.of("hubei-science-societies-2016", "wuhan-2016"),
        sets(TestOrganisations.of(OrganisationCategory.ACADEMIC_SOCIETY, TestOrganisations.WUHAN), AS_OF));
    assertEquals(List.of("wuhan-2016"),
        sets(TestOrganisations.of(OrganisationCategory.INDUSTRY_ASSOCIATION, TestOrganisations.WUHAN), AS_OF));
  }

  @Test
  void noSetAppliesBeforeItsDocumentsDate() {
    Organisation wuhanFirm = TestOrganisations.of(OrganisationCategory.ACCOUNTING_FIRM, TestOrganisations.WUHAN);
    assertEquals(List.of(), sets(wuhanFirm, LocalDate.of(2016, 8, 13)));
    assertEquals(List.of("wuhan-2016"), sets(wuhanFirm, LocalDate.of(2016, 8, 14)));
    assertEquals(List.of("wuhan-2016"), sets(wuhanFirm, LocalDate.of(2016, 8, 17)));
    assertEquals(List.of("hubei-cpa-2016", "wuhan-2016"), sets(wuhanFirm, LocalDate.of(2016, 8, 18)));
    Organisation society = TestOrganisations.of(OrganisationCategory.ACADEMIC_SOCIETY, TestOrganisations.YICHANG);
    assertEquals(List.of(), sets(society, LocalDate.of(2016, 7, 31)));
    assertEquals(List.of("hubei-science-societies-2016"), sets(society, LocalDate.of(2016, 8, 1)));
  }

  @Test
  void theEvaluatorValidatesBeforeTheRulesRun() {
    Organisation invalid = TestOrganisations.enterprise().withHeadCount(5).withFullTimeStaff(9);
    assertThrows(InvalidOrganisationException.class, () -> EVALUATOR.assess(invalid, AS_OF));
  }

  @Test
  void theThreeSetsAreFoundByDiscovery() {
    Evaluator discovered = Evaluator.discover();
    List<String> ids = discovered.policySets().stream().map(PolicySet::id).toList();
    assertTrue(ids.containsAll(List.of("wuhan-2016", "hubei-cpa-2016", "hubei-science-societies-2016")), ids.toString());
    assertEquals("湖北省科学技术协会", discovered.policySet("hubei-science-societies-2016").source().getIssuer());
  }
}
