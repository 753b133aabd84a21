package org.partyorg.rules.io.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partyorg.rules.core.Evaluator;

/** The shipped tables run as one dynamic test per case, named by the case. */
class ShippedTablesTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final List<String> TABLES = List.of("wuhan-2016", "hubei-cpa-2016", "hubei-science-societies-2016",
      "liaoning-2016", "hunan-benchmark-2020");

  private static CaseTable table(String set) throws IOException {
    String resource = "META-INF/partyorg-rules/cases/" + set + ".yaml";
    try (InputStream in = CaseTable.class.getClassLoader().getResourceAsStream(resource)) {
      return CaseTable.read(resource, in);
    }
  }

  @TestFactory
  Stream<DynamicTest> shippedTables() throws IOException {
    Stream<DynamicTest> all = Stream.empty();
    for (String set : TABLES) {
      List<CaseResult> results = table(set).run(EVALUATOR);
      all = Stream.concat(all, results.stream().map(r -> DynamicTest.dynamicTest(set + ": " + r.name(),
          () -> assertTrue(r.passed(), r::diff))));
    }
    return all;
  }

  /**
   * Parameters no single organisation's finding reads, so no case can stand on their edge:
   * portfolio targets (rates and their deadlines, measured over a register by CoverageReport and
   * tested there) and Hunan's selection quotas (a list of candidates, QuotaCheck).
   */
  private static final Map<String, Set<String>> EXEMPT = Map.of(
      "wuhan-2016", Set.of("coverageRate", "eligibleCoverageRate", "enterprisesWithMembersRate",
          "enterprisesWithOrganisationRate", "socialOrganisationsWithOrganisationRate", "targetDeadline"),
      "hubei-cpa-2016", Set.of("firmsWithMembersRate", "firmsWithMembersDeadline"),
      "hubei-science-societies-2016", Set.of("coverageRate", "targetDeadline"),
      "liaoning-2016", Set.of("enterpriseCoverageRate", "socialOrganisationCoverageRate", "nationalParkCoverageRate",
          "jointOrganisationGrowthFactor"),
      "hunan-benchmark-2020", Set.of("recommendationsPerCity", "directlyManagedSelections", "cityLevelSelections"));

  /**
   * Every shipped table stands on both sides of every edge of its set: each parameter a finding
   * reads has a case {@code at} it and one {@code below} (a threshold) or {@code above} (a cap);
   * each date a case on the day before, the day and the day after. The claims are checked by the
   * runner, so a case counts only where it really is on the edge.
   */
  @TestFactory
  Stream<DynamicTest> everyEdgeOfEverySetIsCovered() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String set : TABLES) {
      List<CaseResult> results = table(set).run(EVALUATOR);
      tests.add(DynamicTest.dynamicTest(set, () -> assertEquals(List.of(),
          CaseCoverage.uncovered(EVALUATOR.policySet(set), results, EXEMPT.getOrDefault(set, Set.of())))));
    }
    return tests.stream();
  }

  @Test
  void aTableWithoutTheOtherSideOfAnEdgeIsFound() throws IOException {
    List<CaseResult> one = yaml(FIRM.formatted("VIOLATED").replace("    expect:", "    covers: {organisationStaffThreshold: above}\n    expect:")
        .replace("headCount: 120", "headCount: 101")).run(EVALUATOR);
    assertTrue(one.get(0).passed(), one.get(0)::diff);
    List<String> gaps = CaseCoverage.uncovered(EVALUATOR.policySet("wuhan-2016"), one, EXEMPT.get("wuhan-2016"));
    assertTrue(gaps.contains("organisationStaffThreshold (100): no case at"), gaps::toString);
    assertFalse(gaps.stream().anyMatch(g -> g.startsWith("organisationStaffThreshold (100): no case below")), gaps::toString);
    assertTrue(gaps.contains("obligationDeadline (2016-11-30): no case dayBefore"), gaps::toString);
    IllegalArgumentException renamed = assertThrows(IllegalArgumentException.class,
        () -> CaseCoverage.uncovered(EVALUATOR.policySet("wuhan-2016"), one, Set.of("coverageRatio")));
    assertTrue(renamed.getMessage().contains("'coverageRatio' is not a parameter of wuhan-2016"), renamed::getMessage);
  }

  private static CaseTable yaml(String text) throws IOException {
    return CaseTable.read("test.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String FIRM = """
      format: partyorg-rules/cases
      version: 1
      cases:
        - name: wrong on purpose
          asOf: 2016-12-01
          sets: wuhan-2016
          organisation:
            creditCode: "91420106MA4KTEXT1G"
            name: 武汉示例科技有限公司
            category: NON_PUBLIC_ENTERPRISE
            divisionCode: "420102"
            headCount: 120
            formalMembers: 2
            probationaryMembers: 0
            partyOrganisation: {form: NONE}
          expect:
            W3: %s
      """;

  @Test
  void aWrongExpectationFailsWithADiff() throws IOException {
    CaseResult result = yaml(FIRM.formatted("SATISFIED")).run(EVALUATOR).get(0);
    assertFalse(result.passed());
    assertTrue(result.diff().contains("W3: expected SATISFIED, got VIOLATED"), result::diff);
    assertTrue(yaml(FIRM.formatted("{outcome: VIOLATED, overdue: true}")).run(EVALUATOR).get(0).passed());
  }

  @Test
  void anOrganisationTheModelRejectsFailsItsCaseNamingTheField() throws IOException {
    // 120 staff, 200 party members: more members than staff
    CaseResult result = yaml(FIRM.formatted("VIOLATED").replace("formalMembers: 2", "formalMembers: 200")).run(EVALUATOR).get(0);
    assertFalse(result.passed());
    assertTrue(result.diff().contains("test.yaml: case wrong on purpose: organisation.formalMembers"), result::diff);
    assertTrue(result.diff().contains("“200”"), result::diff);
  }

  @Test
  void aBadTableNamesFileCaseAndField() {
    CaseTableException e = assertThrows(CaseTableException.class, () -> yaml(FIRM.formatted("VIOLTED")));
    assertTrue(e.getMessage().contains("test.yaml: case wrong on purpose: expect.W3"), e::getMessage);
    assertTrue(e.getMessage().contains("VIOLTED"), e::getMessage);
    assertTrue(e.getMessage().contains("不是"), e::getMessage);
  }
}
