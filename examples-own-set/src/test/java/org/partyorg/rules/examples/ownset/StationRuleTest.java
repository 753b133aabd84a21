package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.examples.ownset.Fixtures.IN_TIME;
import static org.partyorg.rules.examples.ownset.Fixtures.X1_DEADLINE;
import static org.partyorg.rules.examples.ownset.Fixtures.enterprise;
import static org.partyorg.rules.examples.ownset.Fixtures.findings;
import static org.partyorg.rules.examples.ownset.Fixtures.highTech;
import static org.partyorg.rules.examples.ownset.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;

/**
 * X1: a high-tech enterprise with 50 or more staff has a party-and-mass service station by
 * 2026-12-31. Both sides of the threshold and of the deadline; the extra fact absent, false and
 * true; an unknown head-count.
 */
class StationRuleTest {
  @ParameterizedTest(name = "{0} staff, station {1}: {2}")
  @CsvSource({
    "49, false, NONE",
    "50, false, VIOLATED",
    "51, false, VIOLATED",
    "49, true,  NONE",
    "50, true,  SATISFIED",
    "51, true,  SATISFIED"})
  void fiftyStaffIsWhereTheStationIsRequired(int staff, boolean station, String expected) {
    List<Finding> found = findings(highTech(staff, station), IN_TIME, "X1");
    if (expected.equals("NONE")) {
      assertEquals(List.of(), found, "fewer than 50 staff: outside X1");
    } else {
      assertEquals(1, found.size(), found::toString);
      assertEquals(Outcome.valueOf(expected), found.get(0).getOutcome());
      assertEquals(Optional.of(staff), found.get(0).fact(ModelFacts.HEAD_COUNT));
      assertEquals(Optional.of(50), found.get(0).getFact(ModelFacts.HEAD_COUNT).flatMap(f -> f.getLimit()));
    }
  }

  @ParameterizedTest(name = "{0}: overdue {1}")
  @CsvSource({"2026-12-30, false", "2026-12-31, false", "2027-01-01, true"})
  void overdueOnlyAfterTheDeadlineDay(LocalDate asOf, boolean overdue) {
    Finding x1 = only(highTech(50, false), asOf, "X1");
    assertEquals(Outcome.VIOLATED, x1.getOutcome());
    assertEquals(Optional.of(X1_DEADLINE), x1.getDeadline());
    assertEquals(overdue, x1.isOverdue());
  }

  @Test
  void withoutTheExtraFactTheRuleCannotDecideAndNamesIt() {
    Finding x1 = only(highTech(120), IN_TIME, "X1");
    assertEquals(Outcome.UNDECIDED, x1.getOutcome(), "an absent extra fact is unknown, never false");
    assertEquals(List.of("serviceStation"), x1.getMissingFacts());
    assertEquals(Set.of(RequiredAction.SUPPLY_MISSING_FACTS), x1.getRequiredActions());
    assertFalse(x1.isOverdue());
    assertEquals(Optional.empty(), x1.fact("serviceStation"));
    assertEquals("缺少党群服务站建立情况，无法判断；请补报党群服务站建立情况。", x1.getMessageZh());
    assertEquals("Cannot decide without the information on whether a party-and-mass service station is set up; please"
        + " report it.", x1.getMessageEn());
  }

  @Test
  void withoutAStationTheFindingAsksForTheNewAction() {
    Finding x1 = only(highTech(120, false), IN_TIME, "X1");
    assertEquals(Outcome.VIOLATED, x1.getOutcome());
    assertEquals(Set.of(RequiredAction.of("SET_UP_SERVICE_STATION")), x1.getRequiredActions(),
        "a caller compares by code, without depending on this module");
    RequiredAction action = x1.getRequiredActions().iterator().next();
    assertEquals("建立党群服务站", action.chineseName());
    assertEquals("set up a party-and-mass service station", action.englishName());
    assertEquals(Optional.of(false), x1.fact("serviceStation"));
    assertEquals(Optional.of("X1.missing"), x1.getMessageTemplate().getKey());
    assertEquals("高新技术企业职工120人（50人以上），尚未建立党群服务站，应于2026年12月31日前建立党群服务站。", x1.getMessageZh());
    assertEquals("A high-tech enterprise with 120 staff (50 or more) and no party-and-mass service station: must set one"
        + " up by 31 December 2026.", x1.getMessageEn());
  }

  @Test
  void withAStationTheRuleIsMet() {
    Finding x1 = only(highTech(120, true), IN_TIME, "X1");
    assertEquals(Outcome.SATISFIED, x1.getOutcome());
    assertEquals(Set.of(), x1.getRequiredActions());
    assertEquals(Optional.of(true), x1.fact("serviceStation"));
    assertEquals(Optional.of("X1.met"), x1.getMessageTemplate().getKey());
    assertEquals("高新技术企业职工120人（50人以上），已建立党群服务站，符合要求。", x1.getMessageZh());
    assertEquals("A high-tech enterprise with 120 staff (50 or more) and a party-and-mass service station: requirement"
        + " met.", x1.getMessageEn());
    assertFalse(only(highTech(120, true), X1_DEADLINE.plusYears(1), "X1").isOverdue());
  }

  @Test
  void anUnknownHeadCountIsUndecidedNamingItNeverReadAsZero() {
    Finding both = only(enterprise().withTraits(Fixtures.HIGH_TECH), IN_TIME, "X1");
    assertEquals(Outcome.UNDECIDED, both.getOutcome());
    assertEquals(List.of("headCount", "serviceStation"), both.getMissingFacts());
    Finding headCount = only(enterprise().withTraits(Fixtures.HIGH_TECH)
        .withExtraFacts(Map.of("serviceStation", false)), IN_TIME, "X1");
    assertEquals(List.of("headCount"), headCount.getMissingFacts());
    assertEquals(Optional.of(false), headCount.fact("serviceStation"));
    assertEquals("缺少职工人数，无法判断；请补报职工人数。", headCount.getMessageZh());
    assertEquals("Cannot decide without the head-count; please report it.", headCount.getMessageEn());
  }

  @Test
  void anEnterpriseNotReportedAsHighTechIsOutsideX1() {
    assertEquals(List.of(), findings(enterprise().withHeadCount(500).withExtraFacts(Map.of("serviceStation", false)),
        IN_TIME, "X1"));
    assertEquals(List.of(), findings(enterprise(), IN_TIME, "X1"), "no trait is not an unknown trait");
  }

  @Test
  void theFindingCitesTheFictionalNoticeAndNamesTheSet() {
    Finding x1 = only(highTech(50, false), IN_TIME, "X1");
    assertEquals("example-hightech-2026", x1.getPolicySetId());
    assertEquals("X1", x1.getKey());
    assertEquals("一", x1.getCitation().getSection());
    assertEquals("职工人数50人以上的高新技术企业，应当于2026年12月31日前建立党群服务站。", x1.getCitation().getQuote());
    assertTrue(x1.getCitation().getDocument().getTitle().startsWith("示例文件（虚构，仅作演示）"));
  }
}
