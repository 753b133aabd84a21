package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.assertNone;
import static org.partyorg.rules.liaoning.Fixtures.of;
import static org.partyorg.rules.liaoning.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.WorkCoverage;

/** L7: every organisation category the sentence names, and the ones it does not. */
class SocialOrganisationRuleTest {
  private static final WorkCoverage COMPLETE =
      WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build();

  private static Organisation without(OrganisationCategory category) {
    return of(category).withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none());
  }

  private static void assertMustHaveOne(Organisation organisation) {
    Finding f = only(organisation, "L7");
    assertEquals(Outcome.VIOLATED, f.getOutcome(), f::toString);
    assertTrue(f.getRequiredActions().contains(RequiredAction.ESTABLISH_PARTY_ORGANISATION), f::toString);
    assertEquals(SocialOrganisationRule.MUST_HAVE_CITATION, f.getCitation());
  }

  private static void assertWorkCoverageIsEnough(Organisation organisation) {
    Finding f = only(organisation, "L7");
    assertEquals(Outcome.VIOLATED, f.getOutcome(), f::toString);
    assertEquals(Set.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), f.getRequiredActions());
    assertEquals(SocialOrganisationRule.OTHERS_CITATION, f.getCitation());
    assertEquals(Outcome.SATISFIED, only(organisation.withWorkCoverage(COMPLETE), "L7").getOutcome());
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"SOCIAL_GROUP", "INDUSTRY_ASSOCIATION", "ACADEMIC_SOCIETY"})
  void provincialSocialGroupsMustHaveOne(OrganisationCategory category) {
    assertMustHaveOne(without(category).withRegistrationLevel(RegistrationLevel.PROVINCIAL));
  }

  @ParameterizedTest
  @EnumSource(value = RegistrationLevel.class, names = "PROVINCIAL", mode = EnumSource.Mode.EXCLUDE)
  void socialGroupsAtOtherLevelsNeedWorkCoverage(RegistrationLevel level) {
    assertWorkCoverageIsEnough(without(OrganisationCategory.SOCIAL_GROUP).withRegistrationLevel(level));
  }

  @Test
  void aSocialGroupOfUnknownLevelIsUndecided() {
    Finding f = only(without(OrganisationCategory.SOCIAL_GROUP), "L7");
    assertEquals(Outcome.UNDECIDED, f.getOutcome());
    assertEquals(List.of("registrationLevel"), f.getMissingFacts());
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"PRIVATE_SCHOOL", "PRIVATE_HOSPITAL"})
  void schoolsAndHospitalsMustHaveOneFromThirtyStaff(OrganisationCategory category) {
    assertWorkCoverageIsEnough(without(category).withHeadCount(29));
    assertMustHaveOne(without(category).withHeadCount(30));
    Finding unknown = only(without(category), "L7");
    assertEquals(List.of("headCount"), unknown.getMissingFacts());
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"LAW_FIRM", "ACCOUNTING_FIRM", "TAX_FIRM"})
  void lawAccountingAndTaxFirmsMustHaveOneWhateverTheirSize(OrganisationCategory category) {
    assertMustHaveOne(without(category).withHeadCount(2));
  }

  @ParameterizedTest
  @EnumSource(value = OrganisationCategory.class, names = {"OTHER_SOCIAL_SERVICE_INSTITUTION", "FOUNDATION", "ASSET_APPRAISAL_FIRM"})
  void unnamedCategoriesNeedWorkCoverageEvenWhenLarge(OrganisationCategory category) {
    assertWorkCoverageIsEnough(without(category).withHeadCount(500).withRegistrationLevel(RegistrationLevel.PROVINCIAL));
  }

  @Test
  void communitySocialOrganisationsFallToTheTownshipOrStreet() {
    Finding f = only(without(OrganisationCategory.COMMUNITY_SOCIAL_ORGANISATION), "L7");
    assertEquals(Outcome.ADVISORY, f.getOutcome());
    assertEquals(Set.of(), f.getRequiredActions());
    assertEquals(SocialOrganisationRule.COMMUNITY_CITATION, f.getCitation());
    assertEquals("城乡社区社会组织由乡镇、街道党组织负责，实现区域兜底管理。", f.getMessageZh());
  }

  @Test
  void enterprisesAreNotUnderL7() {
    assertNone(without(OrganisationCategory.NON_PUBLIC_ENTERPRISE).withHeadCount(500), "L7");
  }

  @ParameterizedTest
  @EnumSource(value = PartyOrganisationForm.class, names = {"STANDALONE", "JOINT", "FUNCTIONAL"})
  void anyPartyOrganisationMeetsIt(PartyOrganisationForm form) {
    Organisation firm = without(OrganisationCategory.LAW_FIRM)
        .withPartyOrganisation(PartyOrganisation.builder().form(form).build());
    assertEquals(Outcome.SATISFIED, only(firm, "L7").getOutcome());
  }

  @Test
  void aCouncilWorkGroupIsNoPartyOrganisation() {
    Organisation firm = without(OrganisationCategory.TAX_FIRM)
        .withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build());
    assertEquals(Outcome.VIOLATED, only(firm, "L7").getOutcome());
  }

  @Test
  void aFirmThatMustHaveOneIsAlsoToldWhatWorkCoverageLacksInTheMeantime() {
    Finding bare = only(without(OrganisationCategory.ACCOUNTING_FIRM), "L7");
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION, RequiredAction.ASSIGN_INSTRUCTOR,
        RequiredAction.SET_UP_MASS_ORGANISATIONS), bare.getRequiredActions());
    Finding covered = only(without(OrganisationCategory.ACCOUNTING_FIRM).withWorkCoverage(COMPLETE), "L7");
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), covered.getRequiredActions());
    Finding unknownCoverage = only(of(OrganisationCategory.ACCOUNTING_FIRM).withPartyOrganisation(PartyOrganisation.none()), "L7");
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), unknownCoverage.getRequiredActions());
  }

  @Test
  void unknownPartyOrganisationOrCoverageIsUndecided() {
    assertEquals(List.of("partyOrganisation"), only(of(OrganisationCategory.LAW_FIRM), "L7").getMissingFacts());
    Finding f = only(of(OrganisationCategory.FOUNDATION).withPartyOrganisation(PartyOrganisation.none()), "L7");
    assertEquals(List.of("workCoverage"), f.getMissingFacts());
  }

  @Test
  void overdueOnlyTheDayAfterTheReportDeadline() {
    Organisation firm = without(OrganisationCategory.LAW_FIRM);
    assertFalse(only(firm, LocalDate.of(2016, 11, 29), "L7").isOverdue());
    assertFalse(only(firm, LocalDate.of(2016, 11, 30), "L7").isOverdue());
    assertTrue(only(firm, LocalDate.of(2016, 12, 1), "L7").isOverdue());
  }
}
