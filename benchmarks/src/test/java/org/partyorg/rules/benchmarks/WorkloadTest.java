package org.partyorg.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/**
 * The workload is deterministic, and its records sit on both sides of every threshold the
 * exercised rules compare with, in both regions: agreement on it is not agreement on easy cases.
 */
class WorkloadTest {
  private static List<Organisation> sample;

  @BeforeAll
  static void generate() {
    sample = List.of(Workload.generate(Workload.DEFAULT_SEED, Workload.SAMPLE_SIZE));
  }

  @Test
  void aRecordDependsOnlyOnTheSeedAndItsIndex() {
    for (int i : new int[] {0, 1, 4_999, Workload.SAMPLE_SIZE - 1}) {
      assertEquals(sample.get(i), Workload.record(Workload.DEFAULT_SEED, i));
    }
    assertEquals(sample.subList(0, 1_000), Workload.list(Workload.DEFAULT_SEED, 1_000));
    assertNotEquals(sample.subList(0, 100), Workload.list(Workload.DEFAULT_SEED + 1, 100));
  }

  @Test
  void everyRecordReportsBeingInNoParkAndTheHandWrittenRulesRefuseAnyOtherPark() {
    assertTrue(sample.stream().allMatch(r -> r.getPark().equals(Optional.of(Park.none()))));
    Organisation record = sample.get(0);
    int[] out = new int[Codes.MAX_PER_RECORD];
    HandWritten.assess(record, Workload.AS_OF, out);
    // unreported is not "in no park": the library would answer L12 UNDECIDED, which the yardstick does not know
    assertThrows(IllegalArgumentException.class,
        () -> HandWritten.assess(record.withPark(Optional.empty()), Workload.AS_OF, out));
    assertThrows(IllegalArgumentException.class,
        () -> HandWritten.assess(record.withPark(Park.of("沈阳经济技术开发区", ParkLevel.NATIONAL)), Workload.AS_OF, out));
  }

  @Test
  void creditCodesAreValidAndDistinct() {
    Set<String> codes = new HashSet<>();
    for (Organisation record : sample) {
      assertTrue(UnifiedSocialCreditCode.isValid(record.getCreditCode()), record.getCreditCode());
      assertTrue(codes.add(record.getCreditCode()), "twice: " + record.getCreditCode());
      for (String covered : record.getPartyOrganisation().get().getCoveredOrganisations()) {
        assertTrue(UnifiedSocialCreditCode.isValid(covered), covered);
      }
    }
  }

  @Test
  void bothRegionsHaveRecordsOnBothSidesOfTheStaffThresholds() {
    for (String region : List.of("4201", "21")) {
      for (int threshold : new int[] {50, 100}) {
        int limit = threshold;
        assertSome(region + ": " + (limit - 1) + " staff", region, r -> r.getHeadCount().getAsInt() == limit - 1);
        assertSome(region + ": " + limit + " staff", region, r -> r.getHeadCount().getAsInt() == limit);
      }
      assertSome(region + ": fewer than 50 staff", region, r -> r.getHeadCount().getAsInt() < 47);
      assertSome(region + ": more than 100 staff", region, r -> r.getHeadCount().getAsInt() > 102);
    }
  }

  @Test
  void bothRegionsHaveEveryMemberBandAndEveryFormInIt() {
    for (String region : List.of("4201", "21")) {
      for (PartyOrganisationForm form : EnumSet.of(PartyOrganisationForm.NONE, PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT)) {
        assertSome(region + ": 3 formal members, " + form, region, r -> formal(r) == 3 && form(r) == form);
        assertSome(region + ": 2 formal members, " + form, region, r -> formal(r) == 2 && form(r) == form);
        assertSome(region + ": probationary members only, " + form, region,
            r -> formal(r) == 0 && r.getProbationaryMembers().getAsInt() > 0 && form(r) == form);
      }
      assertSome(region + ": no member, no organisation", region, r -> members(r) == 0 && form(r) == PartyOrganisationForm.NONE);
      assertSome(region + ": no member, joint", region, r -> members(r) == 0 && form(r) == PartyOrganisationForm.JOINT);
      assertSome(region + ": no member, complete work coverage", region,
          r -> members(r) == 0 && r.getWorkCoverage().get().isComplete());
      assertSome(region + ": no member, incomplete work coverage", region,
          r -> members(r) == 0 && !r.getWorkCoverage().get().isComplete());
    }
  }

  @Test
  void liaoningHasJointOrganisationsOnBothSidesOfTheThreeEnterpriseCap() {
    for (int enterprises = 2; enterprises <= 5; enterprises++) {
      int count = enterprises;
      assertSome("between enterprises, " + count + " of them", "21",
          r -> scope(r) == JointScope.BETWEEN_ENTERPRISES && enterprisesCounted(r) == count);
    }
    assertSome("a joint organisation that does not list the reporting enterprise", "21",
        r -> scope(r) == JointScope.BETWEEN_ENTERPRISES
            && !r.getPartyOrganisation().get().getCoveredOrganisations().contains(r.getCreditCode()));
    assertSome("a joint organisation around a building (no cap)", "21",
        r -> scope(r) == JointScope.COMMERCIAL_BUILDING && enterprisesCounted(r) > 3);
  }

  @Test
  void liaoningHasBudgetsExactlyAtAndOneFenBelowOnePercentOfWages() {
    assertSome("budget exactly 1% of wages", "21", r -> budgetMinusOnePercent(r).signum() == 0);
    assertSome("budget one fen below 1% of wages", "21",
        r -> budgetMinusOnePercent(r).compareTo(new BigDecimal("-0.01")) == 0);
    assertSome("budget below 1% of wages by less than a fen", "21",
        r -> budgetMinusOnePercent(r).signum() < 0 && budgetMinusOnePercent(r).compareTo(new BigDecimal("-0.01")) > 0);
    assertSome("budget well above 1% of wages", "21", r -> budgetMinusOnePercent(r).compareTo(BigDecimal.TEN) > 0);
  }

  @Test
  void codeTablesMatchTheirConstants() {
    assertEquals(List.of("N1", "N2", "N3", "W2", "W3", "W7", "W8", "W12", "L3", "L4", "L5", "L10", "L11", "L13"),
        List.of(Codes.N1, Codes.N2, Codes.N3, Codes.W2, Codes.W3, Codes.W7, Codes.W8, Codes.W12,
                Codes.L3, Codes.L4, Codes.L5, Codes.L10, Codes.L11, Codes.L13)
            .stream().map(Codes.RULE_IDS::get).toList());
    int code = Codes.code(Codes.WUHAN, Codes.W12, Codes.ADVISORY);
    assertEquals("wuhan-2016", Codes.setId(code));
    assertEquals("W12", Codes.ruleId(code));
    assertEquals(Outcome.ADVISORY, Codes.outcome(code));
    assertEquals("liaoning-2016/L13 UNDECIDED", Codes.describe(Codes.code(Codes.LIAONING, Codes.L13, Codes.UNDECIDED)));
  }

  private static void assertSome(String what, String region, Predicate<Organisation> condition) {
    long count = sample.stream().filter(r -> r.getDivisionCode().startsWith(region)).filter(condition).count();
    assertTrue(count >= 20, what + ": " + count + " records");
  }

  private static int formal(Organisation r) {
    return r.getFormalMembers().getAsInt();
  }

  private static int members(Organisation r) {
    return formal(r) + r.getProbationaryMembers().getAsInt();
  }

  private static PartyOrganisationForm form(Organisation r) {
    return r.getPartyOrganisation().get().getForm();
  }

  private static JointScope scope(Organisation r) {
    return r.getPartyOrganisation().get().getJointScope().orElse(null);
  }

  private static int enterprisesCounted(Organisation r) {
    PartyOrganisation party = r.getPartyOrganisation().get();
    Set<String> enterprises = new HashSet<>(party.getCoveredOrganisations());
    enterprises.add(r.getCreditCode());
    return enterprises.size();
  }

  private static BigDecimal budgetMinusOnePercent(Organisation r) {
    Finances finances = r.getFinances().get();
    return finances.getPartyBuildingBudget().get().subtract(finances.getAnnualWages().get().movePointLeft(2));
  }
}
