package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * The values at the edges of every range, and the records that do not hold together: each is a
 * violation naming the field, its value and the reason in both languages, never an exception.
 */
class ValidationEdgesTest {
  private static final OrganisationValidator VALIDATOR = OrganisationValidator.create();
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  private static Violation only(Organisation organisation) {
    List<Violation> violations = VALIDATOR.violations(organisation, AS_OF);
    assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
    return violations.get(0);
  }

  private static void valid(Organisation organisation) {
    assertEquals(List.of(), VALIDATOR.violations(organisation, AS_OF));
  }

  private static PartyOrganisation branch(LocalDate founded) {
    return PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).level(PartyOrganisationLevel.BRANCH)
        .foundingDate(founded).build();
  }

  @Nested
  class ValuesAreData {
    @Test
    void aCreditCodeThatLooksLikeAPlaceholderIsShownAsItIs() {
      Violation v = only(TestOrganisations.enterprise().withCreditCode("{expected}ABCDEFGH"));
      assertEquals("creditCode", v.getField());
      assertEquals("{expected}ABCDEFGH", v.getValue().orElseThrow());
      assertEquals("统一社会信用代码“{expected}ABCDEFGH”含有不能使用的字符，只能使用数字和大写英文字母（“I”“O”“Z”“S”“V”除外）。",
          v.getMessageZh());
    }

    @Test
    void anEighteenCharacterCodeWithBracesDoesNotChangeTheText() {
      Violation v = only(TestOrganisations.enterprise().withCreditCode("{headCount}{form}1"));
      assertTrue(v.getMessageEn().contains("“{headCount}{form}1”"), v.getMessageEn());
      assertTrue(v.getMessageZh().contains("“{headCount}{form}1”"), v.getMessageZh());
    }

    @Test
    void aLongValueIsCutAndSaysHowLongItWas() {
      String code = "9".repeat(1000);
      Violation v = only(TestOrganisations.enterprise().withCreditCode(code));
      assertEquals("9".repeat(64) + "…(1000 chars)", v.getValue().orElseThrow());
      assertEquals("The unified social credit code must have 18 characters; “" + "9".repeat(64) + "…(1000 chars)” has 1,000.",
          v.getMessageEn());
      assertEquals("统一社会信用代码应为18位，“" + "9".repeat(64) + "…(1000 chars)”为1000位。", v.getMessageZh());
      assertFalse(v.getMessageEn().contains("9".repeat(65)), v.getMessageEn());
    }

    @Test
    void controlCharactersAreShownEscapedSoThatNoLogLineCanBeForged() {
      Violation v = only(TestOrganisations.enterprise().withName("示例\n2016-12-01 INFO forged\u001B[0m"));
      assertEquals("name", v.getField());
      assertEquals("示例\\n2016-12-01 INFO forged\\u001B[0m", v.getValue().orElseThrow());
      assertFalse(v.getMessageZh().contains("\n") || v.getMessageEn().contains("\n"), v::toString);
      assertFalse(v.getMessageEn().contains("\u001B"), v::getMessageEn);
    }
  }

  @Nested
  class Dates {
    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "1921-06-30", "2101-01-01", "+999999999-12-31"})
    void aFoundingDateOutsideTheRangeIsRejected(String date) {
      Violation v = only(TestOrganisations.enterprise().withFormalMembers(3)
          .withPartyOrganisation(branch(LocalDate.parse(date))));
      assertEquals("partyOrganisation.foundingDate", v.getField());
      assertEquals(date, v.getValue().orElseThrow());
      assertTrue(v.getMessageZh().startsWith("党组织成立日期应在1921年7月1日至2100年12月31日之间，实为"), v.getMessageZh());
      assertTrue(v.getMessageEn().startsWith("The founding date of the party organisation must lie between 1 July 1921 and"
          + " 31 December 2100, got "), v.getMessageEn());
      if (date.equals("1921-06-30")) {
        assertEquals("党组织成立日期应在1921年7月1日至2100年12月31日之间，实为1921年6月30日。", v.getMessageZh());
        assertEquals("The founding date of the party organisation must lie between 1 July 1921 and 31 December 2100, got"
            + " 30 June 1921.", v.getMessageEn());
      }
    }

    @Test
    void theEndsOfTheRangeAreValid() {
      valid(TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(branch(ModelLimits.EARLIEST_DATE)));
      assertEquals(List.of(), VALIDATOR.violations(
          TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(branch(ModelLimits.LATEST_DATE)),
          ModelLimits.LATEST_DATE));
    }

    @Test
    void everyOtherDateOfTheModelIsCheckedToo() {
      ActivityRecord record = ActivityRecord.of(LocalDate.MIN, LocalDate.of(2016, 1, 31))
          .withEvents(ActivityEvent.of(ActivityKind.PARTY_LECTURE, LocalDate.of(1900, 1, 1)));
      PartyOrganisation party = PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE)
          .activityRecord(record)
          .structure(BranchStructure.builder()
              .committee(BranchCommittee.builder().secretary("张三").termStart(LocalDate.of(1800, 1, 1)).build()).build())
          .build();
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withFormalMembers(3)
          .withPartyOrganisation(party)
          .withSanctionRecord(SanctionRecord.of(Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(1, 1, 1)))),
          AS_OF);
      assertEquals(List.of(
              "partyOrganisation.activityRecord.events[0].date",
              "partyOrganisation.activityRecord.periodFrom",
              "partyOrganisation.structure.committee.termStart",
              "sanctionRecord.sanctions[0].date"),
          violations.stream().map(Violation::getField).toList(), violations::toString);
    }

    @Test
    void theAsOfDateMustLieInTheRangeToo() {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> VALIDATOR.violations(TestOrganisations.enterprise(), LocalDate.MAX));
      assertTrue(e.getMessage().contains("+999999999-12-31"), e.getMessage());
    }
  }

  @Nested
  class AfterTheAsOfDate {
    @ParameterizedTest
    @CsvSource({"2016-11-30, true", "2016-12-01, true", "2016-12-02, false"})
    void aPartyOrganisationFoundedAfterTheAsOfDateIsRejectedForThatDate(String founded, boolean accepted) {
      Organisation firm = TestOrganisations.enterprise().withFormalMembers(3)
          .withPartyOrganisation(branch(LocalDate.parse(founded)));
      List<Violation> violations = VALIDATOR.violations(firm, AS_OF);
      assertEquals(accepted, violations.isEmpty(), violations::toString);
      if (!accepted) {
        assertEquals("partyOrganisation.foundingDate", violations.get(0).getField());
        assertEquals("党组织成立日期2016年12月2日晚于评估基准日2016年12月1日，基准日时该党组织尚未成立；请按基准日的情况填报，或改用成立之后的基准日。",
            violations.get(0).getMessageZh());
        assertEquals("The party organisation was founded on 2 December 2016, after the as-of date 1 December 2016, so it"
            + " did not exist yet on that date: report the state on the as-of date, or assess on a later date.",
            violations.get(0).getMessageEn());
        assertEquals(List.of(), VALIDATOR.violations(firm, LocalDate.parse(founded)), "valid on a later date");
      }
    }

    @ParameterizedTest
    @CsvSource({"2016-12-01, true", "2016-12-02, false"})
    void aTermStartingAfterTheAsOfDateIsRejectedForThatDate(String start, boolean accepted) {
      PartyOrganisation party = PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE)
          .structure(BranchStructure.builder()
              .committee(BranchCommittee.builder().secretary("张三").termStart(LocalDate.parse(start)).build()).build())
          .build();
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withFormalMembers(3)
          .withPartyOrganisation(party), AS_OF);
      assertEquals(accepted, violations.isEmpty(), violations::toString);
      if (!accepted) {
        assertEquals("partyOrganisation.structure.committee.termStart", violations.get(0).getField());
        assertEquals("本届任期开始日期2016年12月2日晚于评估基准日2016年12月1日，基准日时本届支部委员会尚未产生；请按基准日的情况填报，或改用任期开始之后的基准日。",
            violations.get(0).getMessageZh());
        assertEquals("The committee’s term starts on 2 December 2016, after the as-of date 1 December 2016, so that"
            + " committee was not yet in office on that date: report the state on the as-of date, or assess on a later"
            + " date.", violations.get(0).getMessageEn());
      }
    }

    @Test
    void theDateFreeCheckDoesNotKnowTheAsOfDate() {
      valid(TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(branch(LocalDate.of(2016, 11, 1))));
      assertEquals(List.of(), VALIDATOR.violations(
          TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(branch(LocalDate.of(2030, 1, 1)))));
    }
  }

  @Nested
  class Counts {
    @ParameterizedTest
    @CsvSource({"-1, false", "0, true", "10000000, true", "10000001, false", "2147483647, false"})
    void aCountOfPersonsLiesBetweenZeroAndTenMillion(int count, boolean accepted) {
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withHeadCount(count), AS_OF);
      assertEquals(accepted, violations.isEmpty(), violations::toString);
      if (!accepted) {
        assertEquals("职工人数应为0至10000000之间的整数，实为" + count + "。", violations.get(0).getMessageZh());
      }
    }

    @ParameterizedTest
    @CsvSource({
      "10, 10, 0, ", "10, 9, 1, ", "10, 11, 0, formalMembers", "10, 10, 1, probationaryMembers",
      "10, 50, , formalMembers", "10, , 11, probationaryMembers", "0, 0, 0, "})
    void partyMembersCannotOutnumberTheHeadCount(int headCount, Integer formal, Integer probationary, String field) {
      Organisation firm = TestOrganisations.enterprise().withHeadCount(headCount);
      if (formal != null) {
        firm = firm.withFormalMembers(formal);
      }
      if (probationary != null) {
        firm = firm.withProbationaryMembers(probationary);
      }
      List<Violation> violations = VALIDATOR.violations(firm, AS_OF);
      if (field == null) {
        assertEquals(List.of(), violations);
      } else {
        assertEquals(List.of(field), violations.stream().map(Violation::getField).toList(), violations::toString);
        assertTrue(violations.get(0).getMessageZh().startsWith("正式党员"), violations.get(0).getMessageZh());
        assertTrue(violations.get(0).getMessageZh().endsWith("，超过职工人数（" + headCount + "人）。"), violations.get(0).getMessageZh());
      }
    }

    @Test
    void sumsThatWouldOverflowAnIntAreStillCaught() {
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise()
          .withHeadCount(ModelLimits.MAX_PERSONS).withFormalMembers(Integer.MAX_VALUE).withProbationaryMembers(Integer.MAX_VALUE), AS_OF);
      assertEquals(List.of("formalMembers", "formalMembers", "probationaryMembers"),
          violations.stream().map(Violation::getField).toList(), violations::toString);
      Organisation sum = TestOrganisations.enterprise().withHeadCount(ModelLimits.MAX_PERSONS)
          .withFormalMembers(ModelLimits.MAX_PERSONS).withProbationaryMembers(ModelLimits.MAX_PERSONS);
      assertEquals(List.of("probationaryMembers"),
          VALIDATOR.violations(sum, AS_OF).stream().map(Violation::getField).toList());
    }
  }

  @Nested
  class Amounts {
    @ParameterizedTest
    @CsvSource({
      "0, ", "0.01, ", "1.500, ", "1000000000000000, ", "1000000000000000.00, ",
      "-0.01, 不能为负数", "1000000000000000.01, 不能超过1000000000000000元", "1E+999999999, 不能超过1000000000000000元",
      "0.001, 最多保留两位小数", "1E-999999999, 最多保留两位小数"})
    void anAmountLiesBetweenZeroAndTenToTheFifteenYuanToTheFen(String amount, String problem) {
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withFinances(
          Finances.builder().annualWages(new BigDecimal(amount)).build()), AS_OF);
      if (problem == null) {
        assertEquals(List.of(), violations);
      } else {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("finances.annualWages", violations.get(0).getField());
        assertTrue(violations.get(0).getMessageZh().startsWith("职工年度工资薪金总额" + problem), violations.get(0).getMessageZh());
      }
    }

    @Test
    void anAmountIsEchoedAsAPlainNumber() {
      Violation v = only(TestOrganisations.enterprise().withFinances(
          Finances.builder().partyBuildingBudget(new BigDecimal("-1.0E+7")).build()));
      assertEquals("-10000000", v.getValue().orElseThrow());
      assertEquals("党建工作经费不能为负数，实为-10000000元。", v.getMessageZh());
      assertEquals("The party-building funds must not be negative, got -10000000 yuan.", v.getMessageEn());
    }
  }

  @Nested
  class Texts {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u200B", "\u3000\u00A0", "\uFEFF", "\u2028"})
    void aNameOfSpacesOrInvisibleCharactersIsBlank(String name) {
      Violation v = only(TestOrganisations.enterprise().withName(name));
      assertEquals("name", v.getField());
      assertTrue(v.getMessageZh().startsWith("名称不能为空白"), v.getMessageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"武汉\u0000科技", "\u001B[31m武汉", "武汉\t科技", "武汉\r\n科技"})
    void aNameWithAControlCharacterIsRejected(String name) {
      Violation v = only(TestOrganisations.enterprise().withName(name));
      assertTrue(v.getMessageZh().startsWith("名称不能含有换行符等控制字符，实为“"), v.getMessageZh());
    }

    @Test
    void aNameOfTwoHundredCharactersIsTheLongestAccepted() {
      valid(TestOrganisations.enterprise().withName("名".repeat(200)));
      Violation v = only(TestOrganisations.enterprise().withName("名".repeat(201)));
      assertEquals("名称最长200个字符，实为201个字符：“" + "名".repeat(64) + "…(201 chars)”。", v.getMessageZh());
      assertEquals("The name must be at most 200 characters long, got 201: “" + "名".repeat(64) + "…(201 chars)”.",
          v.getMessageEn());
    }

    @Test
    void namesInsideTheRecordAreCheckedTheSameWay() {
      PartyOrganisation party = PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE)
          .structure(BranchStructure.builder()
              .committee(BranchCommittee.builder().secretary("\u200B").addMembers("李四\u0000").build()).build())
          .build();
      List<Violation> violations = VALIDATOR.violations(TestOrganisations.enterprise().withFormalMembers(3)
          .withPartyOrganisation(party), AS_OF);
      assertEquals(List.of("partyOrganisation.structure.committee.members[0]", "partyOrganisation.structure.committee.secretary"),
          violations.stream().map(Violation::getField).toList(), violations::toString);
    }
  }

  @Nested
  class DivisionCodes {
    @ParameterizedTest
    @ValueSource(strings = {"990000", "100000", "240101", "700000", "830000"})
    void aCodeOutsideEveryProvinceIsRejected(String code) {
      Violation v = only(TestOrganisations.enterprise().withDivisionCode(code));
      assertEquals("divisionCode", v.getField());
      assertEquals("行政区划代码“" + code + "”的前两位“" + code.substring(0, 2) + "”不是省级行政区划代码。", v.getMessageZh());
      assertEquals("The first two digits of the administrative division code “" + code + "”, “" + code.substring(0, 2)
          + "”, are not the code of a province.", v.getMessageEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101", "210102", "420106", "430102", "650102", "710000", "810000", "820000"})
    void everyProvinceIsAccepted(String code) {
      valid(TestOrganisations.enterprise().withDivisionCode(code));
    }
  }

  @Nested
  class JointOrganisations {
    private Organisation jointWith(PartyOrganisation party) {
      return TestOrganisations.enterprise().withFormalMembers(1).withPartyOrganisation(party);
    }

    @Test
    void theSameCoveredCodeTwiceIsRejectedAtItsSecondPlace() {
      String other = TestOrganisations.withCheck("91420106MA4K0001");
      Violation v = only(jointWith(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .addCoveredOrganisations(TestOrganisations.CODE, other, TestOrganisations.CODE).build()));
      assertEquals("partyOrganisation.coveredOrganisations[2]", v.getField());
      assertEquals(TestOrganisations.CODE, v.getValue().orElseThrow());
      assertEquals("覆盖单位“" + TestOrganisations.CODE + "”重复列出。", v.getMessageZh());
      assertEquals("The covered organisation “" + TestOrganisations.CODE + "” is listed more than once.", v.getMessageEn());
    }

    @ParameterizedTest
    @CsvSource({"-1, false", "0, false", "1, true", "3, true"})
    void aJointOrganisationCoversAtLeastOne(int count, boolean accepted) {
      List<Violation> violations = VALIDATOR.violations(jointWith(PartyOrganisation.builder()
          .form(PartyOrganisationForm.JOINT).coveredOrganisationCount(count).build()), AS_OF);
      assertEquals(accepted, violations.isEmpty(), violations::toString);
      if (!accepted) {
        assertEquals("partyOrganisation.coveredOrganisationCount", violations.get(0).getField());
        assertEquals("联合党组织覆盖单位数应至少为1，实为" + count + "。", violations.get(0).getMessageZh());
        assertEquals("A joint party organisation must cover at least one organisation, got " + count + ".",
            violations.get(0).getMessageEn());
      }
    }

    @Test
    void aCountBesideTheCodesMustMatchThem() {
      String other = TestOrganisations.withCheck("91420106MA4K0001");
      PartyOrganisation.builder().form(PartyOrganisationForm.JOINT);
      valid(jointWith(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .addCoveredOrganisations(TestOrganisations.CODE, other).coveredOrganisationCount(2).build()));
      Violation v = only(jointWith(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .addCoveredOrganisations(TestOrganisations.CODE, other).coveredOrganisationCount(3).build()));
      assertEquals("覆盖单位数3与所列覆盖单位（2个）不一致。", v.getMessageZh());
      assertEquals("The number of organisations covered, 3, differs from the 2 listed.", v.getMessageEn());
    }

    @Test
    void onlyAJointOrganisationCountsWhatItCovers() {
      Violation v = only(TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(
          PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).coveredOrganisationCount(2).build()));
      assertEquals("只有联合党组织才填写覆盖单位或覆盖单位数，本单位报告的党组织设置情况为“单独组建的党组织”。", v.getMessageZh());
    }

    @Test
    void theCountIsReadFromEitherForm() {
      String other = TestOrganisations.withCheck("91420106MA4K0001");
      assertEquals(2, PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .addCoveredOrganisations(TestOrganisations.CODE, other).build().coveredCount().getAsInt());
      assertEquals(5, PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .coveredOrganisationCount(5).build().coveredCount().getAsInt());
      assertTrue(PartyOrganisation.joint().coveredCount().isEmpty(), "not reported");
    }
  }

  @Nested
  class StandaloneWithoutMembers {
    @ParameterizedTest
    @CsvSource({
      "STANDALONE, 0, 0, false", "STANDALONE, 0, 1, true", "STANDALONE, 1, 0, true", "STANDALONE, 0, , true",
      "FUNCTIONAL, 0, 0, true", "COUNCIL_WORK_GROUP, 0, 0, true", "JOINT, 0, 0, true"})
    void aStandaloneOrganisationNeedsMembers(PartyOrganisationForm form, int formal, Integer probationary, boolean accepted) {
      Organisation firm = TestOrganisations.enterprise().withFormalMembers(formal)
          .withPartyOrganisation(PartyOrganisation.builder().form(form).build());
      if (probationary != null) {
        firm = firm.withProbationaryMembers(probationary);
      }
      List<Violation> violations = VALIDATOR.violations(firm, AS_OF);
      assertEquals(accepted, violations.isEmpty(), violations::toString);
      if (!accepted) {
        assertEquals("partyOrganisation", violations.get(0).getField());
        assertEquals("报告为单独组建的党组织，但正式党员0名、预备党员0名；没有党员，不能单独组建党组织。", violations.get(0).getMessageZh());
        assertEquals("Reported as a party organisation of its own, yet with no formal and no probationary members: without"
            + " party members there is no party organisation of its own.", violations.get(0).getMessageEn());
      }
    }
  }

  @Nested
  class TheModelIsClosed {
    @Test
    void noModelTypeCanBeSubclassedOutsideItsPackage() {
      List<Class<?>> types = List.of(Organisation.class, PartyOrganisation.class, Finances.class, ActivityRecord.class,
          ActivityEvent.class, BranchStructure.class, BranchCommittee.class, Sanction.class, SanctionRecord.class,
          Park.class, ParkFacilities.class,
          PartyGroup.class, PartyMember.class,
          PartyOrganisationGovernance.class,
          QualificationPlatform.class, WorkCoverage.class);
      for (Class<?> type : types) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          int modifiers = constructor.getModifiers();
          assertFalse(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers),
              type.getSimpleName() + " has an accessible constructor");
        }
      }
    }

    @Test
    void anInvalidOrganisationExceptionKeepsItsViolationsAcrossSerialisation() throws Exception {
      InvalidOrganisationException thrown = org.junit.jupiter.api.Assertions.assertThrows(InvalidOrganisationException.class,
          () -> VALIDATOR.validate(TestOrganisations.enterprise().withHeadCount(-1).withName("\u00A0")));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(thrown);
      }
      InvalidOrganisationException read;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        read = (InvalidOrganisationException) in.readObject();
      }
      assertEquals(thrown.getViolations(), read.getViolations());
      assertEquals(List.of("headCount", "name"), read.getViolations().stream().map(Violation::getField).toList());
      assertEquals(thrown.getMessage(), read.getMessage());
      assertEquals(TestOrganisations.CODE, read.getCreditCode());
    }
  }

  @Nested
  class Lists {
    private PartyOrganisation withEvents(List<ActivityEvent> events) {
      return PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE)
          .activityRecord(ActivityRecord.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)).withEvents(events))
          .build();
    }

    @Test
    void aListPastTheLimitIsRejectedForItsLengthAloneWithoutCheckingItsEntries() {
      List<ActivityEvent> talks = Collections.nCopies(16_000, ActivityEvent.of(ActivityKind.TALK, LocalDate.of(2016, 5, 5)));
      Violation v = only(TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(withEvents(talks)));
      assertEquals("partyOrganisation.activityRecord.events", v.getField());
      assertEquals("16000", v.getValue().orElseThrow());
      assertEquals("活动记录最多10000项，实为16000项，各项未逐一检查。", v.getMessageZh());
      assertEquals("The events of the activity record must not have more than 10,000 entries, got 16,000; the entries were"
          + " not checked one by one.", v.getMessageEn());
    }

    @Test
    void aListAtTheLimitIsCheckedEntryByEntryAndItsReportIsBounded() {
      List<ActivityEvent> talks = Collections.nCopies(ModelLimits.MAX_ENTRIES,
          ActivityEvent.of(ActivityKind.TALK, LocalDate.of(2016, 5, 5)));
      List<Violation> violations = VALIDATOR.violations(
          TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(withEvents(talks)), AS_OF);
      assertEquals(ModelLimits.MAX_REPORTED + 1, violations.size());
      Violation more = violations.stream().filter(v -> v.getField().equals("partyOrganisation.activityRecord.events"))
          .findFirst().orElseThrow();
      assertTrue(more.getValue().isEmpty());
      assertEquals("活动记录还有更多同类问题，只列出前100条。", more.getMessageZh());
      assertEquals("More problems of the same kind in the events of the activity record; only the first 100 are listed.",
          more.getMessageEn());
    }

    @Test
    void exactlyAHundredProblemsOfAKindAreAllListedWithoutSayingThereAreMore() {
      List<ActivityEvent> talks = Collections.nCopies(ModelLimits.MAX_REPORTED,
          ActivityEvent.of(ActivityKind.TALK, LocalDate.of(2016, 5, 5)));
      List<Violation> violations = VALIDATOR.violations(
          TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(withEvents(talks)), AS_OF);
      assertEquals(ModelLimits.MAX_REPORTED, violations.size());
      assertTrue(violations.stream().allMatch(v -> v.getField().endsWith(".counterpart")), violations::toString);
    }

    @Test
    void tenThousandValidEntriesAreValid() {
      List<ActivityEvent> meetings = Collections.nCopies(ModelLimits.MAX_ENTRIES,
          ActivityEvent.of(ActivityKind.GENERAL_MEETING, LocalDate.of(2016, 5, 5)));
      valid(TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(withEvents(meetings)));
    }
  }

  @Nested
  class AmountsWrittenOddly {
    @ParameterizedTest
    @CsvSource({
      "0E+999999999, 不能超过", "0E-999999999, 最多保留两位小数", "1.00000000000, 最多保留两位小数",
      "1E+16, 不能超过", "0E+16, 不能超过"})
    void aZeroOrAWholeAmountWithAnAbsurdScaleIsRejected(String amount, String problem) {
      Violation v = only(TestOrganisations.enterprise().withFinances(
          Finances.builder().annualWages(new BigDecimal(amount)).build()));
      assertTrue(v.getMessageZh().startsWith("职工年度工资薪金总额" + problem), v.getMessageZh());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0000000000", "1E+15", "0E+15", "12345.6700"})
    void aFewTrailingZerosOrAnExponentWithinTheRangeAreAccepted(String amount) {
      valid(TestOrganisations.enterprise().withFinances(Finances.builder().annualWages(new BigDecimal(amount)).build()));
    }

    @Test
    void anAmountWithAHundredThousandDigitsIsQuotedShort() {
      Violation v = only(TestOrganisations.enterprise().withFinances(
          Finances.builder().annualWages(new BigDecimal(BigInteger.TEN.pow(100_000))).build()));
      assertEquals("1.000000000E+100000", v.getValue().orElseThrow());
      assertTrue(v.getMessageZh().length() < 80, v.getMessageZh());
    }
  }
}
