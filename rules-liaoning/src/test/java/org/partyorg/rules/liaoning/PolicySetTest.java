package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.SET;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.MessageChecks;

/** The set as a whole: identity, scope, period, parameters, targets, phases, discovery, what-if. */
class PolicySetTest {
  @Test
  void identityAndSource() {
    assertEquals("liaoning-2016", SET.id());
    assertEquals("004_eef17925aec6244e.txt", SET.source().getFile());
    assertEquals(Optional.of("辽组通字〔2016〕64号"), SET.source().getNumber());
    assertEquals(LocalDate.of(2016, 8, 3), SET.source().getDate());
  }

  @Test
  void appliesFromTheNoticesDateInLiaoningToEnterprisesAndSocialOrganisations() {
    LocalDate issued = LocalDate.of(2016, 8, 3);
    assertFalse(SET.appliesTo(enterprise(), issued.minusDays(1)));
    assertTrue(SET.appliesTo(enterprise(), issued));
    assertTrue(SET.appliesTo(enterprise(), LocalDate.of(2020, 1, 1)), "unmet obligations stay, overdue");
    assertFalse(SET.appliesTo(enterprise().withDivisionCode("220102"), issued));
    assertTrue(SET.appliesTo(enterprise().withDivisionCode("211402"), issued));
    for (OrganisationCategory category : OrganisationCategory.values()) {
      assertEquals(category != OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY,
          SET.appliesTo(Fixtures.of(category), issued), category::name);
    }
  }

  @Test
  void everyThresholdRateAndTargetIsANamedParameter() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("standaloneStaffThreshold", "100"),
        Map.entry("partyMembersStaffThreshold", "50"),
        Map.entry("socialServiceStaffThreshold", "30"),
        Map.entry("jointEnterpriseCap", "3"),
        Map.entry("fundRateOfWages", "0.01"),
        Map.entry("fundRateOfDues", "0.01"),
        Map.entry("enterpriseCoverageRate", "0.70"),
        Map.entry("socialOrganisationCoverageRate", "0.70"),
        Map.entry("nationalParkCoverageRate", "1"),
        Map.entry("jointOrganisationGrowthFactor", "2"),
        Map.entry("standaloneFormalMembers", "3"));
    Map<String, String> deadlines = Map.of(
        "reportDeadline", "2016-11-30",
        "ledgerDeadline", "2016-09-30",
        "decoupledProvincialDeadline", "2016-09-30",
        "decoupledBelowProvincialDeadline", "2016-12-31");
    assertEquals(expected.size() + deadlines.size(), SET.parameters().size());
    deadlines.forEach((key, date) -> assertEquals(Optional.of(java.time.LocalDate.parse(date)),
        SET.parameter(key).orElseThrow(() -> new AssertionError("no parameter " + key)).getDate(), key));
    expected.forEach((key, value) -> {
      Parameter parameter = SET.parameter(key).orElseThrow(() -> new AssertionError("no parameter " + key));
      assertEquals(0, new BigDecimal(value).compareTo(parameter.getValue()), key);
    });
    assertEquals(Optional.of("headCount"), SET.parameter("standaloneStaffThreshold").orElseThrow().getFact());
    assertEquals(Optional.of("headCount"), SET.parameter("socialServiceStaffThreshold").orElseThrow().getFact());
  }

  @Test
  void targetsAreDataWithRatesFromTheParameters() {
    List<Target> targets = SET.targets();
    assertEquals(List.of("L2/enterpriseCoverage", "L2/socialOrganisationCoverage", "L2/nationalParkCoverage",
        "L6/jointOrganisationGrowth"), targets.stream().map(t -> t.getRuleId() + "/" + t.getKey()).toList());
    assertEquals(0, new BigDecimal("0.7").compareTo(targets.get(0).getRate().orElseThrow()));
    assertEquals(Set.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE), targets.get(0).getBaseCategories());
    assertFalse(targets.get(1).getBaseCategories().contains(OrganisationCategory.NON_PUBLIC_ENTERPRISE),
        "enterprises and social organisations are measured separately");
    assertTrue(targets.get(1).getBaseCategories().contains(OrganisationCategory.LAW_FIRM));
    assertEquals(0, BigDecimal.ONE.compareTo(targets.get(2).getRate().orElseThrow()));
    assertEquals(0, BigDecimal.valueOf(2).compareTo(targets.get(3).getGrowthFactor().orElseThrow()));
    assertEquals(Optional.empty(), targets.get(3).getRate());
  }

  @Test
  void theCampaignAndItsReportAreThePhasesOfL1() {
    List<Phase> phases = SET.phases();
    Phase campaign = phases.get(0);
    assertEquals("L1", campaign.getRuleId());
    assertEquals(Optional.of(LocalDate.of(2016, 8, 3)), campaign.getFrom());
    assertEquals(LocalDate.of(2016, 11, 10), campaign.getUntil());
    assertEquals(LocalDate.of(2016, 11, 30), phases.get(1).getUntil());
    assertEquals(LocalDate.of(2016, 9, 30), phases.get(2).getUntil());
  }

  @Test
  void discoveredOnThePathAlongsideNothingElse() {
    Evaluator evaluator = Evaluator.discover();
    PolicySet found = evaluator.policySet("liaoning-2016");
    assertEquals(SET.parameters(), found.parameters());
    assertEquals(List.of("liaoning-2016"), evaluator.assess(enterprise(), LocalDate.of(2016, 9, 1)).getPolicySetIds());
  }

  @Test
  void aWhatIfCapOfFourLetsFourEnterprisesShareAJointOrganisation() {
    PartyOrganisation four = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
        .jointScope(JointScope.BETWEEN_ENTERPRISES)
        .addCoveredOrganisations(Fixtures.code("MA0000001"), Fixtures.code("MB0000001"), Fixtures.code("MB0000002"),
            Fixtures.code("MB0000003"))
        .build();
    PolicySet whatIf = Liaoning2016.build(Map.of("jointEnterpriseCap", BigDecimal.valueOf(4)));
    assertEquals(Outcome.VIOLATED, Fixtures.only(enterprise().withPartyOrganisation(four), "L5").getOutcome());
    assertEquals(Outcome.SATISFIED, whatIf.assess(enterprise().withPartyOrganisation(four), Fixtures.IN_TIME)
        .findings("L5").get(0).getOutcome());
    assertEquals(0, BigDecimal.valueOf(4).compareTo(whatIf.parameter("jointEnterpriseCap").orElseThrow().getValue()));
  }

  @Test
  void aWhatIfStaffThresholdMovesL3() {
    PolicySet whatIf = Liaoning2016.build(Map.of("standaloneStaffThreshold", BigDecimal.valueOf(80)));
    var firm = enterprise().withHeadCount(80).withFormalMembers(3).withPartyOrganisation(PartyOrganisation.none());
    assertEquals(1, whatIf.assess(firm, Fixtures.IN_TIME).findings("L3").size());
    assertEquals(0, whatIf.assess(firm, Fixtures.IN_TIME).findings("L4").size());
    assertEquals(0, SET.assess(firm, Fixtures.IN_TIME).findings("L3").size());
  }

  @Test
  void anUnknownParameterKeyIsRejectedNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Liaoning2016.build(Map.of("jointEnterpriseLimit", BigDecimal.ONE)));
    assertTrue(e.getMessage().startsWith("policy set liaoning-2016 cannot take the overrides: there is no parameter"
        + " 'jointEnterpriseLimit' (given 1). Its parameters: standaloneStaffThreshold (count, persons, 100), "), e.getMessage());
    assertTrue(e.getMessage().contains("fundRateOfDues (rate, 0.01), "), e.getMessage());
    assertTrue(e.getMessage().endsWith("ledgerDeadline (date, 2016-09-30)"), e.getMessage());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "standaloneStaffThreshold, 50.5, a whole number from 0 to 10000000",
    "standaloneStaffThreshold, 1E+12, a whole number from 0 to 10000000",
    "jointEnterpriseCap, -1, a whole number from 0 to 10000000",
    "standaloneFormalMembers, 2.5, a whole number from 0 to 10000000"})
  void aWhatIfValueOfTheWrongKindIsRejectedWhenTheSetIsBuilt(String key, String value, String range) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Liaoning2016.build(Map.of(key, new BigDecimal(value))));
    assertTrue(e.getMessage().startsWith("policy set liaoning-2016 cannot take the overrides: parameter " + key
        + " (count) cannot be " + new BigDecimal(value).toPlainString() + ": it takes " + range + ". Its parameters: "),
        e.getMessage());
  }

  @Test
  void aWholeNumberWrittenWithDecimalsIsAcceptedAsThatNumber() {
    PolicySet whatIf = Liaoning2016.build(Map.of("jointEnterpriseCap", new BigDecimal("4.00")));
    assertEquals(new BigDecimal("4"), whatIf.parameter("jointEnterpriseCap").orElseThrow().getValue());
  }

  @Test
  void aWhatIfLimitIsTheOneItsTextsState() {
    PolicySet whatIf = Liaoning2016.build(Map.of("standaloneFormalMembers", BigDecimal.valueOf(5),
        "standaloneStaffThreshold", BigDecimal.valueOf(80)));
    var firm = enterprise().withHeadCount(80).withFormalMembers(4).withPartyOrganisation(PartyOrganisation.none());
    Finding l3 = whatIf.assess(firm, Fixtures.IN_TIME).findings("L3").get(0);
    assertEquals("职工80人（80人以上），尚未建立党组织，正式党员4名（单独组建党组织应有正式党员5名以上），应于2016年11月30日前发展、引进党员，单独组建党组织。",
        l3.getMessageZh());
    assertEquals("80 staff (80 or more), no party organisation and only 4 formal members (a party organisation of its own needs at"
        + " least 5): must recruit or bring in party members and set up a party organisation of its own by 30 November 2016.",
        l3.getMessageEn());
  }

  @Test
  void theNamesTargetsAndPhasesReadAsTheStyleGuideAsks() {
    List<String> problems = new ArrayList<>();
    for (RequiredAction action : SET.vocabulary().getActions()) {
      name(problems, action.code(), action.chineseName(), action.englishName());
    }
    for (Trait trait : SET.vocabulary().getTraits()) {
      name(problems, trait.code(), trait.chineseName(), trait.englishName());
    }
    Finding fund = Fixtures.only(enterprise().withFinances(Finances.builder().annualWages(new BigDecimal("1000"))
        .partyBuildingBudget(BigDecimal.ZERO).build()), "L11");
    for (Fact fact : fund.getFacts()) {
      name(problems, fact.getName(), fact.getType().getNameZh(), fact.getType().getNameEn());
    }
    for (Target target : SET.targets()) {
      MessageChecks.chinese(target.getDescriptionZh()).forEach(p -> problems.add(target.getKey() + ": " + p));
      MessageChecks.english(target.getDescriptionEn()).forEach(p -> problems.add(target.getKey() + ": " + p));
    }
    for (Phase phase : SET.phases()) {
      name(problems, "phase", phase.getNameZh(), phase.getNameEn());
    }
    assertEquals(List.of(), problems);
    assertEquals(List.of("“百日攻坚行动”", "向省委组织部报送推进“两个覆盖”情况", "摸清真实底数，建立实名台账"),
        SET.phases().stream().map(Phase::getNameZh).toList());
    assertEquals("做到“五个清”并登记在册", LiaoningVocabulary.RECORD_LEDGER_FACTS.chineseName());
    assertEquals("record the “five clears” in the real-name ledger", LiaoningVocabulary.RECORD_LEDGER_FACTS.englishName());
    assertEquals("decoupled industry association or chamber of commerce", LiaoningVocabulary.DECOUPLED.englishName());
  }

  private static void name(List<String> problems, String what, String zh, String en) {
    MessageChecks.name(zh, true).forEach(p -> problems.add(what + " “" + zh + "”: " + p));
    MessageChecks.name(en, false).forEach(p -> problems.add(what + " “" + en + "”: " + p));
  }
}
