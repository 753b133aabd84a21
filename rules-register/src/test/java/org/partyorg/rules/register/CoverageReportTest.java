package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.register.Registers.AS_OF;
import static org.partyorg.rules.register.Registers.CHANGSHA;
import static org.partyorg.rules.register.Registers.CPA;
import static org.partyorg.rules.register.Registers.EVALUATOR;
import static org.partyorg.rules.register.Registers.HONGSHAN;
import static org.partyorg.rules.register.Registers.LIAONING;
import static org.partyorg.rules.register.Registers.SHENYANG;
import static org.partyorg.rules.register.Registers.SOCIETIES;
import static org.partyorg.rules.register.Registers.WUCHANG;
import static org.partyorg.rules.register.Registers.WUHAN;
import static org.partyorg.rules.register.Registers.YICHANG;
import static org.partyorg.rules.register.Registers.branch;
import static org.partyorg.rules.register.Registers.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.AssessmentResult;

class CoverageReportTest {
  private static List<Organisation> societies(int covered, int uncovered) {
    List<Organisation> register = new ArrayList<>();
    for (int i = 0; i < covered; i++) {
      register.add(organisation(OrganisationCategory.ACADEMIC_SOCIETY, WUCHANG).partyOrganisation(branch()).build());
    }
    for (int i = 0; i < uncovered; i++) {
      register.add(organisation(OrganisationCategory.ACADEMIC_SOCIETY, YICHANG).partyOrganisation(PartyOrganisation.none()).build());
    }
    return register;
  }

  private static CoverageReport report(List<Organisation> register) {
    return CoverageReport.of(EVALUATOR, AS_OF).over(register.stream());
  }

  @Test
  void ninetyEightOf141IsNotSeventyPerCent() {
    TargetCoverage s1 = report(societies(98, 43)).target(SOCIETIES, "coverage");
    assertEquals(141, s1.total().base());
    assertEquals(98, s1.total().covered());
    assertEquals(new BigDecimal("69.50"), s1.total().rateShown().orElseThrow());
    assertEquals(Verdict.NOT_MET, s1.verdict());
    assertEquals(Optional.of(1L), s1.total().shortfall());
    assertEquals(43, s1.uncoveredCount());
  }

  @Test
  void ninetyNineOf141Is() {
    TargetCoverage s1 = report(societies(99, 42)).target(SOCIETIES, "coverage");
    assertEquals(new BigDecimal("70.21"), s1.total().rateShown().orElseThrow());
    assertEquals(Verdict.MET, s1.verdict());
    assertEquals(Optional.of(0L), s1.total().shortfall());
  }

  @Test
  void anUnreportedPartyOrganisationThatCouldTipTheRateLeavesItUndecided() {
    List<Organisation> register = new ArrayList<>(societies(98, 42));
    register.add(organisation(OrganisationCategory.ACADEMIC_SOCIETY, WUCHANG).build());
    TargetCoverage s1 = report(register).target(SOCIETIES, "coverage");
    assertEquals(140, s1.total().base());
    assertEquals(1, s1.total().undecided());
    assertEquals(Verdict.UNDECIDED, s1.verdict());
    // once the rate is safe whatever it turns out to be, the unknown does not matter
    // 99 of 142 would still miss; 101 of 144 reaches 70% even with the unknown one uncovered
    for (int i = 0; i < 3; i++) {
      register.add(0, organisation(OrganisationCategory.ACADEMIC_SOCIETY, WUCHANG).partyOrganisation(branch()).build());
    }
    assertEquals(Verdict.MET, report(register).target(SOCIETIES, "coverage").verdict());
  }

  @Test
  void societiesCountACouncilWorkGroupButNotWorkCoverage() {
    Organisation council = organisation(OrganisationCategory.ACADEMIC_SOCIETY, WUCHANG)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build()).build();
    Organisation work = organisation(OrganisationCategory.ACADEMIC_SOCIETY, WUCHANG).partyOrganisation(PartyOrganisation.none())
        .workCoverage(WorkCoverage.builder().instructorAssigned(true).build()).build();
    Figures s1 = report(List.of(council, work)).target(SOCIETIES, "coverage").total();
    assertEquals(2, s1.base());
    assertEquals(1, s1.covered());
  }

  @Test
  void anAccountingFirmInWuhanCountsUnderBothItsSets() {
    Organisation firm = organisation(OrganisationCategory.ACCOUNTING_FIRM, WUCHANG)
        .headCount(10).formalMembers(1).probationaryMembers(0).partyOrganisation(PartyOrganisation.none()).build();
    CoverageReport report = report(List.of(firm));
    assertEquals(1, report.assessed());
    TargetCoverage h3 = report.target(CPA, "firmsWithMembers");
    assertEquals(1, h3.total().base());
    assertEquals(1, h3.total().covered());
    TargetCoverage w11 = report.target(WUHAN, "socialOrganisationsWithOrganisation");
    assertEquals(1, w11.total().base());
    assertEquals(0, w11.total().covered());
    Uncovered uncovered = w11.uncovered().get(0);
    assertEquals(firm.getCreditCode(), uncovered.organisation().getCreditCode());
    assertFalse(uncovered.actions().isEmpty(), "the firm owes a party organisation under the Wuhan plan");
    Optional<LocalDate> earliest = EVALUATOR.assess(firm, AS_OF).getFindings().stream()
        .filter(f -> f.getPolicySetId().equals(WUHAN) && f.getOutcome() == Outcome.VIOLATED)
        .flatMap(f -> f.getDeadline().stream()).min(LocalDate::compareTo);
    assertTrue(earliest.isPresent());
    assertEquals(earliest, uncovered.deadline());
    assertTrue(uncovered.isOverdue());
  }

  @Test
  void wuhanCpaMembersTargetCountsProbationaryMembersAndNotAFirmWithoutAny() {
    Organisation probationary = organisation(OrganisationCategory.ACCOUNTING_FIRM, YICHANG)
        .formalMembers(0).probationaryMembers(1).build();
    Organisation none = organisation(OrganisationCategory.ACCOUNTING_FIRM, YICHANG).formalMembers(0).probationaryMembers(0).build();
    Organisation unknown = organisation(OrganisationCategory.ACCOUNTING_FIRM, YICHANG).formalMembers(0).build();
    Figures h3 = report(List.of(probationary, none, unknown)).target(CPA, "firmsWithMembers").total();
    assertEquals(2, h3.base());
    assertEquals(1, h3.covered());
    assertEquals(1, h3.undecided());
  }

  @Test
  void wuhanEnterpriseBandsBothSides() {
    List<Organisation> register = List.of(
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(49).formalMembers(0).probationaryMembers(0).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(50).formalMembers(0).probationaryMembers(0).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(99).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(100).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).partyOrganisation(PartyOrganisation.none()).build());
    CoverageReport report = report(register);
    Figures members = report.target(WUHAN, "enterprisesWithMembers").total();
    // 50 and 100 (the 99 and 100 staff firms did not report members: undecided), the 49 out; no head-count: undecided
    assertEquals(1, members.base());
    assertEquals(3, members.undecided());
    Figures organisations = report.target(WUHAN, "enterprisesWithOrganisation").total();
    assertEquals(1, organisations.base());
    assertEquals(0, organisations.covered());
    assertEquals(1, organisations.undecided(), "no head-count; the 99-staff one is out of the base whatever it has");
    assertEquals(Verdict.NOT_MET, report.target(WUHAN, "enterprisesWithOrganisation").verdict());
  }

  @Test
  void wuhanSocialOrganisationsAreAUnionOfThreeClauses() {
    List<Organisation> register = List.of(
        organisation(OrganisationCategory.PRIVATE_SCHOOL, WUCHANG).headCount(29).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.PRIVATE_SCHOOL, WUCHANG).headCount(30).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.PRIVATE_HOSPITAL, WUCHANG).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.SOCIAL_GROUP, WUCHANG).registrationLevel(RegistrationLevel.CITY).partyOrganisation(branch()).build(),
        organisation(OrganisationCategory.SOCIAL_GROUP, WUCHANG).registrationLevel(RegistrationLevel.PROVINCIAL)
            .partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.TAX_FIRM, WUCHANG).partyOrganisation(branch()).build(),
        organisation(OrganisationCategory.FOUNDATION, WUCHANG).headCount(300).partyOrganisation(PartyOrganisation.none()).build());
    Figures social = report(register).target(WUHAN, "socialOrganisationsWithOrganisation").total();
    assertEquals(3, social.base(), "the 30-staff school, the city-level group, the tax firm");
    assertEquals(2, social.covered());
    assertEquals(1, social.undecided(), "the hospital without a head-count");
  }

  @Test
  void wuhanEligibleCoverageCountsOnlyWhatMeetsTheConditionsAndLeavesShellsOut() {
    Trait eligible = Trait.of("MEETS_FORMATION_CONDITIONS");
    List<Organisation> register = List.of(
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).addTraits(eligible).partyOrganisation(branch()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).addTraits(Trait.of("SHELL"))
            .partyOrganisation(PartyOrganisation.none()).build());
    CoverageReport report = report(register);
    Figures eligibleCoverage = report.target(WUHAN, "eligibleCoverage").total();
    assertEquals(1, eligibleCoverage.base());
    assertEquals(1, eligibleCoverage.covered());
    Figures coverage = report.target(WUHAN, "coverage").total();
    assertEquals(2, coverage.base());
    assertEquals(1, coverage.excluded(), "the shell enterprise");
    assertEquals(new BigDecimal("50.00"), coverage.rateShown().orElseThrow());
  }

  @Test
  void wuhanCountsAFunctionalOrganisationForItsRatesButNotForTheCitySocialGroupsOwn() {
    Organisation functional = organisation(OrganisationCategory.SOCIAL_GROUP, WUCHANG).registrationLevel(RegistrationLevel.CITY)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build()).build();
    Organisation instructorOnly = organisation(OrganisationCategory.SOCIAL_GROUP, WUCHANG).registrationLevel(RegistrationLevel.CITY)
        .partyOrganisation(PartyOrganisation.none()).workCoverage(WorkCoverage.builder().instructorAssigned(true).build()).build();
    CoverageReport report = report(List.of(functional, instructorOnly));
    Figures coverage = report.target(WUHAN, "coverage").total();
    assertEquals(2, coverage.base());
    assertEquals(1, coverage.covered(), "the functional organisation counts; work coverage does not");
    Figures social = report.target(WUHAN, "socialOrganisationsWithOrganisation").total();
    assertEquals(2, social.base());
    assertEquals(0, social.covered());
  }

  @Test
  void liaoningNationalParksCountWorkCoverageAndOnlyNationalParks() {
    WorkCoverage instructor = WorkCoverage.builder().instructorAssigned(true).build();
    List<Organisation> register = List.of(
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).park(Park.of("沈阳高新区", ParkLevel.NATIONAL))
            .partyOrganisation(PartyOrganisation.none()).workCoverage(instructor).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).park(Park.of("沈阳高新区", ParkLevel.NATIONAL))
            .partyOrganisation(PartyOrganisation.none()).workCoverage(WorkCoverage.none()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).park(Park.of("某省级园区", ParkLevel.PROVINCIAL))
            .partyOrganisation(PartyOrganisation.none()).workCoverage(instructor).build(),
        organisation(OrganisationCategory.LAW_FIRM, SHENYANG).partyOrganisation(branch()).build());
    CoverageReport report = report(register);
    TargetCoverage parks = report.target(LIAONING, "nationalParkCoverage");
    assertEquals(2, parks.total().base());
    assertEquals(1, parks.total().covered());
    assertEquals(1, parks.total().undecided(), "the law firm did not report a park");
    assertEquals(Verdict.NOT_MET, parks.verdict());
    Figures enterprises = report.target(LIAONING, "enterpriseCoverage").total();
    assertEquals(3, enterprises.base());
    assertEquals(0, enterprises.covered(), "work coverage is not a party organisation for the 70% rate");
    Figures social = report.target(LIAONING, "socialOrganisationCoverage").total();
    assertEquals(1, social.base());
    assertEquals(1, social.covered());
  }

  private static Organisation joint(int covered) {
    return organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG)
        .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).jointScope(JointScope.BETWEEN_ENTERPRISES)
            .coveredOrganisationCount(covered).build())
        .build();
  }

  @Test
  void liaoningDoublingIsUndecidedWithoutTheCountBeforeTheCampaign() {
    List<Organisation> register = List.of(joint(2), joint(2), joint(3), joint(3), joint(3),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).partyOrganisation(branch()).build());
    JointGrowth growth = report(register).target(LIAONING, "jointOrganisationGrowth").growth().orElseThrow();
    assertEquals(new BigDecimal("2.00"), growth.count());
    assertEquals(Verdict.UNDECIDED, growth.verdict());
    CoverageReport.Request request = CoverageReport.of(EVALUATOR, AS_OF);
    assertEquals(Verdict.MET, request.baseline(LIAONING, "jointOrganisationGrowth", 1).over(register.stream())
        .target(LIAONING, "jointOrganisationGrowth").verdict());
    TargetCoverage twoBefore = request.baseline(LIAONING, "jointOrganisationGrowth", 2).over(register.stream())
        .target(LIAONING, "jointOrganisationGrowth");
    assertEquals(Verdict.NOT_MET, twoBefore.verdict());
    assertEquals(2, twoBefore.growth().orElseThrow().shortfall().getAsLong());
  }

  @Test
  void anEnterpriseThatDoesNotReportItsPartyOrganisationCouldBeInAJointOne() {
    List<Organisation> register = List.of(joint(2), joint(2), joint(2),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG).build());
    JointGrowth growth = CoverageReport.of(EVALUATOR, AS_OF).baseline(LIAONING, "jointOrganisationGrowth", 1)
        .over(register.stream()).target(LIAONING, "jointOrganisationGrowth").growth().orElseThrow();
    assertEquals(new BigDecimal("1.50"), growth.count());
    assertEquals(1, growth.undecided());
    assertEquals(Verdict.UNDECIDED, growth.verdict(), "1.5 known, up to 2.5 with the unknown one, against 2");
  }

  @Test
  void aBaselineForATargetThatIsNotAGrowthIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoverageReport.of(EVALUATOR, AS_OF).baseline(LIAONING, "enterpriseCoverage", 3));
    assertTrue(e.getMessage().contains("liaoning-2016/jointOrganisationGrowth"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CoverageReport.of(EVALUATOR, AS_OF).baseline(LIAONING, "jointOrganisationGrowth", -1));
  }

  @Test
  void everyRecordReadIsAccountedForAndRejectedOnesComeBackWithReasons() {
    Organisation invalid = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(2).formalMembers(5).build();
    Organisation elsewhere = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, CHANGSHA).build();
    List<Organisation> register = new ArrayList<>(societies(3, 1));
    register.add(invalid);
    register.add(null);
    register.add(elsewhere);
    List<AssessmentResult> sunk = Collections.synchronizedList(new ArrayList<>());
    CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).onRejected(sunk::add).over(register.stream());
    assertEquals(7, report.read());
    assertEquals(4, report.assessed());
    assertEquals(1, report.excluded());
    assertEquals(2, report.rejected());
    assertEquals(report.read(), report.assessed() + report.excluded() + report.rejected());
    assertEquals(List.of(4L, 5L), report.rejectedRecords().stream().map(AssessmentResult::getIndex).toList());
    assertFalse(report.rejectedRecords().get(0).getRejections().isEmpty());
    assertEquals(2, sunk.size());
  }

  @Test
  void keepsTheFirstUncoveredAndSendsEveryOneToTheSink() {
    List<Uncovered> sunk = Collections.synchronizedList(new ArrayList<>());
    List<Organisation> register = societies(98, 43);
    CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).keepAtMost(2).onUncovered(sunk::add).over(register.stream());
    TargetCoverage s1 = report.target(SOCIETIES, "coverage");
    assertEquals(43, s1.uncoveredCount());
    assertEquals(List.of(98L, 99L), s1.uncovered().stream().map(Uncovered::index).toList());
    assertEquals(43, sunk.stream().filter(u -> u.policySetId().equals(SOCIETIES)).count());
  }

  @Test
  void breaksDownByDivisionAndCategory() {
    List<Organisation> register = List.of(
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).partyOrganisation(branch()).build(),
        organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, HONGSHAN).partyOrganisation(PartyOrganisation.none()).build(),
        organisation(OrganisationCategory.LAW_FIRM, HONGSHAN).partyOrganisation(PartyOrganisation.none()).build());
    TargetCoverage w1 = report(register).target(WUHAN, "coverage");
    assertEquals(3, w1.division(Division.of(WUCHANG, Division.Level.PROVINCE)).base());
    assertEquals(3, w1.division(Division.of(WUCHANG, Division.Level.CITY)).base());
    assertEquals(1, w1.division(Division.of(WUCHANG, Division.Level.DISTRICT)).covered());
    assertEquals(2, w1.division(Division.of(HONGSHAN, Division.Level.DISTRICT)).base());
    assertEquals(0, w1.division(Division.of(HONGSHAN, Division.Level.DISTRICT)).covered());
    assertEquals(0, w1.division(Division.of(SHENYANG, Division.Level.DISTRICT)).base());
    assertEquals(2, w1.byCategory().get(OrganisationCategory.NON_PUBLIC_ENTERPRISE).base());
    assertEquals(0, w1.byCategory().get(OrganisationCategory.LAW_FIRM).covered());
  }

  @Test
  void countsOverdueObligationsByMonthOfDeadlineFromTheDayAfter() {
    Organisation large = organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG).headCount(120)
        .formalMembers(4).probationaryMembers(0).partyOrganisation(PartyOrganisation.none()).build();
    YearMonth november = YearMonth.of(2016, 11);
    long onTheDay = CoverageReport.of(EVALUATOR, LocalDate.of(2016, 11, 30)).over(Stream.of(large))
        .overdueByMonth().getOrDefault(WUHAN, Collections.emptySortedMap()).getOrDefault(november, 0L);
    CoverageReport after = CoverageReport.of(EVALUATOR, LocalDate.of(2016, 12, 1)).over(Stream.of(large));
    long dayAfter = after.overdueByMonth().get(WUHAN).getOrDefault(november, 0L);
    assertTrue(dayAfter > onTheDay, "the 30 November deadline is in time on the day and overdue after: " + onTheDay + ", " + dayAfter);
    long expected = EVALUATOR.assess(large, LocalDate.of(2016, 12, 1)).getFindings().stream()
        .filter(f -> f.getPolicySetId().equals(WUHAN) && f.isOverdue() && YearMonth.from(f.getDeadline().get()).equals(november))
        .count();
    assertEquals(expected, dayAfter);
    assertTrue(after.summary(Locale.CHINESE).contains("2016年11月到期的义务中，已逾期"), after.summary(Locale.CHINESE));
    assertTrue(after.summary(Locale.ENGLISH).contains("Obligations due in November 2016 and overdue"), after.summary(Locale.ENGLISH));
  }

  @Test
  void summaryReadsInBothLanguages() {
    List<Organisation> register = new ArrayList<>(societies(98, 43));
    register.add(null);
    CoverageReport report = report(register);
    String zh = report.summary(Locale.CHINESE);
    assertTrue(zh.contains("基数141个单位，已覆盖98个，覆盖率69.50%，目标70%：未达到目标，尚差1个单位"), zh);
    assertTrue(zh.contains("截至2016年12月1日，台账共读取记录142条"), zh);
    String en = report.summary(Locale.ENGLISH);
    assertTrue(en.contains("A base of 141 organisations, 98 covered, a rate of 69.50% against a target of 70%: target not met, 1 organisation short"), en);
    assertFalse(zh.contains(SOCIETIES) || en.contains(SOCIETIES), "no set id in a clerk’s text");
    assertEquals(en, report.toString());
  }

  @Test
  void rowsRejectedOnReadingJoinTheAccountsAndNothingElseChanges() {
    CoverageReport report = report(societies(3, 2));
    assertEquals(0, report.rejectedOnRead());
    assertTrue(report == report.withRejectedOnRead(0));
    CoverageReport withRead = report.withRejectedOnRead(4).withRejectedOnRead(1);
    assertEquals(report.read() + 5, withRead.read());
    assertEquals(report.rejected() + 5, withRead.rejected());
    assertEquals(5, withRead.rejectedOnRead());
    assertEquals(withRead.read(), withRead.assessed() + withRead.excluded() + withRead.rejected());
    assertEquals(report.assessed(), withRead.assessed());
    assertEquals(report.excluded(), withRead.excluded());
    assertEquals(report.targets(), withRead.targets());
    assertEquals(report.rejectedRecords(), withRead.rejectedRecords());
    assertFalse(report.equals(withRead));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.withRejectedOnRead(-1));
    assertEquals("rejected on reading is -1, below 0", e.getMessage());
  }
}
