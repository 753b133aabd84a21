package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;

class OrganisationValidatorTest {
  private static final OrganisationValidator VALIDATOR = OrganisationValidator.create();

  private static Violation only(Organisation organisation) {
    List<Violation> violations = VALIDATOR.violations(organisation);
    assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
    return violations.get(0);
  }

  @Test
  void aValidOrganisationHasNoViolations() {
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withHeadCount(0).withFormalMembers(0)));
  }

  @Test
  void negativeHeadCountNamesFieldValueAndReasonInBothLanguages() {
    Violation v = only(TestOrganisations.enterprise().withHeadCount(-5));
    assertEquals("headCount", v.getField());
    assertEquals("-5", v.getValue().orElseThrow());
    assertEquals("the head-count must be a whole number from 0 to 10000000, got -5", v.getMessageEn());
    assertEquals("职工人数须为0至10000000之间的整数，实为-5", v.getMessageZh());
    assertEquals("职工人数", v.getFieldNameZh());
    assertEquals("the head-count", v.getFieldNameEn());
  }

  @Test
  void negativeMemberCountsAreEachReported() {
    List<Violation> violations =
        VALIDATOR.violations(TestOrganisations.enterprise().withFormalMembers(-1).withProbationaryMembers(-2).withFullTimeStaff(-3));
    assertEquals(List.of("formalMembers", "fullTimeStaff", "probationaryMembers"),
        violations.stream().map(Violation::getField).toList());
  }

  @Test
  void wrongCheckCharacterSaysWhichCharacterIsExpected() {
    String code = TestOrganisations.CODE;
    char expected = code.charAt(17);
    String wrong = code.substring(0, 17) + (expected == '0' ? '1' : '0');
    Violation v = only(TestOrganisations.enterprise().withCreditCode(wrong));
    assertEquals("creditCode", v.getField());
    assertEquals(wrong, v.getValue().orElseThrow());
    assertTrue(v.getMessageEn().endsWith("should be " + expected), v.getMessageEn());
    assertTrue(v.getMessageZh().contains("校验码应为" + expected), v.getMessageZh());
  }

  @Test
  void creditCodeOfWrongLengthSaysItsLength() {
    Violation v = only(TestOrganisations.enterprise().withCreditCode("91420106"));
    assertEquals("a unified social credit code has 18 characters, '91420106' has 8", v.getMessageEn());
  }

  @Test
  void creditCodeWithLetterOutsideTheAlphabetIsRejected() {
    String code = TestOrganisations.CODE.substring(0, 10) + "I" + TestOrganisations.CODE.substring(11);
    Violation v = only(TestOrganisations.enterprise().withCreditCode(code));
    assertTrue(v.getMessageEn().contains("outside the GB 32100-2015 alphabet"), v.getMessageEn());
  }

  @Test
  void divisionCodeMustBeSixDigitsNotStartingWithZero() {
    for (String bad : List.of("42010", "4201066", "042010", "42010X")) {
      Violation v = only(TestOrganisations.enterprise().withDivisionCode(bad));
      assertEquals("divisionCode", v.getField());
      assertEquals(bad, v.getValue().orElseThrow());
    }
  }

  @Test
  void blankNameIsRejected() {
    Violation v = only(TestOrganisations.enterprise().withName("  "));
    assertEquals("name", v.getField());
    assertEquals("the name must not be blank (spaces, no-break and zero-width spaces count as blank), got '  '",
        v.getMessageEn());
    assertEquals("名称不能为空白（空格、不间断空格、零宽字符均视为空白），实为“  ”", v.getMessageZh());
  }

  @Test
  void fullTimeStaffAboveHeadCountIsReportedUnderFullTimeStaff() {
    Violation v = only(TestOrganisations.enterprise().withHeadCount(10).withFullTimeStaff(11));
    assertEquals("fullTimeStaff", v.getField());
    assertEquals("11", v.getValue().orElseThrow());
    assertEquals("full-time staff 11 exceeds the head-count 10", v.getMessageEn());
  }

  @Test
  void fullTimeStaffEqualToHeadCountIsValid() {
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withHeadCount(10).withFullTimeStaff(10)));
  }

  @Test
  void noPartyOrganisationWithALevelIsInconsistent() {
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.NONE).level(PartyOrganisationLevel.BRANCH).build()));
    assertEquals("partyOrganisation", v.getField());
    assertEquals("NONE", v.getValue().orElseThrow());
    assertTrue(v.getMessageEn().startsWith("reported as having no party organisation, yet has a level"), v.getMessageEn());
  }

  @Test
  void noPartyOrganisationWithAFoundingDateIsInconsistent() {
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.NONE).foundingDate(LocalDate.of(2015, 1, 1)).build()));
    assertEquals("partyOrganisation", v.getField());
  }

  @Test
  void onlyAJointOrganisationListsCoveredOrganisations() {
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).addCoveredOrganisations(TestOrganisations.CODE).build()));
    assertEquals("partyOrganisation", v.getField());
    assertEquals("only a joint party organisation lists or counts the organisations it covers; this one is a standalone party organisation",
        v.getMessageEn());
  }

  @Test
  void onlyAJointOrganisationHasAJointScope() {
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).jointScope(JointScope.COMMERCIAL_BUILDING).build()));
    assertEquals("partyOrganisation", v.getField());
    assertEquals("only a joint party organisation has a joint scope; this one is a functional party organisation", v.getMessageEn());
    assertEquals("只有联合党组织才有联建范围，此为功能型党组织", v.getMessageZh());
  }

  @Test
  void coveredOrganisationsMustHaveValidCodes() {
    String bad = TestOrganisations.withCheck("91420106MA4K0001").substring(0, 17) + "Q";
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).addCoveredOrganisations(TestOrganisations.CODE, bad).build()));
    assertEquals("partyOrganisation.coveredOrganisations[1]", v.getField());
    assertEquals(bad, v.getValue().orElseThrow());
  }

  @Test
  void parkNameMustNotBeBlank() {
    Violation v = only(TestOrganisations.enterprise().withPark(Park.of("", ParkLevel.NATIONAL)));
    assertEquals("park.name", v.getField());
  }

  @Test
  void aParkTheOrganisationIsInNeedsItsName() {
    for (ParkLevel level : List.of(ParkLevel.NATIONAL, ParkLevel.PROVINCIAL, ParkLevel.CITY, ParkLevel.DISTRICT)) {
      Violation v = only(TestOrganisations.enterprise().withPark(Park.builder().level(level).build()));
      assertEquals("park.name", v.getField());
      assertEquals("园区名称不能为空：报告所在园区的，须填写园区名称；不在任何园区的，报告为不在园区", v.getMessageZh());
      assertTrue(v.getMessageEn().startsWith("the park's name must be given"), v.getMessageEn());
    }
  }

  @Test
  void aReportOfNoParkIsValidAndCarriesNeitherNameNorFacilities() {
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withPark(Park.none())));
    assertEquals(ParkLevel.NONE, Park.none().getLevel());
    assertEquals(Optional.empty(), Park.none().getName());
    Violation named = only(TestOrganisations.enterprise().withPark(Park.of("沈阳经济技术开发区", ParkLevel.NONE)));
    assertEquals("park", named.getField());
    assertEquals("报告为不在园区，却填写了园区名称或园区设施情况", named.getMessageZh());
    Violation equipped = only(TestOrganisations.enterprise().withPark(Park.builder().level(ParkLevel.NONE)
        .facilities(ParkFacilities.builder().partyAndMassServiceCentre(true).build()).build()));
    assertEquals("park", equipped.getField());
    assertEquals("reported as located in no park, yet has a park name or park facilities", equipped.getMessageEn());
  }

  @Test
  void negativeFinancialFiguresAreRejected() {
    Violation v = only(TestOrganisations.enterprise().withFinances(
        Finances.builder().annualWages(new BigDecimal("-0.01")).build()));
    assertEquals("finances.annualWages", v.getField());
    assertEquals("-0.01", v.getValue().orElseThrow());
  }

  @Test
  void validateThrowsOneExceptionListingEveryViolation() {
    Organisation bad = TestOrganisations.enterprise().withHeadCount(-1).withName("").withDivisionCode("1");
    InvalidOrganisationException e = assertThrows(InvalidOrganisationException.class, () -> VALIDATOR.validate(bad));
    assertEquals(List.of("divisionCode", "headCount", "name"), e.getViolations().stream().map(Violation::getField).toList());
    assertEquals(TestOrganisations.CODE, e.getCreditCode());
    assertTrue(e.getMessage().contains("3 violations"), e.getMessage());
    assertTrue(e.getMessage().contains("headCount = '-1'"), e.getMessage());
  }

  @Test
  void everyViolationCarriesItsFieldsNamesAsData() {
    List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withFormalMembers(-1).withFullTimeStaff(-3));
    assertEquals(List.of("正式党员人数", "专职人员人数"), violations.stream().map(Violation::getFieldNameZh).toList());
    assertEquals(List.of("the number of formal members", "the number of full-time staff"), violations.stream().map(Violation::getFieldNameEn).toList());
  }

  @Test
  void anUndeclaredTraitOrExtraFactIsRejectedByTheEvaluatorNamingTheField() {
    Evaluator evaluator = Evaluator.of(TestPolicySets.baseline("a", "42"));
    List<Violation> trait = evaluator.validator().violations(
        TestOrganisations.enterprise().withTraits(org.partyorg.rules.api.model.Trait.of("SHELL")));
    assertEquals(List.of("traits"), trait.stream().map(Violation::getField).toList());
    assertEquals("SHELL", trait.get(0).getValue().orElseThrow());
    List<Violation> extra = evaluator.validator().violations(
        TestOrganisations.enterprise().withExtraFacts(java.util.Map.of("serviceStation", true)));
    assertEquals(List.of("extraFacts.serviceStation"), extra.stream().map(Violation::getField).toList());
    assertTrue(extra.get(0).getMessageEn().contains("not one any policy set declares"), extra.get(0)::getMessageEn);
    // the model's own validator knows no sets, so it judges neither
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withExtraFacts(java.util.Map.of("x", 1))));
  }

  @Test
  void declaredExtraFactsAreCheckedForKindAndRangeAndTwoSetsMustDeclareOneNameAlike() {
    FactType station =
        org.partyorg.rules.api.FactType.flag("serviceStation", "党群服务站", "service station");
    FactType rooms = FactType.count(
        "activityRooms", org.partyorg.rules.api.Unit.ITEMS, "活动室数", "activity rooms");
    Evaluator evaluator = Evaluator.of(TestPolicySets.withVocabulary("a", "42",
        Vocabulary.builder().facts(station, rooms).build()));
    assertEquals(List.of(), evaluator.validator().violations(
        TestOrganisations.enterprise().withExtraFacts(java.util.Map.of("serviceStation", false, "activityRooms", 0))));
    List<Violation> wrong = evaluator.validator().violations(
        TestOrganisations.enterprise().withExtraFacts(java.util.Map.of("serviceStation", "yes", "activityRooms", -1)));
    assertEquals(List.of("extraFacts.activityRooms", "extraFacts.serviceStation"),
        wrong.stream().map(Violation::getField).toList());
    assertEquals(List.of("活动室数", "党群服务站"), wrong.stream().map(Violation::getFieldNameZh).toList());
    assertTrue(wrong.get(1).getMessageEn().contains("must be yes or no"), wrong.get(1)::getMessageEn);
    org.junit.jupiter.api.Assertions.assertThrows(PolicySetDiscoveryException.class, () -> Evaluator.of(
        TestPolicySets.withVocabulary("a", "42", org.partyorg.rules.api.Vocabulary.builder().facts(station).build()),
        TestPolicySets.withVocabulary("b", "43", org.partyorg.rules.api.Vocabulary.builder()
            .facts(org.partyorg.rules.api.FactType.count("serviceStation", org.partyorg.rules.api.Unit.ITEMS, "党群服务站数",
                "service stations")).build())));
  }
}
