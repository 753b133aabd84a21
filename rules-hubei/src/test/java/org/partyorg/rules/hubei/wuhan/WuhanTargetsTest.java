package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.hubei.TestOrganisations;

/** W1 and W11 as data, and the parameters the rules read. */
class WuhanTargetsTest {
  private static final PolicySet WUHAN = Wuhan2016.build();

  private static Target target(String ruleId, String key) {
    return WUHAN.targets().stream()
        .filter(t -> t.getRuleId().equals(ruleId) && t.getKey().equals(key))
        .findFirst().orElseThrow();
  }

  @Test
  void w1_eightyPercentByTheEndOf2016_shellZombieShadowOutOfTheBase() {
    Target coverage = target("W1", "coverage");
    assertEquals(0, new BigDecimal("0.80").compareTo(coverage.getRate().orElseThrow()));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 31)), coverage.getDeadline());
    assertEquals(Set.of(OutsideBaseRule.SHELL, OutsideBaseRule.ZOMBIE, OutsideBaseRule.SHADOW), coverage.getExcludedTraits());
    assertTrue(coverage.getCitations().containsAll(List.of(Wuhan2016.W1, Wuhan2016.W1_YEAR_END, OutsideBaseRule.CITATION)));
    Target eligible = target("W1", "eligibleCoverage");
    assertEquals(0, BigDecimal.ONE.compareTo(eligible.getRate().orElseThrow()));
    assertEquals(WUHAN.parameter(Wuhan2016.COVERAGE_RATE).orElseThrow().getValue(), coverage.getRate().orElseThrow());
  }

  @Test
  void w11_perOrganisationObligationsUseTheEndOfNovemberAndCiteBothSentences() {
    for (String key : List.of("enterprisesWithMembers", "enterprisesWithOrganisation", "socialOrganisationsWithOrganisation")) {
      Target target = target("W11", key);
      assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), target.getDeadline(), key);
      assertTrue(target.getCitations().stream().anyMatch(c -> c.getQuote().contains("11月底")), key);
      assertTrue(target.getCitations().stream().anyMatch(c -> c.getQuote().contains("12月底")), key);
    }
  }

  @Test
  void w11_timetable() {
    List<Phase> phases = WUHAN.phases();
    assertTrue(phases.stream().allMatch(p -> p.getRuleId().equals("W11")));
    Phase formation = phases.stream().filter(p -> p.getNameZh().equals("抓好集中组建")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2016, 11, 20), formation.getUntil());
    Phase inspection = phases.stream().filter(p -> p.getNameZh().equals("组织检查验收")).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2016, 11, 21)), inspection.getFrom());
    assertEquals(LocalDate.of(2016, 12, 5), inspection.getUntil());
    Phase consolidation = phases.stream().filter(p -> p.getNameZh().equals("建立长效机制")).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2016, 12, 6)), consolidation.getFrom());
    assertEquals(LocalDate.of(2016, 12, 30), consolidation.getUntil());
    assertTrue(phases.stream().anyMatch(p -> p.getReportingDaysOfMonth().equals(List.of(10, 25))));
  }

  @Test
  void everyThresholdIsANamedCitedParameter() {
    assertEquals(50, WUHAN.parameter(MembersRule.STAFF_THRESHOLD.getKey()).orElseThrow().intValue());
    assertEquals(100, WUHAN.parameter(LargeEnterpriseRule.STAFF_THRESHOLD.getKey()).orElseThrow().intValue());
    assertEquals(30, WUHAN.parameter(SocialOrganisationRule.STAFF_THRESHOLD.getKey()).orElseThrow().intValue());
    assertEquals(3, WUHAN.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(Optional.of("headCount"), WUHAN.parameter(MembersRule.STAFF_THRESHOLD.getKey()).orElseThrow().getFact());
    assertEquals(SocialOrganisationRule.ENTITIES_CITATION, WUHAN.parameter(SocialOrganisationRule.STAFF_THRESHOLD.getKey()).orElseThrow().getCitation());
  }

  @Test
  void rulesReadTheirThresholdsFromTheParameters() {
    PolicySet whatIf = Wuhan2016.build(Map.of(MembersRule.STAFF_THRESHOLD.getKey(), BigDecimal.valueOf(40),
        LargeEnterpriseRule.STAFF_THRESHOLD.getKey(), BigDecimal.valueOf(80)));
    var firm = TestOrganisations.enterprise().withHeadCount(80).withFormalMembers(0).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
    LocalDate asOf = LocalDate.of(2016, 10, 1);
    assertNoFinding(WUHAN.assess(firm, asOf), "W3");
    assertEquals(Outcome.VIOLATED, only(whatIf.assess(firm, asOf), "W3").getOutcome());
    assertEquals(Outcome.VIOLATED, only(whatIf.assess(firm.withHeadCount(40), asOf), "W2").getOutcome());
    assertNoFinding(WUHAN.assess(firm.withHeadCount(40), asOf), "W2");
  }

  @Test
  void aWhatIfThresholdThatIsNotAWholeNumberOfPersonsIsRejectedWhenTheSetIsBuilt() {
    IllegalArgumentException staff = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Wuhan2016.build(Map.of(MembersRule.STAFF_THRESHOLD.getKey(), new BigDecimal("49.5"))));
    org.junit.jupiter.api.Assertions.assertTrue(staff.getMessage().startsWith("policy set wuhan-2016 cannot take the overrides:"
        + " parameter membersStaffThreshold (count) cannot be 49.5: it takes a whole number from 0 to 10000000. Its parameters:"
        + " membersStaffThreshold (count, persons, 50), "), staff.getMessage());
    IllegalArgumentException members = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Wuhan2016.build(Map.of("standaloneFormalMembers", new BigDecimal("1E+12"))));
    org.junit.jupiter.api.Assertions.assertTrue(members.getMessage().contains(
        "parameter standaloneFormalMembers (count) cannot be 1000000000000: it takes a whole number from 0 to 10000000"),
        members.getMessage());
  }
}
