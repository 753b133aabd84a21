package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.assertNone;
import static org.partyorg.rules.liaoning.Fixtures.of;
import static org.partyorg.rules.liaoning.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;

/** L8: decoupled associations and chambers, with the provincial and the lower deadline. */
class DecoupledAssociationRuleTest {
  private static Organisation decoupled(RegistrationLevel level, boolean adjusted) {
    return decoupled(level, Optional.of(adjusted));
  }

  private static Organisation decoupled(RegistrationLevel level, Optional<Boolean> adjusted) {
    PartyOrganisation party = PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE)
        .level(PartyOrganisationLevel.BRANCH)
        .governance(PartyOrganisationGovernance.builder().affiliationAdjusted(adjusted).build())
        .build();
    return of(OrganisationCategory.INDUSTRY_ASSOCIATION).withTraits(LiaoningVocabulary.DECOUPLED)
        .withRegistrationLevel(level).withPartyOrganisation(party);
  }

  @Test
  void aProvincialAssociationAdjustsByTheEndOfSeptember() {
    Organisation association = decoupled(RegistrationLevel.PROVINCIAL, false);
    Finding f = only(association, "L8");
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(Set.of(RequiredAction.ADJUST_AFFILIATION), f.getRequiredActions());
    assertEquals(LocalDate.of(2016, 9, 30), f.getDeadline().orElseThrow());
    assertEquals(DecoupledAssociationRule.PROVINCIAL_CITATION, f.getCitation());
    assertEquals("省级脱钩行业协会商会尚未调整党组织隶属关系，应于2016年9月30日前完成调整。", f.getMessageZh());
    assertFalse(only(association, LocalDate.of(2016, 9, 29), "L8").isOverdue());
    assertFalse(only(association, LocalDate.of(2016, 9, 30), "L8").isOverdue());
    assertTrue(only(association, LocalDate.of(2016, 10, 1), "L8").isOverdue());
  }

  @ParameterizedTest
  @EnumSource(value = RegistrationLevel.class, names = {"CITY", "DISTRICT_OR_BELOW"})
  void aLowerLevelAssociationAdjustsByTheEndOfTheYear(RegistrationLevel level) {
    Organisation association = decoupled(level, false);
    Finding f = only(association, "L8");
    assertEquals(LocalDate.of(2016, 12, 31), f.getDeadline().orElseThrow());
    assertEquals(DecoupledAssociationRule.BELOW_CITATION, f.getCitation());
    assertFalse(only(association, LocalDate.of(2016, 10, 1), "L8").isOverdue());
    assertFalse(only(association, LocalDate.of(2016, 12, 30), "L8").isOverdue());
    assertFalse(only(association, LocalDate.of(2016, 12, 31), "L8").isOverdue());
    assertTrue(only(association, LocalDate.of(2017, 1, 1), "L8").isOverdue());
  }

  @Test
  void anAdjustedAffiliationMeetsIt() {
    assertEquals(Outcome.SATISFIED, only(decoupled(RegistrationLevel.PROVINCIAL, true), "L8").getOutcome());
  }

  @Test
  void anUnreportedAdjustmentOrLevelIsUndecided() {
    Finding f = only(decoupled(RegistrationLevel.CITY, Optional.empty()), "L8");
    assertEquals(List.of(DecoupledAssociationRule.ADJUSTED), f.getMissingFactTypes());
    Organisation noLevel = of(OrganisationCategory.INDUSTRY_ASSOCIATION).withTraits(LiaoningVocabulary.DECOUPLED);
    assertEquals(List.of("registrationLevel"), only(noLevel, "L8").getMissingFacts());
  }

  @Test
  void anAssociationWithoutAPartyOrganisationIsUrgedToSetOneUp() {
    Organisation association = of(OrganisationCategory.INDUSTRY_ASSOCIATION).withTraits(LiaoningVocabulary.DECOUPLED)
        .withRegistrationLevel(RegistrationLevel.PROVINCIAL).withPartyOrganisation(PartyOrganisation.none());
    Finding f = only(association, "L8");
    assertEquals(Outcome.ADVISORY, f.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), f.getRequiredActions());
    assertEquals(DecoupledAssociationRule.FORMATION_CITATION, f.getCitation());
  }

  @Test
  void associationsNotDecoupledNationalOnesAndOtherCategoriesAreNotUnderL8() {
    assertNone(decoupled(RegistrationLevel.PROVINCIAL, false).withTraits(), "L8");
    assertNone(decoupled(RegistrationLevel.NATIONAL, false), "L8");
    assertNone(decoupled(RegistrationLevel.PROVINCIAL, false).withCategory(OrganisationCategory.SOCIAL_GROUP), "L8");
  }
}
