package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.core.Evaluator;

/** L10: the deputy secretary and department where the owner is secretary, and party affairs staff. */
class GovernanceRulesTest {
  private static Organisation with(PartyOrganisationLevel level, PartyOrganisationGovernance governance) {
    return enterprise().withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE).level(level).governance(governance).build());
  }

  private static Finding l10(Organisation organisation, LocalDate asOf, Object citation) {
    List<Finding> found = findings(organisation, asOf, "L10").stream()
        .filter(f -> f.getCitation().equals(citation)).toList();
    assertEquals(1, found.size(), () -> "expected one L10 finding on " + citation + ", got " + findings(organisation, asOf, "L10"));
    return found.get(0);
  }

  private static Finding deputy(Organisation organisation) {
    return l10(organisation, Fixtures.IN_TIME, DeputySecretaryRule.CITATION);
  }

  private static Finding staff(Organisation organisation) {
    return l10(organisation, Fixtures.IN_TIME, PartyAffairsStaffRule.CITATION);
  }

  private static PartyOrganisationGovernance owner() {
    return PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(true).fullTimePartyAffairsStaff(1).build();
  }

  @Test
  void anOwnerSecretaryNeedsADeputyAndADepartment() {
    Finding neither = deputy(with(PartyOrganisationLevel.PRIMARY_COMMITTEE,
        owner().withFullTimeDeputySecretary(false).withPartyAndMassWorkDepartment(false)));
    assertEquals(Outcome.VIOLATED, neither.getOutcome());
    assertEquals(Set.of(LiaoningVocabulary.APPOINT_FULL_TIME_DEPUTY_SECRETARY, LiaoningVocabulary.SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT),
        neither.getRequiredActions());
    Finding both = deputy(with(PartyOrganisationLevel.PRIMARY_COMMITTEE,
        owner().withFullTimeDeputySecretary(true).withPartyAndMassWorkDepartment(true)));
    assertEquals(Outcome.SATISFIED, both.getOutcome());
  }

  @Test
  void aKnownGapIsNamedEvenIfTheOtherHalfIsUnknown() {
    Finding f = deputy(with(PartyOrganisationLevel.BRANCH, owner().withFullTimeDeputySecretary(false)));
    assertEquals(Outcome.VIOLATED, f.getOutcome());
    assertEquals(Set.of(LiaoningVocabulary.APPOINT_FULL_TIME_DEPUTY_SECRETARY), f.getRequiredActions());
    Finding undecided = deputy(with(PartyOrganisationLevel.BRANCH, owner().withFullTimeDeputySecretary(true)));
    assertEquals(List.of(DeputySecretaryRule.DEPARTMENT), undecided.getMissingFactTypes());
  }

  @Test
  void aSecretaryWhoIsNotTheOwnerAsksForNothingAndAnUnknownOneIsUndecided() {
    Organisation hired = with(PartyOrganisationLevel.PRIMARY_COMMITTEE,
        PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(false).build());
    assertTrue(findings(hired, Fixtures.IN_TIME, "L10").isEmpty());
    Finding unknown = deputy(with(PartyOrganisationLevel.PRIMARY_COMMITTEE, PartyOrganisationGovernance.builder().build()));
    assertEquals(List.of(DeputySecretaryRule.SECRETARY), unknown.getMissingFactTypes());
  }

  @Test
  void branchesAndGeneralBranchesNeedFullTimePartyAffairsStaff() {
    for (PartyOrganisationLevel level : List.of(PartyOrganisationLevel.BRANCH, PartyOrganisationLevel.GENERAL_BRANCH)) {
      Finding none = staff(with(level, owner().withFullTimePartyAffairsStaff(0)));
      assertEquals(Outcome.VIOLATED, none.getOutcome());
      assertEquals(Set.of(LiaoningVocabulary.ASSIGN_PARTY_AFFAIRS_STAFF), none.getRequiredActions());
      assertEquals(Outcome.SATISFIED, staff(with(level, owner().withFullTimePartyAffairsStaff(1))).getOutcome());
      Finding unknown = staff(with(level, owner().withFullTimePartyAffairsStaff(OptionalInt.empty())));
      assertEquals(List.of(PartyAffairsStaffRule.STAFF), unknown.getMissingFactTypes());
    }
  }

  @Test
  void aPrimaryCommitteeIsNotNamedForStaffAndAnUnknownLevelIsUndecided() {
    Organisation committee = with(PartyOrganisationLevel.PRIMARY_COMMITTEE,
        PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(false).fullTimePartyAffairsStaff(0).build());
    assertTrue(findings(committee, Fixtures.IN_TIME, "L10").isEmpty());
    Organisation noLevel = enterprise().withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.JOINT).governance(owner()).build());
    assertEquals(List.of("partyOrganisation.level"), staff(noLevel).getMissingFacts());
  }

  @Test
  void withoutAPartyOrganisationL10IsSilentAndWithoutAReportItIsUndecided() {
    assertTrue(findings(enterprise().withPartyOrganisation(PartyOrganisation.none()), Fixtures.IN_TIME, "L10").isEmpty());
    List<Finding> unknown = findings(enterprise(), Fixtures.IN_TIME, "L10");
    assertEquals(2, unknown.size());
    unknown.forEach(f -> assertEquals(List.of("partyOrganisation"), f.getMissingFacts()));
  }

  @Test
  void overdueOnlyTheDayAfterTheReportDeadline() {
    Organisation organisation = with(PartyOrganisationLevel.BRANCH, owner()
        .withFullTimeDeputySecretary(false).withPartyAndMassWorkDepartment(true).withFullTimePartyAffairsStaff(0));
    for (Object citation : List.of(DeputySecretaryRule.CITATION, PartyAffairsStaffRule.CITATION)) {
      assertFalse(l10(organisation, LocalDate.of(2016, 11, 29), citation).isOverdue());
      assertFalse(l10(organisation, LocalDate.of(2016, 11, 30), citation).isOverdue());
      assertTrue(l10(organisation, LocalDate.of(2016, 12, 1), citation).isOverdue());
    }
  }

  @Test
  void negativeStaffAndGovernanceOnNoOrganisationAreRejectedAtTheBoundary() {
    Evaluator evaluator = Evaluator.of(Fixtures.SET);
    var negative = evaluator.validator().violations(with(PartyOrganisationLevel.BRANCH, owner().withFullTimePartyAffairsStaff(-1)));
    assertEquals(List.of("partyOrganisation.governance.fullTimePartyAffairsStaff"),
        negative.stream().map(v -> v.getField()).toList());
    var none = evaluator.validator().violations(enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.NONE).governance(owner()).build()));
    assertEquals(List.of("partyOrganisation"), none.stream().map(v -> v.getField()).toList());
    assertEquals(Optional.empty(), evaluator.validator().violations(with(PartyOrganisationLevel.BRANCH, owner())).stream().findAny());
  }
}
