package org.partyorg.rules.hunan.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hunan.selection.Forms.DUE;
import static org.partyorg.rules.hunan.selection.Forms.SELECTION;
import static org.partyorg.rules.hunan.selection.Forms.complete;
import static org.partyorg.rules.hunan.selection.Forms.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.testkit.SourceTexts;

/** One application on its own: the form, the 500 characters, the due date, B1 and B2, each cited. */
class SelectionTest {
  private static Result result(Review review, String key) {
    return review.results().stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + review.results()));
  }

  private static List<String> keys(Review review) {
    return review.results().stream().map(Result::key).toList();
  }

  private static List<String> fields(Review review) {
    return review.problems().stream().map(Problem::field).toList();
  }

  @Test
  void aCompleteApplicationOnTimeFromAnEligiblePracticeIsEligible() {
    Review review = SELECTION.review(complete(1).build());
    assertEquals(List.of(), review.problems());
    assertEquals(List.of("B4.form", "B4.basis", "B4.due", "B1", "B2"), keys(review));
    review.results().forEach(r -> assertEquals(Outcome.SATISFIED, r.outcome(), r::toString));
    assertEquals(Verdict.ELIGIBLE, review.verdict());
    assertEquals(List.of(), review.reasons());
    assertEquals(Optional.of("4301"), review.cityGroup());
    assertEquals(Forms.code(1), review.id());
    assertEquals("申请表各项填写完整、有效，符合要求。", result(review, "B4.form").messageZh());
    assertEquals("Every field of the application form is given and valid: requirement met.", result(review, "B4.form").messageEn());
    assertEquals("申请表于2020年8月15日报送，在2020年8月15日前，符合要求。", result(review, "B4.due").messageZh());
    assertEquals("The application form was sent on 15 August 2020, by 15 August 2020: requirement met.",
        result(review, "B4.due").messageEn());
  }

  @Test
  void everyResultQuotesThePlan() {
    Review review = SELECTION.review(complete(1).build());
    for (Result r : review.results()) {
      SourceTexts.assertQuoted(SelectionTest.class, r.citation());
    }
    assertEquals("附件1", result(review, "B4.basis").citation().getSection());
    assertEquals("三（二）", result(review, "B4.due").citation().getSection());
    assertEquals("二", result(review, "B1").citation().getSection());
    Review outside = SELECTION.review(complete(1).practice(practice(1, Forms.FOUNDED).withDivisionCode("420106")).build());
    SourceTexts.assertQuoted(SelectionTest.class, result(outside, "B4.scope").citation());
    Review noDate = SELECTION.review(complete(1).submitted(Optional.empty()).build());
    noDate.results().forEach(r -> SourceTexts.assertQuoted(SelectionTest.class, r.citation()));
  }

  @Test
  void theDueDateIsReadFromTheTimetable() {
    assertEquals(DUE, SELECTION.dueDate());
  }

  /** “于2020年8月15日前报”: the day itself is in time, the day after is late. */
  @ParameterizedTest
  @CsvSource({"2020-08-14, SATISFIED, ELIGIBLE", "2020-08-15, SATISFIED, ELIGIBLE", "2020-08-16, VIOLATED, INELIGIBLE"})
  void theFormIsDueOnOrBefore15August(LocalDate submitted, Outcome outcome, Verdict verdict) {
    Review review = SELECTION.review(complete(1).submitted(submitted).build());
    assertEquals(outcome, result(review, "B4.due").outcome());
    assertEquals(verdict, review.verdict());
  }

  @Test
  void aLateFormSaysSo() {
    Result late = result(SELECTION.review(complete(1).submitted(LocalDate.of(2020, 8, 16)).build()), "B4.due");
    assertEquals("申请表于2020年8月16日报送，已超过应于2020年8月15日前报省注协行业党建工作部的期限。", late.messageZh());
    assertEquals("The application form was sent on 16 August 2020, after the due date: it had to reach the provincial"
        + " institute’s party-building department by 15 August 2020.", late.messageEn());
  }

  @Test
  void withoutADateOfSubmissionNeitherTheDueDateNorB1NorB2IsDecided() {
    Review review = SELECTION.review(complete(1).submitted(Optional.empty()).build());
    assertEquals(Outcome.UNDECIDED, result(review, "B4.due").outcome());
    assertEquals(Outcome.UNDECIDED, result(review, "B1").outcome());
    assertEquals(Outcome.UNDECIDED, result(review, "B2").outcome());
    assertEquals("缺少报送日期，无法判断是否按期报送；请补报报送日期。", result(review, "B4.due").messageZh());
    assertEquals("缺少报送日期，无法判断党组织是否成立满3年；请补报报送日期。", result(review, "B1").messageZh());
    assertEquals("Cannot decide whether the practice had an administrative penalty or industry discipline in the last"
        + " 3 years without the date of submission; please report it.", result(review, "B2").messageEn());
    // the form lacks a field, so it is ineligible as it stands, not merely undecided
    assertEquals(List.of("submitted"), fields(review));
    assertEquals(Verdict.INELIGIBLE, review.verdict());
  }

  /** 500 characters as the form counts them: code points, so a character outside the BMP is one. */
  @ParameterizedTest
  @CsvSource({"499, SATISFIED", "500, SATISFIED", "501, VIOLATED"})
  void theBasisHasAtMost500Characters(int length, Outcome outcome) {
    for (String character : List.of("事", "𠀀")) {
      String basis = character.repeat(length);
      Review review = SELECTION.review(complete(1).basis(basis).build());
      Result result = result(review, "B4.basis");
      assertEquals(outcome, result.outcome(), character);
      assertEquals(outcome == Outcome.SATISFIED ? Verdict.ELIGIBLE : Verdict.INELIGIBLE, review.verdict());
      assertEquals(List.of(), review.problems(), "the length is a result, not a wrong field");
    }
  }

  @Test
  void theBasisTextsGiveTheCountAndTheLimit() {
    Result within = result(SELECTION.review(complete(1).basis("𠀀".repeat(500)).build()), "B4.basis");
    assertEquals("申报依据500字（500字以内），符合要求。", within.messageZh());
    assertEquals("The basis for the application has 500 characters (500 or fewer): requirement met.", within.messageEn());
    Result over = result(SELECTION.review(complete(1).basis("事".repeat(501)).build()), "B4.basis");
    assertEquals("申报依据501字，超过500字的上限，应删减至500字以内。", over.messageZh());
    assertEquals("The basis for the application has 501 characters, more than the 500 allowed: must be cut to 500 or fewer.",
        over.messageEn());
  }

  @Test
  void aBasisMayRunOverSeveralLinesButHoldNoOtherControlCharacter() {
    assertEquals(List.of(), SELECTION.review(complete(1).basis("第一段。\n第二段。\r\n\t第三段。").build()).problems());
    Review review = SELECTION.review(complete(1).basis("第一段\u001B。").build());
    assertEquals(List.of("basis"), fields(review));
    assertEquals("党组织创建申报依据除换行外不能含有控制字符，实为“第一段\\u001B。”。", review.problems().get(0).messageZh());
  }

  /** B1 on the date of submission: founded 2017-08-15, three years on 2020-08-15, not on 2020-08-14. */
  @ParameterizedTest
  @CsvSource({"2020-08-14, VIOLATED", "2020-08-15, SATISFIED"})
  void b1CountsThreeYearsToTheDateOfSubmission(LocalDate submitted, Outcome outcome) {
    LocalDate founded = LocalDate.of(2017, 8, 15);
    Review review = SELECTION.review(complete(1).foundingDate(founded).practice(practice(1, founded)).submitted(submitted).build());
    assertEquals(outcome, result(review, "B1").outcome());
  }

  @Test
  void theFormsFoundingDateStandsInForARecordWithoutOne() {
    LocalDate founded = LocalDate.of(2018, 1, 1);
    Review review = SELECTION.review(complete(1).foundingDate(founded).practice(practice(1, null)).build());
    assertEquals(List.of(), review.problems());
    assertEquals(Outcome.VIOLATED, result(review, "B1").outcome());
    assertEquals(Verdict.INELIGIBLE, review.verdict());
  }

  @Test
  void theFormsFoundingDateMustAgreeWithTheRecords() {
    Review review = SELECTION.review(complete(1).foundingDate(LocalDate.of(2016, 1, 1)).build());
    assertEquals(List.of("foundingDate"), fields(review));
    Problem problem = review.problems().get(0);
    assertEquals(Optional.of("2016-01-01"), problem.value());
    assertEquals("申请表填写的党组织成立时间为2016年1月1日，执业机构记录为2015年3月1日，二者应一致。", problem.messageZh());
    assertEquals("The form gives 1 January 2016 as the founding date of the party organisation but the practice’s record"
        + " gives 1 March 2015: they must agree.", problem.messageEn());
  }

  /**
   * 近3年 on a form sent on 2020-08-15: an honour of 2017-08-15 is too old, of 2017-08-16 recent
   * enough; one of the day of submission counts, one of the day after is wrong.
   */
  @ParameterizedTest
  @CsvSource({"2017-08-15, problem", "2017-08-16, none", "2020-08-15, none", "2020-08-16, problem"})
  void honoursAreThoseOfTheThreeYearsUpToTheDateOfSubmission(LocalDate awarded, String expected) {
    Review review = SELECTION.review(complete(1).honours(List.of(new Application.Honour("先进基层党组织", awarded))).build());
    assertEquals(expected.equals("none") ? List.of() : List.of("honours[0].date"), fields(review));
  }

  /** B2: a penalty of 2017-08-16 still bars an application sent on 2020-08-15; one of 2017-08-15 no longer does. */
  @ParameterizedTest
  @CsvSource({"2017-08-15, SATISFIED, ELIGIBLE", "2017-08-16, VIOLATED, INELIGIBLE"})
  void b2LooksBackThreeYearsFromTheDateOfSubmission(LocalDate penalty, Outcome outcome, Verdict verdict) {
    Organisation sanctioned = practice(1, Forms.FOUNDED)
        .withSanctionRecord(SanctionRecord.of(Sanction.of(SanctionKind.ADMINISTRATIVE_PENALTY, penalty)));
    Review review = SELECTION.review(complete(1).practice(sanctioned).build());
    assertEquals(outcome, result(review, "B2").outcome());
    assertEquals(verdict, review.verdict());
    if (outcome == Outcome.VIOLATED) {
      assertEquals(List.of(result(review, "B2")), review.reasons());
    }
  }

  @Test
  void aPracticeWithoutASanctionRecordLeavesB2Undecided() {
    Organisation unknown = Organisation.builder().from(practice(1, Forms.FOUNDED)).sanctionRecord(Optional.empty()).build();
    Review review = SELECTION.review(complete(1).practice(unknown).build());
    assertEquals(Outcome.UNDECIDED, result(review, "B2").outcome());
    assertEquals(Verdict.UNDECIDED, review.verdict());
    assertEquals(List.of(result(review, "B2")), review.reasons());
  }

  @Test
  void anEmptyFormNamesEveryMissingField() {
    Review review = SELECTION.review(Application.builder().build());
    assertEquals(List.of("partyOrganisationName", "foundingDate", "secretary", "headCount", "members", "basis", "channel",
        "submitted", "practice"), fields(review));
    assertEquals(List.of("B4.form", "B4.due", "B1", "B2"), keys(review));
    Result form = result(review, "B4.form");
    assertEquals(Outcome.VIOLATED, form.outcome());
    assertEquals("申请表有9项缺漏或填写有误（党组织名称、党组织成立时间、党组织书记、所在机构员工人数、党员人数、党组织创建申报依据、申报渠道、报送日期、执业机构记录），应更正后报送。",
        form.messageZh());
    assertEquals("The application form has 9 fields missing or wrong (name of the party organisation, founding date of the"
        + " party organisation, party secretary, head-count of the practice, number of party members, basis for the"
        + " application, channel of application, date of submission and record of the practice): must be corrected"
        + " before it is sent.", form.messageEn());
    assertEquals("党组织书记不能为空。", review.problems().get(2).messageZh());
    assertEquals("The party secretary must be given.", review.problems().get(2).messageEn());
    assertEquals("缺少执业机构记录，无法判断党组织是否成立满3年；请补报执业机构记录。", result(review, "B1").messageZh());
    assertEquals(Verdict.INELIGIBLE, review.verdict());
    assertEquals("#1", review.id());
    assertEquals(Optional.empty(), review.cityGroup());
  }

  @Test
  void wrongFieldsAreEachNamedWithTheirValueAndWhy() {
    Application wrong = complete(1)
        .partyOrganisationName("\u3000 ")
        .secretary("张\n三")
        .headCount(-1)
        .members(10_000_001)
        .foundingDate(LocalDate.of(1900, 1, 1))
        .honours(List.of(
            new Application.Honour("旧荣誉", LocalDate.of(2017, 8, 15)),
            new Application.Honour("新荣誉", LocalDate.of(2020, 8, 16)),
            new Application.Honour("荣".repeat(201), LocalDate.of(2017, 8, 16))))
        .city("439900")
        .build();
    Review review = SELECTION.review(wrong);
    assertEquals(List.of("partyOrganisationName", "foundingDate", "secretary", "headCount", "members", "honours[0].date",
        "honours[1].date", "honours[2].name", "city"), fields(review));
    List<String> zh = review.problems().stream().map(Problem::messageZh).toList();
    assertEquals(List.of(
        "党组织名称不能为空白（空格、不间断空格、零宽字符均视为空白），实为“\u3000 ”。",
        "党组织成立时间应在1921年7月1日至2100年12月31日之间，实为1900年1月1日。",
        "党组织书记不能含有换行符等控制字符，实为“张\\n三”。",
        "所在机构员工人数应为0至10000000之间的整数，实为-1。",
        "党员人数应为0至10000000之间的整数，实为10000001。",
        "荣誉“旧荣誉”获得于2017年8月15日，不在报送日期2020年8月15日前3年内；所获荣誉只填写近3年获得的荣誉。",
        "荣誉“新荣誉”获得于2020年8月16日，晚于报送日期2020年8月15日。",
        "荣誉名称最长200个字符，实为201个字符：“" + "荣".repeat(64) + "…(201 chars)”。",
        "推荐市州应为湖南省14个市州之一的区划代码（430100至431300、433100），实为“439900”。"), zh);
    assertEquals(Optional.of("荣".repeat(64) + "…(201 chars)"), review.problems().get(7).value());
    // a value is shown as the message shows it, and as the practice record's violations show theirs
    assertEquals(Optional.of("张\\n三"), review.problems().get(2).value());
    for (int text : new int[] {0, 2, 7, 8}) {
      Problem p = review.problems().get(text);
      assertTrue(p.messageZh().contains("“" + p.value().orElseThrow() + "”"), p::toString);
    }
    assertEquals("The head-count of the practice must be a whole number from 0 to 10,000,000, got -1.",
        review.problems().get(3).messageEn());
    assertEquals(Verdict.INELIGIBLE, review.verdict());
    assertEquals(Optional.empty(), review.cityGroup(), "a wrong city is no group");
  }

  @Test
  void aRecommendationOrTheDirectChannelNotBoth() {
    Review both = SELECTION.review(complete(1).directlyManaged(true).build());
    assertEquals(List.of("channel"), fields(both));
    assertEquals("申请表既填写了推荐市州“430100”，又注明由行业党委直属基层党组织自行申报，二者只能选其一。",
        both.problems().get(0).messageZh());
    Review neither = SELECTION.review(complete(1).city(Optional.empty()).build());
    assertEquals(List.of("channel"), fields(neither));
    Review direct = SELECTION.review(Forms.direct(1).build());
    assertEquals(List.of(), direct.problems());
    assertTrue(direct.isDirectlyManaged());
  }

  @Test
  void aWrongPracticeRecordIsNamedFieldByFieldAndLeavesB1AndB2Undecided() {
    Organisation wrong = practice(1, Forms.FOUNDED).withDivisionCode("43010").withHeadCount(5);
    Review review = SELECTION.review(complete(1).practice(wrong).build());
    assertEquals(List.of("practice.divisionCode", "practice.formalMembers"), fields(review));
    assertEquals("行政区划代码", review.problems().get(0).fieldNameZh());
    assertEquals(Optional.of("43010"), review.problems().get(0).value());
    assertEquals(Outcome.UNDECIDED, result(review, "B1").outcome());
    assertEquals("执业机构记录有误，无法判断执业机构近3年是否受到过行政处罚或行业惩戒；请更正执业机构记录。",
        result(review, "B2").messageZh());
    assertEquals(Verdict.INELIGIBLE, review.verdict());
  }

  @Test
  void aFormSentBeforeThePlanWasIssuedIsWrong() {
    Review review = SELECTION.review(complete(1).submitted(LocalDate.of(2020, 7, 23)).build());
    assertEquals(List.of("submitted"), fields(review));
    assertEquals("报送日期2020年7月23日早于《实施方案》印发日期2020年7月24日。", review.problems().get(0).messageZh());
  }

  @Test
  void aPracticeOutsideHunanOrTheTwoProfessionsCannotApply() {
    Review review = SELECTION.review(complete(1).practice(practice(1, Forms.FOUNDED).withDivisionCode("420106")).build());
    Result scope = result(review, "B4.scope");
    assertEquals(Outcome.VIOLATED, scope.outcome());
    assertEquals("执业机构不是湖南省的会计师事务所或资产评估机构，不属于“标杆引领”计划的申报范围。", scope.messageZh());
    assertEquals(Verdict.INELIGIBLE, review.verdict());
  }

  @Test
  void aSetWithoutTheTimetableOrTheQuotasIsRefused() {
    PolicySet noPhases = new ForwardingPolicySet(Forms.PLAN) {
      @Override
      public List<org.partyorg.rules.api.Phase> phases() {
        return List.of();
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Selection.of(noPhases));
    assertTrue(e.getMessage().contains("no phase for the applications"), e.getMessage());
    PolicySet noQuota = new ForwardingPolicySet(Forms.PLAN) {
      @Override
      public List<org.partyorg.rules.api.Parameter> parameters() {
        return super.parameters().stream().filter(p -> !p.getKey().equals("cityLevelSelections")).toList();
      }
    };
    e = assertThrows(IllegalArgumentException.class, () -> Selection.of(noQuota));
    assertTrue(e.getMessage().contains("declares no parameter cityLevelSelections; it has [partyOrganisationMinimumYears"),
        e.getMessage());
  }

  @Test
  void theTextsDoNotDependOnTheDefaultLocaleOrTimeZone() {
    Application late = complete(1).submitted(LocalDate.of(2020, 8, 16)).headCount(-5).build();
    Review here = SELECTION.review(late);
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.Locale.setDefault(new java.util.Locale("ar", "SA"));
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      Review there = Selection.of(Forms.PLAN).review(late);
      assertEquals(here.problems(), there.problems());
      assertEquals(here.results(), there.results());
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void everyCityOfTheCodeListHasItsNameInBothLanguages() {
    assertEquals(14, Selection.CITIES.size());
    for (String code : Selection.CITIES) {
      org.partyorg.rules.api.MessageTemplate name = Texts.template("city." + code);
      assertTrue(name.getZh().endsWith("市") || name.getZh().endsWith("州"), name.getZh());
      assertTrue(!name.getEn().isBlank() && name.getEn().chars().allMatch(c -> c < 128), name.getEn());
    }
    assertEquals(14, Texts.MESSAGES.keys().stream().filter(k -> k.startsWith("city.")).count());
  }

  @Test
  void unknownCountsAreMissingNotZero() {
    Review review = SELECTION.review(complete(1).headCount(OptionalInt.empty()).build());
    assertEquals(List.of("headCount"), fields(review));
    assertEquals(Optional.empty(), review.problems().get(0).value());
  }
}
