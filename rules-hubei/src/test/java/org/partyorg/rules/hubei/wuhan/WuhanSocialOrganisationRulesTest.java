package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.hubei.TestOrganisations;

/** W5, W9 and W12: social organisations in Wuhan. */
class WuhanSocialOrganisationRulesTest {
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PartyOrganisation FUNCTIONAL =
      PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build();

  private static Assessment assess(Organisation organisation) {
    return WUHAN.assess(organisation, AS_OF);
  }

  private static Organisation district(OrganisationCategory category) {
    return TestOrganisations.of(category, TestOrganisations.WUHAN)
        .withRegistrationLevel(RegistrationLevel.DISTRICT_OR_BELOW)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  // --- W5: schools and hospitals with 30 or more staff ---

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"PRIVATE_SCHOOL", "PRIVATE_HOSPITAL"})
  void w5_schoolOrHospital29StaffIsOutside_30IsIn(OrganisationCategory category) {
    assertNoFinding(assess(district(category).withHeadCount(29)), "W5");
    Finding finding = only(assess(district(category).withHeadCount(30)), "W5");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(SocialOrganisationRule.ENTITIES_CITATION, finding.getCitation());
    assertEquals(java.util.Optional.of(30), finding.fact("headCount"));
    assertEquals(Outcome.SATISFIED, only(assess(district(category).withHeadCount(30)
        .withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH))), "W5").getOutcome());
  }

  @Test
  void w5_schoolWithUnknownStaffIsUndecided() {
    Finding finding = only(assess(district(OrganisationCategory.PRIVATE_SCHOOL)), "W5");
    assertEquals(Outcome.UNDECIDED, finding.getOutcome());
    assertEquals(List.of("headCount"), finding.getMissingFacts());
  }

  @Test
  void w5_overdueOnlyTheDayAfterTheEndOfNovember() {
    Organisation hospital = district(OrganisationCategory.PRIVATE_HOSPITAL).withHeadCount(80);
    LocalDate[] days = TestOrganisations.around(WuhanPlan.OBLIGATION_DEADLINE);
    assertFalse(only(WUHAN.assess(hospital, days[0]), "W5").isOverdue());
    assertFalse(only(WUHAN.assess(hospital, days[1]), "W5").isOverdue());
    assertTrue(only(WUHAN.assess(hospital, days[2]), "W5").isOverdue());
  }

  // --- W5: law, accounting and tax firms, whatever their size ---

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"LAW_FIRM", "ACCOUNTING_FIRM", "TAX_FIRM"})
  void w5_professionalFirmsAreInWhateverTheirSize(OrganisationCategory category) {
    Finding finding = only(assess(district(category).withHeadCount(2)), "W5");
    assertEquals(Outcome.VIOLATED, finding.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), finding.getRequiredActions());
    assertEquals(SocialOrganisationRule.ENTITIES_CITATION, finding.getCitation());
  }

  @Test
  void w5_assetAppraisalFirmIsNotNamed() {
    assertNoFinding(assess(district(OrganisationCategory.ASSET_APPRAISAL_FIRM).withHeadCount(200)), "W5");
  }

  // --- W5: city-level versus district-level ---

  @Test
  void w5_cityLevelSocialGroupIsIn_districtLevelIsOut() {
    Organisation group = district(OrganisationCategory.SOCIAL_GROUP);
    assertNoFinding(assess(group), "W5");
    Finding city = only(assess(group.withRegistrationLevel(RegistrationLevel.CITY)), "W5");
    assertEquals(Outcome.VIOLATED, city.getOutcome());
    assertEquals(SocialOrganisationRule.CITY_CITATION, city.getCitation());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), city.getDeadline());
  }

  @Test
  void w5_cityLevelIsOverdueOnlyTheDayAfterTheEndOfNovember() {
    Organisation group = district(OrganisationCategory.SOCIAL_GROUP).withRegistrationLevel(RegistrationLevel.CITY);
    LocalDate[] days = TestOrganisations.around(WuhanPlan.OBLIGATION_DEADLINE);
    assertEquals(SocialOrganisationRule.CITY_CITATION, only(WUHAN.assess(group, days[0]), "W5").getCitation());
    assertFalse(only(WUHAN.assess(group, days[0]), "W5").isOverdue());
    assertFalse(only(WUHAN.assess(group, days[1]), "W5").isOverdue());
    assertTrue(only(WUHAN.assess(group, days[2]), "W5").isOverdue());
  }

  @Test
  void w5_cityLevelReadsAllSocialOrganisationsAsInTheResponsibilitySection() {
    Finding foundation = only(assess(district(OrganisationCategory.FOUNDATION)
        .withRegistrationLevel(RegistrationLevel.CITY)), "W5");
    assertEquals(Outcome.VIOLATED, foundation.getOutcome());
    assertEquals(SocialOrganisationRule.CITY_CITATION, foundation.getCitation());
  }

  @Test
  void w5_unknownRegistrationLevelIsUndecided() {
    Finding finding = only(assess(TestOrganisations.of(OrganisationCategory.SOCIAL_GROUP, TestOrganisations.WUHAN)
        .withPartyOrganisation(PartyOrganisation.none())), "W5");
    assertEquals(Outcome.UNDECIDED, finding.getOutcome());
    assertEquals(List.of("registrationLevel"), finding.getMissingFacts());
  }

  @Test
  void w5_isForSocialOrganisationsOnly() {
    assertNoFinding(assess(TestOrganisations.enterprise().withRegistrationLevel(RegistrationLevel.CITY)
        .withHeadCount(30).withPartyOrganisation(PartyOrganisation.none())), "W5");
  }

  /**
   * 一 and 三（二） put schools, hospitals, firms and social groups under the social-organisation
   * limb (W5) only: the staff rules W2 and W3 and W4 speak of 非公企业, W6 of rural entities.
   */
  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class,
      names = {"PRIVATE_SCHOOL", "PRIVATE_HOSPITAL", "LAW_FIRM", "ACCOUNTING_FIRM", "TAX_FIRM", "SOCIAL_GROUP"})
  void socialOrganisationsAreOutsideTheEnterpriseAndRuralRulesWhateverTheirSize(OrganisationCategory category) {
    Assessment assessment = assess(district(category).withRegistrationLevel(RegistrationLevel.CITY)
        .withHeadCount(500).withFormalMembers(0).withProbationaryMembers(0)
        .withTraits(Set.of(NewEconomyRule.INTERNET, NewEconomyRule.LARGE_AND_READY, RuralEntityRule.MEETS_FORMATION_CONDITIONS)));
    for (String rule : List.of("W2", "W3", "W4", "W6", "W10")) {
      assertNoFinding(assessment, rule);
    }
    assertEquals(Outcome.VIOLATED, only(assessment, "W5").getOutcome());
  }

  // --- W9: functional organisations ---

  @Test
  void w9_functionalOrganisationCountsInASocialOrganisationStaffedFromPublicBodies() {
    Organisation group = district(OrganisationCategory.SOCIAL_GROUP)
        .withRegistrationLevel(RegistrationLevel.CITY)
        .withTraits(Set.of(FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR))
        .withFormalMembers(5).withProbationaryMembers(0)
        .withPartyOrganisation(FUNCTIONAL);
    Assessment assessment = assess(group);
    assertEquals(Outcome.SATISFIED, only(assessment, "W9").getOutcome());
    assertEquals(Outcome.SATISFIED, only(assessment, "W5").getOutcome());
    assertEquals(Outcome.SATISFIED, only(assessment, "N1").getOutcome());
  }

  @Test
  void w9_functionalOrganisationDoesNotCountElsewhere() {
    Organisation group = district(OrganisationCategory.SOCIAL_GROUP)
        .withRegistrationLevel(RegistrationLevel.CITY)
        .withFormalMembers(5).withProbationaryMembers(0)
        .withPartyOrganisation(FUNCTIONAL);
    Assessment assessment = assess(group);
    Finding w9 = only(assessment, "W9");
    assertEquals(Outcome.ADVISORY, w9.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), w9.getRequiredActions());
    assertEquals(Outcome.VIOLATED, only(assessment, "W5").getOutcome());
    assertEquals(Outcome.VIOLATED, only(assessment, "N1").getOutcome());
  }

  @Test
  void w9_enterpriseStaffedFromPublicBodiesIsNotASocialOrganisation() {
    Organisation firm = TestOrganisations.enterprise().withHeadCount(150)
        .withTraits(Set.of(FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR)).withPartyOrganisation(FUNCTIONAL);
    assertEquals(Outcome.VIOLATED, only(assess(firm), "W3").getOutcome());
    assertEquals(Outcome.ADVISORY, only(assess(firm), "W9").getOutcome());
  }

  @Test
  void w9_withoutAnOrganisationTheFunctionalFormIsOffered() {
    Finding finding = only(assess(district(OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION)
        .withTraits(Set.of(FunctionalOrganisationRule.STAFFED_BY_PUBLIC_SECTOR))), "W9");
    assertEquals(Outcome.ADVISORY, finding.getOutcome());
    assertTrue(finding.getDeadline().isEmpty());
    assertNoFinding(assess(district(OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION)), "W9");
  }

  // --- W12: affiliation ---

  @Test
  void w12_affiliationByLevel() {
    PartyOrganisation branch = PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH);
    Finding enterprise = only(assess(TestOrganisations.enterprise().withPartyOrganisation(branch)), "W12");
    assertEquals(Outcome.ADVISORY, enterprise.getOutcome());
    assertEquals(AffiliationRule.ENTERPRISES_CITATION, enterprise.getCitation());
    assertEquals(Set.of(RequiredAction.ADJUST_AFFILIATION), enterprise.getRequiredActions());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 20)), enterprise.getDeadline());

    Finding city = only(assess(district(OrganisationCategory.SOCIAL_GROUP)
        .withRegistrationLevel(RegistrationLevel.CITY).withPartyOrganisation(branch)), "W12");
    assertEquals(AffiliationRule.SOCIAL_CITATION, city.getCitation());
    assertTrue(city.getMessageEn().contains("industry"), city.getMessageEn());
    Finding districtLevel = only(assess(district(OrganisationCategory.SOCIAL_GROUP).withPartyOrganisation(branch)), "W12");
    assertTrue(districtLevel.getMessageEn().contains("locally, where the organisation is located"), districtLevel.getMessageEn());

    assertNoFinding(assess(district(OrganisationCategory.SOCIAL_GROUP)), "W12");
    assertNoFinding(assess(district(OrganisationCategory.SOCIAL_GROUP)
        .withRegistrationLevel(RegistrationLevel.PROVINCIAL).withPartyOrganisation(branch)), "W12");
  }
}
