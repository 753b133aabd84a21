package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.internal.Named;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.testkit.MessageChecks;

/**
 * The validation texts ({@code validation_zh.properties}, {@code validation_en.properties}): the
 * ones no other test reads in full, in both languages; every text through the mechanical checks of
 * {@code docs/STYLE.md}; and every constraint of the model has a text.
 */
class ValidationTextsTest {
  private static final OrganisationValidator VALIDATOR = OrganisationValidator.create();

  private static Violation only(List<Violation> violations) {
    assertEquals(1, violations.size(), violations::toString);
    return violations.get(0);
  }

  private static void reads(Violation v, String zh, String en) {
    assertEquals(zh, v.getMessageZh());
    assertEquals(en, v.getMessageEn());
  }

  @Test
  void amounts() {
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withFinances(
            Finances.builder().annualWages(new BigDecimal("1000000000000000.01")).build()))),
        "职工年度工资薪金总额不能超过1000000000000000元，实为1000000000000000.01元。",
        "The annual wages and salaries of the staff must not exceed 1,000,000,000,000,000 yuan, got"
            + " 1000000000000000.01 yuan.");
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withFinances(
            Finances.builder().annualDuesIncome(new BigDecimal("12.345")).build()))),
        "年度会费总额最多保留两位小数（到分），实为12.345元。",
        "The annual membership dues income must have at most two decimals (to the fen), got 12.345 yuan.");
  }

  @Test
  void textsAndCodes() {
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withName("武汉\t科技"))),
        "名称不能含有换行符等控制字符，实为“武汉\\t科技”。",
        "The name must not contain control characters such as line breaks, got “武汉\\t科技”.");
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withDivisionCode("04201"))),
        "行政区划代码应为6位数字，首位不为0，实为“04201”。",
        "The administrative division code must be six digits, not starting with 0, got “04201”.");
  }

  @Test
  void membersOutnumberingTheStaff() {
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withHeadCount(3).withFormalMembers(4))),
        "正式党员4名、预备党员人数未填，超过职工人数（3人）。",
        "Party members (4 formal, probationary members not given) exceed the head-count (3).");
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withHeadCount(3).withFormalMembers(2)
            .withProbationaryMembers(2))),
        "正式党员2名、预备党员2名，超过职工人数（3人）。",
        "Party members (2 formal, 2 probationary) exceed the head-count (3).");
  }

  @Test
  void aReportOfNoParkWithDetails() {
    reads(only(VALIDATOR.violations(TestOrganisations.enterprise().withPark(Park.builder().level(ParkLevel.NONE)
            .facilities(ParkFacilities.builder().partyAndMassServiceCentre(true).build()).build()))),
        "报告为不在园区，却填写了园区名称或园区设施情况。",
        "Reported as in no park, yet a park name or park facilities are given.");
  }

  @Test
  void theEvaluatorsChecksOfTraitsAndExtraFacts() {
    Vocabulary words = Vocabulary.builder()
        .traits(Trait.of("HIGH_TECH", "高新技术企业", "high-tech enterprise"), Trait.of("SHELL", "空壳企业", "shell enterprise"))
        .facts(FactType.count("activityRooms", Unit.ITEMS, "活动室数", "number of activity rooms"),
            FactType.amount("stationBudget", "服务站经费", "budget of the station"))
        .build();
    Evaluator evaluator = Evaluator.of(TestPolicySets.withVocabulary("a", "42", words));
    reads(only(evaluator.validator().violations(TestOrganisations.enterprise().withTraits(Trait.of("PARK")))),
        "组织特征代码“PARK”不是本系统所用各文件规定的特征；可填报的特征：高新技术企业（“HIGH_TECH”）、空壳企业（“SHELL”）。",
        "The trait code “PARK” is not declared by any policy set in use; the declared traits are high-tech enterprise"
            + " (“HIGH_TECH”) and shell enterprise (“SHELL”).");
    reads(only(evaluator.validator().violations(TestOrganisations.enterprise()
            .withExtraFacts(Map.of("activityRooms", "三间")))),
        "活动室数应为0至10000000之间的整数，实为“三间”。",
        "The number of activity rooms must be a whole number from 0 to 10,000,000, got “三间”.");
    reads(only(evaluator.validator().violations(TestOrganisations.enterprise()
            .withExtraFacts(Map.of("stationBudget", List.of(1, 2))))),
        "服务站经费应为以元为单位的金额，实为“[1, 2]”。",
        "The budget of the station must be an amount in yuan, got “[1, 2]”.");
  }

  @Test
  void textsNoConstraintGivesAreStillWrittenToTheGuide() {
    reads(ViolationMessages.violation("name", null, "{jakarta.validation.constraints.NotNull.message}", "x", Map.of(),
            null, Map.of()),
        "名称不能为空。", "The name must be given.");
    reads(ViolationMessages.violation("name", "x", "{com.example.Odd}", "must be odd", Map.of(), null, Map.of()),
        "校验未通过：“{com.example.Odd}”。", "Validation failed: must be odd.");
    assertNull(ViolationMessages.key("{org.partyorg.rules.field.name}"), "a field's name is no constraint's text");
  }

  @Test
  void everyConstraintOfTheModelHasAText() {
    List<String> templates = List.of("persons.range", "date.range", "yuan.negative", "yuan.too_large",
        "yuan.too_many_decimals", "text.blank", "text.control_character", "text.too_long", "divisionCode.pattern",
        "divisionCode.province", "creditCode.length", "creditCode.character", "creditCode.check_character",
        "fullTimeStaff.exceedsHeadCount", "members.exceedHeadCount", "park.nameMissing", "park.noneWithDetails",
        "partyOrganisation.noneWithDetails", "partyOrganisation.coveredOnlyForJoint",
        "partyOrganisation.scopeOnlyForJoint", "partyOrganisation.coversNone", "partyOrganisation.coveredCountMismatch",
        "partyOrganisation.coveredTwice", "partyOrganisation.standaloneWithoutMembers", "activityRecord.periodReversed",
        "activityRecord.eventOutsidePeriod", "activityRecord.talkNeedsTwoPeople",
        "activityRecord.participantsExceedMembers", "structure.notOnRoster", "structure.twiceInGroup", "more",
        "list.tooManyEntries", "record.null", "record.failed", "asOf.foundedAfter", "asOf.termAfter");
    for (String key : templates) {
      assertEquals(key, ViolationMessages.key("{org.partyorg.rules." + key + "}"));
    }
    assertEquals("not-null", ViolationMessages.key("{jakarta.validation.constraints.NotNull.message}"));
  }

  /** Every text, rendered with typical values, passes the checks every finding's text passes. */
  @Test
  void everyTextPassesTheMechanicalChecks() {
    Map<String, Object> typical = new HashMap<>();
    typical.put("value", "示例");
    typical.put("max", ModelLimits.MAX_PERSONS);
    typical.put("earliest", ModelLimits.EARLIEST_DATE);
    typical.put("latest", ModelLimits.LATEST_DATE);
    typical.put("maxLength", 200);
    typical.put("length", 201);
    typical.put("province", "99");
    typical.put("expected", "F");
    typical.put("headCount", 10);
    typical.put("formalMembers", 12);
    typical.put("probationaryMembers", null);
    typical.put("form", PartyOrganisationForm.FUNCTIONAL);
    typical.put("coveredListed", 1);
    typical.put("periodFrom", LocalDate.of(2021, 1, 1));
    typical.put("periodTo", LocalDate.of(2021, 12, 31));
    typical.put("themeEducationMembers", 1);
    typical.put("asOf", LocalDate.of(2016, 12, 1));
    typical.put("position", 2L);
    typical.put("rule", new Named("wuhan-2016 W3", "wuhan-2016 W3"));
    typical.put("error", new Named("计算出错", "division by zero"));
    typical.put("detail", "must be odd");
    typical.put("name", "serviceStation");
    typical.put("kind", new Named("是或否", "yes or no"));
    typical.put("declared", List.of(new Named("高新技术企业（“HIGH_TECH”）", "high-tech enterprise (“HIGH_TECH”)")));
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (String key : ViolationMessages.TEXTS.keys()) {
      if (key.startsWith("field.") || key.startsWith("kind.")) {
        String[] texts = ViolationMessages.format(key, null, typical);
        Named name = new Named(texts[0], texts[1]);
        MessageChecks.name(name.zh(), true).forEach(p -> problems.add(key + ": " + p + ": " + name.zh()));
        MessageChecks.name(name.en(), false).forEach(p -> problems.add(key + ": " + p + ": " + name.en()));
        continue;
      }
      count++;
      // the value of the record: text where the text quotes it, else a date, an amount or a count
      String en = ViolationMessages.TEXTS.template(key).getEn();
      Map<String, Object> values = new HashMap<>(typical);
      values.put("value", en.contains("“{value}”") ? "示例" : en.contains("on {value}") || en.contains("dated {value}")
          || key.equals("date.range") ? LocalDate.of(2016, 12, 2) : key.startsWith("yuan.") ? new BigDecimal("-0.5") : 5);
      String[] both = ViolationMessages.format(key, FieldNames.of("headCount"), values);
      MessageChecks.chinese(both[0]).forEach(p -> problems.add(key + ": " + p + ": " + both[0]));
      MessageChecks.english(both[1]).forEach(p -> problems.add(key + ": " + p + ": " + both[1]));
    }
    assertEquals("", String.join("\n", problems));
    assertTrue(count >= 40, "texts: " + count);
  }
}
