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
import org.partyorg.rules.api.model.IndustrySection;
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
    assertEquals("The head-count must be a whole number from 0 to 10,000,000, got -5.", v.getMessageEn());
    assertEquals("职工人数应为0至10000000之间的整数，实为-5。", v.getMessageZh());
    assertEquals("职工人数", v.getFieldNameZh());
    assertEquals("head-count", v.getFieldNameEn());
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
    assertEquals("The unified social credit code “" + wrong + "” fails its check: the 18th character should be “" + expected
        + "”.", v.getMessageEn());
    assertEquals("统一社会信用代码“" + wrong + "”的校验码有误，第18位应为“" + expected + "”。", v.getMessageZh());
  }

  @Test
  void creditCodeOfWrongLengthSaysItsLength() {
    Violation v = only(TestOrganisations.enterprise().withCreditCode("91420106"));
    assertEquals("The unified social credit code must have 18 characters; “91420106” has 8.", v.getMessageEn());
    assertEquals("统一社会信用代码应为18位，“91420106”为8位。", v.getMessageZh());
  }

  @Test
  void creditCodeWithLetterOutsideTheAlphabetIsRejected() {
    String code = TestOrganisations.CODE.substring(0, 10) + "I" + TestOrganisations.CODE.substring(11);
    Violation v = only(TestOrganisations.enterprise().withCreditCode(code));
    assertEquals("The unified social credit code “" + code + "” contains a character that is not allowed: only digits and"
        + " capital letters other than I, O, Z, S and V may be used.", v.getMessageEn());
    assertEquals("统一社会信用代码“" + code + "”含有不能使用的字符，只能使用数字和大写英文字母（“I”“O”“Z”“S”“V”除外）。", v.getMessageZh());
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
    assertEquals("The name must not be blank (spaces, no-break spaces and zero-width spaces count as blank), got “  ”.",
        v.getMessageEn());
    assertEquals("名称不能为空白（空格、不间断空格、零宽字符均视为空白），实为“  ”。", v.getMessageZh());
  }

  @Test
  void fullTimeStaffAboveHeadCountIsReportedUnderFullTimeStaff() {
    Violation v = only(TestOrganisations.enterprise().withHeadCount(10).withFullTimeStaff(11));
    assertEquals("fullTimeStaff", v.getField());
    assertEquals("11", v.getValue().orElseThrow());
    assertEquals("Full-time staff (11) exceed the head-count (10).", v.getMessageEn());
    assertEquals("专职人员11人，超过职工人数（10人）。", v.getMessageZh());
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
    assertEquals("Reported as having no party organisation, yet a level, founding date, structure, activity record or"
        + " governance of one is given.", v.getMessageEn());
    assertEquals("报告为未建立党组织，却填写了党组织层级、成立日期、组织设置、活动记录或组织建设情况。", v.getMessageZh());
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
    assertEquals("Only a joint party organisation lists or counts the organisations it covers; the party organisation is"
        + " reported as “party organisation of its own”.", v.getMessageEn());
    assertEquals("只有联合党组织才填写覆盖单位或覆盖单位数，本单位报告的党组织设置情况为“单独组建的党组织”。", v.getMessageZh());
  }

  @Test
  void onlyAJointOrganisationHasAJointScope() {
    Violation v = only(TestOrganisations.enterprise().withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).jointScope(JointScope.COMMERCIAL_BUILDING).build()));
    assertEquals("partyOrganisation", v.getField());
    assertEquals("Only a joint party organisation gives the scope of its joint formation; the party organisation is reported"
        + " as “functional party organisation”.", v.getMessageEn());
    assertEquals("只有联合党组织才填写联合组建范围，本单位报告的党组织设置情况为“功能型党组织”。", v.getMessageZh());
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
  void buildingAndStreetAreNamesLikeAnyOther() {
    Violation building = only(TestOrganisations.enterprise().withBuilding("\u3000"));
    assertEquals("building", building.getField());
    assertEquals("楼宇名称不能为空白（空格、不间断空格、零宽字符均视为空白），实为“\u3000”。", building.getMessageZh());
    Violation street = only(TestOrganisations.enterprise().withStreet("江汉路\n街道"));
    assertEquals("street", street.getField());
    assertTrue(street.getMessageZh().startsWith("街道（乡镇）名称不能含有换行符等控制字符"), street.getMessageZh());
    assertTrue(street.getMessageEn().startsWith("The name of the street or township"), street.getMessageEn());
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withBuilding("光谷软件园A1栋")
        .withStreet("关山街道").withIndustry(IndustrySection.I)));
  }

  @Test
  void aParkTheOrganisationIsInNeedsItsName() {
    for (ParkLevel level : List.of(ParkLevel.NATIONAL, ParkLevel.PROVINCIAL, ParkLevel.CITY, ParkLevel.DISTRICT)) {
      Violation v = only(TestOrganisations.enterprise().withPark(Park.builder().level(level).build()));
      assertEquals("park.name", v.getField());
      assertEquals("报告在园区内的，应填写园区名称；不在任何园区的，应报告为“不在园区”。", v.getMessageZh());
      assertEquals("An organisation in a park must give the park’s name; one in no park must be reported as “not in a park”.",
          v.getMessageEn());
    }
  }

  @Test
  void aReportOfNoParkIsValidAndCarriesNeitherNameNorFacilities() {
    assertEquals(List.of(), VALIDATOR.violations(TestOrganisations.enterprise().withPark(Park.none())));
    assertEquals(ParkLevel.NONE, Park.none().getLevel());
    assertEquals(Optional.empty(), Park.none().getName());
    Violation named = only(TestOrganisations.enterprise().withPark(Park.of("沈阳经济技术开发区", ParkLevel.NONE)));
    assertEquals("park", named.getField());
    assertEquals("报告为不在园区，却填写了园区名称或园区设施情况。", named.getMessageZh());
    Violation equipped = only(TestOrganisations.enterprise().withPark(Park.builder().level(ParkLevel.NONE)
        .facilities(ParkFacilities.builder().partyAndMassServiceCentre(true).build()).build()));
    assertEquals("park", equipped.getField());
    assertEquals("Reported as in no park, yet a park name or park facilities are given.", equipped.getMessageEn());
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
    assertEquals(List.of("正式党员人数", "专职人员数"), violations.stream().map(Violation::getFieldNameZh).toList());
    assertEquals(List.of("number of formal members", "number of full-time staff"), violations.stream().map(Violation::getFieldNameEn).toList());
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
    assertEquals("The extra fact “serviceStation” is not one any policy set in use needs.", extra.get(0).getMessageEn());
    assertEquals("补充事实“serviceStation”不是本系统所用各文件需要的事实。", extra.get(0).getMessageZh());
    assertEquals("组织特征代码“SHELL”不是本系统所用各文件规定的特征；这些文件没有规定特征。", trait.get(0).getMessageZh());
    assertEquals("The trait code “SHELL” is not declared by any policy set in use; none of them declares a trait.",
        trait.get(0).getMessageEn());
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
    assertEquals("The service station must be yes or no, got “yes”.", wrong.get(1).getMessageEn());
    assertEquals("党群服务站应为是或否，实为“yes”。", wrong.get(1).getMessageZh());
    assertEquals("The activity rooms must be within the accepted range, got “-1”.", wrong.get(0).getMessageEn());
    assertEquals("活动室数超出取值范围，实为“-1”。", wrong.get(0).getMessageZh());
    org.junit.jupiter.api.Assertions.assertThrows(PolicySetDiscoveryException.class, () -> Evaluator.of(
        TestPolicySets.withVocabulary("a", "42", org.partyorg.rules.api.Vocabulary.builder().facts(station).build()),
        TestPolicySets.withVocabulary("b", "43", org.partyorg.rules.api.Vocabulary.builder()
            .facts(org.partyorg.rules.api.FactType.count("serviceStation", org.partyorg.rules.api.Unit.ITEMS, "党群服务站数",
                "service stations")).build())));
  }
}
