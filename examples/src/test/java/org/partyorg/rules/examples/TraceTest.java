package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.core.Evaluator;

/**
 * The trace of an answer: for Wuhan's W3 on both sides of its 100-staff threshold, the
 * comparison, the relation that holds and the parameter with its citation, in the document's set
 * and in a what-if at 80; the deadline on the day before, the day of and the day after; an
 * undecided finding's missing facts; Liaoning's cap (L5, 3) and Hunan's (B11, 5); the sets that
 * did not apply and why; and the texts in both languages.
 */
class TraceTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final LocalDate AS_OF = LocalDate.of(2016, 11, 30);
  private static final String W3_QUOTE = "100人以上的建有党的组织";

  /** An organisation of {@code division} with its members reported: what every case here starts from. */
  private static Organisation.Builder organisation(String division, String serial, String name,
      OrganisationCategory category, int formalMembers) {
    return Organisation.builder()
        .creditCode(SampleOrganisations.code("91", division, serial))
        .name(name)
        .category(category)
        .divisionCode(division)
        .formalMembers(formalMembers)
        .probationaryMembers(0);
  }

  private static Organisation wuhan(Integer staff) {
    var builder = organisation("420106", "MA0TR0001", "武汉某科技有限公司", OrganisationCategory.NON_PUBLIC_ENTERPRISE, 2)
        .partyOrganisation(PartyOrganisation.none());
    if (staff != null) {
      builder.headCount(staff);
    }
    return builder.build();
  }

  private static Trace.Step w3(Trace trace) {
    return trace.step("wuhan-2016", "W3").orElseThrow(() -> new AssertionError("no W3 in " + trace.text(Locale.ENGLISH)));
  }

  @Test
  void w3ShowsTheComparisonTheRelationAndTheParameterWithItsCitation() {
    assertTrue(EVALUATOR.trace(wuhan(99), AS_OF).step("wuhan-2016", "W3").isEmpty(), "99 staff: W3 does not speak");
    for (int staff : new int[] {100, 101}) {
      Trace trace = EVALUATOR.trace(wuhan(staff), AS_OF);
      Trace.Step step = w3(trace);
      assertEquals(Outcome.VIOLATED, step.outcome());
      Trace.Comparison headCount = step.comparisons().stream().filter(c -> c.name().equals("headCount")).findFirst().orElseThrow();
      assertEquals(Optional.of(staff), headCount.value());
      assertEquals(100, headCount.limit());
      assertEquals(Optional.of(staff == 100 ? Trace.Relation.EQUAL : Trace.Relation.GREATER), headCount.relation());
      Parameter parameter = headCount.parameter().orElseThrow();
      assertEquals("organisationStaffThreshold", parameter.getKey());
      assertEquals(0, parameter.getValue().compareTo(BigDecimal.valueOf(100)));
      assertTrue(parameter.getCitation().getQuote().contains(W3_QUOTE), parameter.getCitation()::getQuote);
      assertEquals(step.citation(), parameter.getCitation());
      assertEquals(List.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION), List.copyOf(step.requiredActions()));
      String zh = trace.text(Locale.SIMPLIFIED_CHINESE);
      assertTrue(zh.contains("比较：职工人数" + staff + "人，" + (staff == 100 ? "等于" : "大于") + "100人（限值依据《"), zh);
      assertTrue(zh.contains("三（二）：“非公经济组织党组织集中组建工作") && zh.contains(W3_QUOTE), zh);
      String en = trace.text(Locale.ENGLISH);
      assertTrue(en.contains("head-count " + staff + " persons is " + (staff == 100 ? "equal to" : "greater than")
          + " 100 persons (the limit set by the document 《"), en);
    }
  }

  @Test
  void aWhatIfAtEightyShowsEightyAndTheSameCitation() {
    Evaluator variant = EVALUATOR.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
    Trace below = variant.trace(wuhan(79), AS_OF);
    assertTrue(below.step("wuhan-2016", "W3").isEmpty());
    Trace trace = variant.trace(wuhan(99), AS_OF);
    Trace.Comparison headCount = w3(trace).comparisons().get(0);
    assertEquals(80, headCount.limit());
    assertEquals(Optional.of(Trace.Relation.GREATER), headCount.relation());
    Parameter parameter = headCount.parameter().orElseThrow();
    assertEquals(0, parameter.getValue().compareTo(BigDecimal.valueOf(80)));
    assertEquals(w3(trace).citation(), parameter.getCitation(), "the same citation as the document's");
    Trace.SetCheck wuhan = trace.getPolicySets().stream().filter(s -> s.policySetId().equals("wuhan-2016")).findFirst().orElseThrow();
    assertEquals(List.of("organisationStaffThreshold"), List.copyOf(wuhan.overrides().keySet()));
    String zh = trace.text(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("部分参数经调整：职工人数的限值80人。"), zh);
    assertTrue(zh.contains("职工人数99人，大于80人（限值经调整，原依据《"), zh);
    assertTrue(variant.trace(wuhan(99), AS_OF).text(Locale.ENGLISH).contains("with some parameters changed: head-count limit 80 persons."),
        () -> trace.text(Locale.ENGLISH));
    assertTrue(zh.contains(W3_QUOTE), zh);
    // several changed: a list as every text writes one
    Trace three = EVALUATOR.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80, "coverageRate", "0.75",
        "formationDeadline", "2016-12-05")).trace(wuhan(99), AS_OF);
    String zhThree = three.text(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zhThree.contains("部分参数经调整：职工人数的限值80人、比例75%、期限2016年12月5日。"), zhThree);
    String enThree = three.text(Locale.ENGLISH);
    assertTrue(enThree.contains("with some parameters changed: head-count limit 80 persons, rate 75% and deadline"
        + " 5 December 2016."), enThree);
  }

  @Test
  void theDeadlineDayIsInTimeTheDayAfterIsOverdue() {
    LocalDate deadline = LocalDate.of(2016, 11, 30);
    Object[][] cases = {
      {deadline.minusDays(1), Trace.Timing.BEFORE_DEADLINE, false, "判断日期2016年11月29日在期限之前。"},
      {deadline, Trace.Timing.ON_DEADLINE, false, "判断日期2016年11月30日即期限当日，仍在期限内。"},
      {deadline.plusDays(1), Trace.Timing.AFTER_DEADLINE, true, "判断日期2016年12月1日已过期限，已逾期。"},
    };
    for (Object[] c : cases) {
      Trace trace = EVALUATOR.trace(wuhan(120), (LocalDate) c[0]);
      Trace.DeadlineCheck check = w3(trace).deadline().orElseThrow();
      assertEquals(deadline, check.deadline());
      assertEquals(c[1], check.timing());
      assertEquals(c[2], check.overdue());
      assertEquals("obligationDeadline", check.parameter().orElseThrow().getKey());
      assertEquals("timing " + check.timing().code(), "timing " + ((Trace.Timing) c[1]).code());
      String zh = trace.text(Locale.SIMPLIFIED_CHINESE);
      assertTrue(zh.contains("期限：应于2016年11月30日前完成；" + c[3]), zh);
      assertEquals((boolean) c[2], zh.contains("【W3】不符合要求，已逾期："), zh);
    }
  }

  @Test
  void anUndecidedFindingNamesItsMissingFacts() {
    Trace trace = EVALUATOR.trace(wuhan(null), AS_OF);
    Trace.Step step = w3(trace);
    assertEquals(Outcome.UNDECIDED, step.outcome());
    assertEquals(List.of("headCount"), step.missingFacts().stream().map(t -> t.getName()).toList());
    Trace.Comparison headCount = step.comparisons().get(0);
    assertEquals(Optional.empty(), headCount.value());
    assertEquals(Optional.empty(), headCount.relation());
    String zh = trace.text(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("缺少的事实：职工人数。"), zh);
    assertTrue(zh.contains("比较：职工人数不详，无法与100人比较。"), zh);
    assertTrue(trace.text(Locale.ENGLISH).contains("Facts missing: "), trace.text(Locale.ENGLISH));
  }

  @Test
  void setsThatDidNotApplySayWhy() {
    Trace trace = EVALUATOR.trace(wuhan(120), AS_OF);
    for (Trace.SetCheck set : trace.getPolicySets()) {
      switch (set.policySetId()) {
        case "wuhan-2016" -> assertTrue(set.applied());
        case "liaoning-2016" -> assertEquals(List.of(Trace.NotApplied.OUTSIDE_DIVISIONS), set.reasons());
        case "hubei-cpa-2016", "hubei-science-societies-2016" ->
            assertEquals(List.of(Trace.NotApplied.OUTSIDE_CATEGORIES), set.reasons());
        case "hunan-benchmark-2020" ->
            assertEquals(List.of(Trace.NotApplied.OUTSIDE_DIVISIONS, Trace.NotApplied.OUTSIDE_CATEGORIES,
                Trace.NotApplied.NOT_YET_IN_FORCE), set.reasons());
        default -> { }
      }
      assertEquals(set.applied(), set.reasons().isEmpty());
    }
    Trace asked = EVALUATOR.trace(wuhan(120), AS_OF, "liaoning-2016");
    assertEquals(List.of(Trace.NotApplied.NOT_REQUESTED), asked.getPolicySets().stream()
        .filter(s -> s.policySetId().equals("wuhan-2016")).findFirst().orElseThrow().reasons());
    String zh = trace.text(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("：所在地区不在其适用范围内；组织类别不在其适用范围内；判断日期早于其施行日期2020年7月24日。"), zh);
  }

  @Test
  void liaoningsCapOfThreeIsTheLimitOfL5() {
    var joint = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).jointScope(JointScope.BETWEEN_ENTERPRISES);
    for (int i = 0; i < 4; i++) {
      joint.addCoveredOrganisations(SampleOrganisations.code("91", "210102", "MB000000" + i));
    }
    Organisation enterprise = organisation("210102", "MA0TR0002", "沈阳某贸易有限公司",
            OrganisationCategory.NON_PUBLIC_ENTERPRISE, 1)
        .headCount(30)
        .partyOrganisation(joint.build())
        .build();
    Trace trace = EVALUATOR.trace(enterprise, LocalDate.of(2016, 12, 1));
    Trace.Step step = trace.step("liaoning-2016", "L5").orElseThrow(() -> new AssertionError(trace.text(Locale.ENGLISH)));
    Trace.Comparison cap = step.comparisons().stream().filter(c -> c.parameter().isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError(trace.text(Locale.ENGLISH)));
    assertEquals("jointEnterpriseCap", cap.parameter().get().getKey());
    assertEquals(3, cap.limit());
    assertEquals(Optional.of(Trace.Relation.GREATER), cap.relation());
    assertFalse(cap.parameter().get().getCitation().getQuote().isBlank());
    assertTrue(trace.text(Locale.SIMPLIFIED_CHINESE).contains("，大于3个（限值依据《"), trace.text(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void hunansCapOfFivePlatformsIsTheLimitOfB11() {
    BranchStructure.Builder structure = BranchStructure.builder();
    for (int i = 1; i <= 6; i++) {
      structure.addPlatforms(QualificationPlatform.of("平台" + i, 1));
    }
    Organisation firm = organisation("430102", "MA0TR0003", "湖南某会计师事务所", OrganisationCategory.ACCOUNTING_FIRM, 1)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).level(PartyOrganisationLevel.BRANCH)
            .jointScope(JointScope.CO_LOCATED_PLATFORMS).structure(structure.build()).build())
        .build();
    Trace trace = EVALUATOR.trace(firm, LocalDate.of(2021, 6, 30));
    Trace.Step step = trace.step("hunan-benchmark-2020", "B11").orElseThrow(() -> new AssertionError(trace.text(Locale.ENGLISH)));
    Trace.Comparison cap = step.comparisons().stream()
        .filter(c -> c.parameter().filter(p -> p.getKey().equals("jointBranchMaxPlatforms")).isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError(trace.text(Locale.ENGLISH)));
    assertEquals(5, cap.limit());
    assertEquals(Optional.of(6), cap.value());
    assertEquals(Optional.of(Trace.Relation.GREATER), cap.relation());
    assertEquals(Outcome.VIOLATED, step.outcome());
  }

  /**
   * Every line of the traces of a generated sample passes the project's checks of texts
   * ({@link MessageChecks}), in both languages, under a what-if too. The title ends with a colon
   * and the heading of a finding (【W3】, [W3]) names the finding by its key: both are stripped
   * before the check, the rest of the line is a sentence like any other.
   */
  @Test
  void theTextsOfASamplePassTheChecks() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20161130L);
    java.util.Set<String> problems = new java.util.TreeSet<>();
    Evaluator variant = EVALUATOR.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80,
        "obligationDeadline", LocalDate.of(2016, 12, 15)));
    int traced = 0;
    for (org.partyorg.rules.api.PolicySet set : EVALUATOR.policySets()) {
      var organisations = org.partyorg.rules.testkit.OrganisationGen.forPolicySet(set).build();
      LocalDate asOf = set.effectivePeriod().getFrom().getYear() < 2020 ? LocalDate.of(2016, 12, 1) : LocalDate.of(2021, 6, 30);
      for (int i = 0; i < 150; i++) {
        Organisation organisation = organisations.generate(random).value();
        if (!EVALUATOR.validator().violations(organisation, asOf).isEmpty()) {
          continue;
        }
        for (Evaluator evaluator : List.of(EVALUATOR, variant)) {
          Trace trace = evaluator.trace(organisation, asOf);
          traced++;
          check(trace.text(Locale.SIMPLIFIED_CHINESE), true, problems);
          check(trace.text(Locale.ENGLISH), false, problems);
        }
      }
    }
    assertTrue(traced > 500, "traced " + traced);
    assertEquals("", String.join("\n", problems));
  }

  private static void check(String text, boolean chinese, java.util.Set<String> problems) {
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip().replaceFirst(chinese ? "^【[^】]+】" : "^\\[[^\\]]+\\] ", "");
      if (!chinese && !line.isEmpty()) {
        // the heading's outcome follows the key in lower case: "[W3] requirement met: ..."
        line = Character.toUpperCase(line.charAt(0)) + line.substring(1);
      }
      // Waived, and only this: on English lines quoting a title in 《》 whose own “” the checker
      // takes for the end of a quote, Chinese outside quotes. Codes in facts are named by their
      // fact types (FactType.naming), so the code checks hold on every line.
      boolean title = !chinese && line.contains("《");
      String checked = line;
      (chinese ? org.partyorg.rules.testkit.MessageChecks.chinese(checked) : org.partyorg.rules.testkit.MessageChecks.english(checked))
          .stream()
          .filter(p -> !(title && p.startsWith("Chinese “")))
          .forEach(p -> problems.add(p + ": " + checked));
    }
  }
}
