package org.partyorg.rules.io.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.core.Evaluator;

/** A {@code covers} claim holds on the real edge of its parameter only. */
class CoversTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();

  private static final String CASE = """
      format: partyorg-rules/cases
      version: 1
      cases:
        - name: edge
          asOf: %s
          sets: %s
          organisation:
            creditCode: "91420106MA4KTEXT1G"
            name: 武汉示例科技有限公司
            category: NON_PUBLIC_ENTERPRISE
            divisionCode: "420102"
            headCount: %d
            formalMembers: 2
            probationaryMembers: 0
            partyOrganisation: {form: NONE}
          absent: [W0]
          covers: {%s: %s}
      """;

  private static CaseResult run(String asOf, int headCount, String key, String side) throws IOException {
    return run(asOf, "wuhan-2016", headCount, key, side);
  }

  private static CaseResult run(String asOf, String sets, int headCount, String key, String side) throws IOException {
    String text = CASE.formatted(asOf, sets, headCount, key, side);
    return CaseTable.read("covers.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .run(EVALUATOR).get(0);
  }

  @Test
  void aThresholdIsCoveredOneUnitUnderAndAtItsValueOnly() throws IOException {
    // 三（二）“100人以上的建有党的组织”: 99 is one under, 100 is at
    assertEquals(List.of("wuhan-2016/organisationStaffThreshold:below"),
        run("2016-12-01", 99, "organisationStaffThreshold", "below").covered());
    assertEquals(List.of("wuhan-2016/organisationStaffThreshold:at"),
        run("2016-12-01", 100, "organisationStaffThreshold", "at").covered());
    CaseResult far = run("2016-12-01", 98, "organisationStaffThreshold", "below");
    assertFalse(far.passed());
    assertTrue(far.diff().contains("covers.organisationStaffThreshold: 不在organisationStaffThreshold（100）的below边上"), far::diff);
    assertTrue(far.diff().contains("the findings stay the same with it at 99"), far::diff);
    assertFalse(run("2016-12-01", 101, "organisationStaffThreshold", "at").passed());
    assertTrue(run("2016-12-01", 101, "organisationStaffThreshold", "above").passed());
    assertFalse(run("2016-12-01", 102, "organisationStaffThreshold", "above").passed());
  }

  @Test
  void aDeadlineIsCoveredOnTheDayBeforeOfAndAfterWhenAFindingReadsIt() throws IOException {
    // 三（二）“确保到11月底”: W3 reads obligationDeadline, 2016-11-30
    assertTrue(run("2016-11-29", 100, "obligationDeadline", "dayBefore").passed());
    assertTrue(run("2016-11-30", 100, "obligationDeadline", "on").passed());
    assertTrue(run("2016-12-01", 100, "obligationDeadline", "dayAfter").passed());
    CaseResult early = run("2016-11-28", 100, "obligationDeadline", "dayBefore");
    assertTrue(early.diff().contains("the as-of date must be 2016-11-29 (obligationDeadline is 2016-11-30), not 2016-11-28"),
        early::diff);
    assertTrue(early.diff().contains("评估日期应为2016年11月29日（obligationDeadline为2016年11月30日），实为2016年11月28日"),
        early::diff);
    // no W2/W3/W5 finding at 10 staff: the date is not what the case is about
    CaseResult unread = run("2016-11-30", 10, "obligationDeadline", "on");
    assertTrue(unread.diff().contains("no finding of the case reads obligationDeadline"), unread::diff);
  }

  @Test
  void aClaimNamesAParameterOfTheSetAndASideOfItsKind() throws IOException {
    assertTrue(run("2016-12-01", 100, "staffThreshold", "at").diff()
        .contains("'staffThreshold' is not a parameter of wuhan-2016"));
    assertTrue(run("2016-12-01", 100, "obligationDeadline", "at").diff()
        .contains("obligationDeadline is a date: its sides are dayBefore, on and dayAfter"));
    assertTrue(run("2016-12-01", 100, "organisationStaffThreshold", "on").diff()
        .contains("organisationStaffThreshold is a number: its sides are below, at and above"));
    // with several sets a claim names its set
    assertTrue(run("2016-12-01", "[wuhan-2016, hubei-cpa-2016]", 100, "organisationStaffThreshold", "at").diff()
        .contains("is not a policy set of the case"));
    assertTrue(run("2016-12-01", "[wuhan-2016, hubei-cpa-2016]", 100, "wuhan-2016/organisationStaffThreshold", "at").passed());
    CaseTableException bad = assertThrows(CaseTableException.class, () -> run("2016-12-01", 100, "organisationStaffThreshold", "edge"));
    assertTrue(bad.getMessage().contains("covers.organisationStaffThreshold: “edge”不是below、at、above、dayBefore、on、dayAfter之一"),
        bad::getMessage);
  }

  @Test
  void aValueInAMessageIsCutAndItsInvisibleCharactersEscaped() {
    assertEquals("a\\nb\\u202Ec", CaseTable.cut("a\nb\u202Ec"));
    assertEquals("x".repeat(64), CaseTable.cut("x".repeat(64)));
    assertEquals("x".repeat(64) + "…", CaseTable.cut("x".repeat(65)));
  }
}
