package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.WorkCoverage;

class TargetTest {
  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Optional<Boolean> UNKNOWN = Optional.empty();
  private static final Trait ELIGIBLE = Trait.of("ELIGIBLE_FOR_TEST", "符合条件的组织", "eligible organisation");
  private static final Trait SHELL = Trait.of("SHELL_FOR_TEST", "空壳企业", "shell enterprise");
  private static final Citation CITATION = Citation.of(
      SourceDocument.builder().file("test.txt").title("测试方案").issuer("测试").date(LocalDate.of(2016, 8, 1)).build(),
      "一", "测试");

  private static Organisation.Builder organisation(OrganisationCategory category) {
    String first17 = "91420106MA0000001";
    return Organisation.builder().creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
        .name("测试单位").category(category).divisionCode("420106");
  }

  /** Wuhan's W11 social organisations: city-level groups, or schools and hospitals with 30+, or firms. */
  private static Target socialOrganisations() {
    return Target.builder().ruleId("X1").key("social").descriptionZh("测试。").descriptionEn("Test.")
        .rate(BigDecimal.ONE)
        .addBaseClauses(
            BaseClause.builder().addCategories(OrganisationCategory.SOCIAL_GROUP).addRegistrationLevels(RegistrationLevel.CITY).build(),
            BaseClause.builder().addCategories(OrganisationCategory.PRIVATE_SCHOOL).minHeadCount(30).build(),
            BaseClause.builder().addCategories(OrganisationCategory.LAW_FIRM).build())
        .addExcludedTraits(SHELL)
        .addCitations(CITATION)
        .build();
  }

  @Test
  void headCountBandBothSidesAndUnknown() {
    Target target = socialOrganisations();
    assertEquals(NO, target.inBase(organisation(OrganisationCategory.PRIVATE_SCHOOL).headCount(29).build()));
    assertEquals(YES, target.inBase(organisation(OrganisationCategory.PRIVATE_SCHOOL).headCount(30).build()));
    assertEquals(UNKNOWN, target.inBase(organisation(OrganisationCategory.PRIVATE_SCHOOL).build()));
  }

  @Test
  void registrationLevelBothSidesAndUnknown() {
    Target target = socialOrganisations();
    assertEquals(YES, target.inBase(organisation(OrganisationCategory.SOCIAL_GROUP).registrationLevel(RegistrationLevel.CITY).build()));
    assertEquals(NO, target.inBase(organisation(OrganisationCategory.SOCIAL_GROUP).registrationLevel(RegistrationLevel.PROVINCIAL).build()));
    assertEquals(UNKNOWN, target.inBase(organisation(OrganisationCategory.SOCIAL_GROUP).build()));
  }

  @Test
  void aClauseWithoutConditionsAndACategoryOfNoClause() {
    Target target = socialOrganisations();
    assertEquals(YES, target.inBase(organisation(OrganisationCategory.LAW_FIRM).build()));
    assertEquals(NO, target.inBase(organisation(OrganisationCategory.FOUNDATION).headCount(500).build()));
  }

  @Test
  void anExcludedTraitTakesAnOrganisationOutWhateverItsClause() {
    Target target = socialOrganisations();
    assertEquals(NO, target.inBase(organisation(OrganisationCategory.LAW_FIRM).addTraits(SHELL).build()));
    assertEquals(NO, target.inBase(organisation(OrganisationCategory.PRIVATE_SCHOOL).addTraits(SHELL).build()));
  }

  @Test
  void requiredTraitBothSides() {
    BaseClause eligible = BaseClause.builder().addCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE).addRequiredTraits(ELIGIBLE).build();
    assertEquals(YES, eligible.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).addTraits(ELIGIBLE).build()));
    assertEquals(NO, eligible.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).build()));
  }

  @Test
  void parkLevelBothSidesNoParkAndUnknown() {
    BaseClause national = BaseClause.builder().addCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE).addParkLevels(ParkLevel.NATIONAL).build();
    assertEquals(YES, national.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).park(Park.of("东湖高新区", ParkLevel.NATIONAL)).build()));
    assertEquals(NO, national.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).park(Park.of("某省级园区", ParkLevel.PROVINCIAL)).build()));
    assertEquals(NO, national.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).park(Park.none()).build()));
    assertEquals(UNKNOWN, national.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).build()));
  }

  @Test
  void aKnownFailingConditionDecidesEvenWhenAnotherIsUnknown() {
    BaseClause clause = BaseClause.builder().addCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .minHeadCount(50).addParkLevels(ParkLevel.NATIONAL).build();
    assertEquals(NO, clause.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).headCount(49).build()));
    assertEquals(UNKNOWN, clause.matches(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).headCount(50).build()));
  }

  @Test
  void partyMemberCoverage() {
    CoverageForm member = CoverageForm.PARTY_MEMBER;
    Organisation.Builder firm = organisation(OrganisationCategory.ACCOUNTING_FIRM);
    assertEquals(YES, member.covers(firm.formalMembers(1).build()));
    assertEquals(YES, member.covers(organisation(OrganisationCategory.ACCOUNTING_FIRM).probationaryMembers(1).build()));
    assertEquals(NO, member.covers(organisation(OrganisationCategory.ACCOUNTING_FIRM).formalMembers(0).probationaryMembers(0).build()));
    // no formal member, probationary ones not reported: one may be there
    assertEquals(UNKNOWN, member.covers(organisation(OrganisationCategory.ACCOUNTING_FIRM).formalMembers(0).build()));
    assertEquals(UNKNOWN, member.covers(organisation(OrganisationCategory.ACCOUNTING_FIRM).build()));
  }

  @Test
  void partyOrganisationCoverageByForm() {
    Organisation own = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .partyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)).build();
    Organisation joint = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).partyOrganisation(PartyOrganisation.joint()).build();
    Organisation functional = organisation(OrganisationCategory.SOCIAL_GROUP)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build()).build();
    Organisation council = organisation(OrganisationCategory.ACADEMIC_SOCIETY)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build()).build();
    Organisation none = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).partyOrganisation(PartyOrganisation.none()).build();
    Organisation unreported = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).build();

    assertEquals(YES, CoverageForm.PARTY_ORGANISATION.covers(own));
    assertEquals(YES, CoverageForm.PARTY_ORGANISATION.covers(joint));
    assertEquals(NO, CoverageForm.PARTY_ORGANISATION.covers(functional));
    assertEquals(NO, CoverageForm.PARTY_ORGANISATION.covers(none));
    assertEquals(UNKNOWN, CoverageForm.PARTY_ORGANISATION.covers(unreported));
    assertEquals(YES, CoverageForm.FUNCTIONAL_ORGANISATION.covers(functional));
    assertEquals(NO, CoverageForm.FUNCTIONAL_ORGANISATION.covers(own));
    assertEquals(YES, CoverageForm.COUNCIL_WORK_GROUP.covers(council));
    assertEquals(NO, CoverageForm.COUNCIL_WORK_GROUP.covers(functional));
  }

  @Test
  void workCoverageByInstructorOrMassOrganisation() {
    CoverageForm work = CoverageForm.WORK_COVERAGE;
    assertEquals(YES, work.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .workCoverage(WorkCoverage.builder().instructorAssigned(true).build()).build()));
    assertEquals(YES, work.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .workCoverage(WorkCoverage.builder().instructorAssigned(false).addMassOrganisations(MassOrganisation.TRADE_UNION).build()).build()));
    assertEquals(NO, work.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).workCoverage(WorkCoverage.none()).build()));
    assertEquals(UNKNOWN, work.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE).build()));
  }

  @Test
  void aTargetIsCoveredByAnyOfItsFormsAndUndecidedOnlyWhenNoneHoldsForSure() {
    Target parks = Target.builder().ruleId("X2").key("parks").descriptionZh("测试。").descriptionEn("Test.")
        .rate(BigDecimal.ONE).addBaseCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .coverageForms(EnumSet.of(CoverageForm.PARTY_ORGANISATION, CoverageForm.WORK_COVERAGE))
        .addCitations(CITATION).build();
    Organisation.Builder firm = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    assertEquals(YES, parks.covers(firm.partyOrganisation(PartyOrganisation.none())
        .workCoverage(WorkCoverage.builder().instructorAssigned(true).build()).build()));
    assertEquals(NO, parks.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .partyOrganisation(PartyOrganisation.none()).workCoverage(WorkCoverage.none()).build()));
    assertEquals(UNKNOWN, parks.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .partyOrganisation(PartyOrganisation.none()).build()));
    assertEquals(YES, parks.covers(organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .partyOrganisation(PartyOrganisation.joint()).build()));
  }

  @Test
  void aTargetWithoutFormsCountsAPartyOrganisation() {
    Target target = socialOrganisations();
    assertEquals(Set.of(CoverageForm.PARTY_ORGANISATION), target.getCoverageForms());
  }

  @Test
  void aTargetNeedsOneBaseAndOneGoal() {
    Target.Builder noBase = Target.builder().ruleId("X3").key("k").descriptionZh("测试。").descriptionEn("Test.")
        .rate(BigDecimal.ONE).addCitations(CITATION);
    assertTrue(assertThrows(IllegalArgumentException.class, noBase::build).getMessage().contains("X3/k"));
    Target.Builder both = Target.builder().ruleId("X3").key("k").descriptionZh("测试。").descriptionEn("Test.")
        .rate(BigDecimal.ONE).addBaseCategories(OrganisationCategory.LAW_FIRM)
        .addBaseClauses(BaseClause.of(Set.of(OrganisationCategory.LAW_FIRM))).addCitations(CITATION);
    assertThrows(IllegalArgumentException.class, both::build);
    Target.Builder noGoal = Target.builder().ruleId("X3").key("k").descriptionZh("测试。").descriptionEn("Test.")
        .addBaseCategories(OrganisationCategory.LAW_FIRM).addCitations(CITATION);
    assertTrue(assertThrows(IllegalArgumentException.class, noGoal::build).getMessage().contains("rate or a growth factor"));
    assertThrows(IllegalArgumentException.class, () -> BaseClause.builder().minHeadCount(30).build());
  }
}
