package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;

/** {@link PolicySet#withOverrides}: the default refuses, a set made with {@link PolicySetBuilder#overridable} rebuilds. */
class WhatIfTest {
  private static final String ID = "test-what-if";
  private static final Parameter STANDALONE = BaselineRules.standaloneThreshold(TestPolicySets.N1, 3);
  private static final Parameter DEADLINE = Parameter.date("formationDeadline", TestPolicySets.DEADLINE, TestPolicySets.N1);
  private static final Parameter COVERAGE = Parameter.rate("coverageRate", new BigDecimal("0.80"), TestPolicySets.N1);
  private static final Parameter GROWTH = Parameter.of("growthFactor", BigDecimal.valueOf(2), TestPolicySets.N1);
  private static final List<Parameter> DECLARED = List.of(STANDALONE, DEADLINE, COVERAGE, GROWTH);

  private static PolicySet build(ParameterValues values) {
    BaselineRules baseline = BaselineRules.builder(ID).standalone(TestPolicySets.N1).joint(TestPolicySets.N2)
        .workCoverage(TestPolicySets.N3).deadline(values.date(DEADLINE)).standaloneThreshold(values.intValue(STANDALONE))
        .build();
    return PolicySetBuilder.create(ID)
        .source(TestPolicySets.WUHAN)
        .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(TestPolicySets.WUHAN.getDate()))
        .parameters(values.all())
        .targets(Target.builder().ruleId("T1").key("coverage").descriptionZh("覆盖率。").descriptionEn("Coverage.")
            .rate(values.value(COVERAGE)).addBaseCategories(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .deadline(values.date(DEADLINE)).addCitations(TestPolicySets.N1).build())
        .rules(baseline.rules())
        .build();
  }

  private static final PolicySet SET = PolicySetBuilder.overridable(ID, DECLARED, WhatIfTest::build);
  private static final LocalDate AS_OF = LocalDate.of(2016, 11, 25);

  private static Organisation withFormalMembers(int formal) {
    return TestOrganisations.enterprise().withFormalMembers(formal).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  private static Finding n1(PolicySet set, int formal) {
    return set.assess(withFormalMembers(formal), AS_OF).getFindings().stream()
        .filter(f -> f.getRuleId().equals("N1")).findFirst().orElseThrow();
  }

  @Test
  void aVariantHasTheSameIdTheNewValuesAndNamesWhatItOverrides() {
    PolicySet variant = SET.withOverrides(Map.of("standaloneFormalMembers", 4, "formationDeadline", "2016-12-15"));
    assertEquals(ID, variant.id());
    assertEquals(4, variant.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(Optional.of(LocalDate.of(2016, 12, 15)), variant.parameter("formationDeadline").orElseThrow().getDate());
    assertEquals(List.of("standaloneFormalMembers", "formationDeadline"), List.copyOf(variant.overrides().keySet()));
    assertEquals(variant.parameter("standaloneFormalMembers").orElseThrow(), variant.overrides().get("standaloneFormalMembers"));
    // the original is untouched
    assertEquals(3, SET.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(Map.of(), SET.overrides());
    assertEquals(Optional.of(LocalDate.of(2016, 12, 15)), variant.targets().get(0).getDeadline());
    assertEquals(Optional.of(TestPolicySets.DEADLINE), SET.targets().get(0).getDeadline());
  }

  @Test
  void theRulesAndTheirTextsUseTheOverriddenThresholdAndDeadline() {
    // 3 formal members: a standalone organisation in the document, a joint one when N1 asks for 4
    assertEquals("VIOLATED", n1(SET, 3).getOutcome().name());
    PolicySet four = SET.withOverrides(Map.of("standaloneFormalMembers", BigDecimal.valueOf(4), "formationDeadline",
        LocalDate.of(2016, 12, 15)));
    assertTrue(four.assess(withFormalMembers(3), AS_OF).getFindings().stream().noneMatch(f -> f.getRuleId().equals("N1")));
    Finding n1 = n1(four, 4);
    assertEquals(Optional.of(LocalDate.of(2016, 12, 15)), n1.getDeadline());
    assertTrue(n1.getMessageZh().contains("（4名以上）") && n1.getMessageZh().contains("2016年12月15日"), n1.getMessageZh());
    assertTrue(n1.getMessageEn().contains("(4 or more)") && n1.getMessageEn().contains("15 December 2016"), n1.getMessageEn());
    // 25 November: overdue against the document's 20 November, in time for the moved 15 December
    assertTrue(n1(SET, 4).isOverdue());
    assertTrue(!n1.isOverdue());
  }

  @Test
  void overridingAVariantComposesTheLaterValueWinning() {
    PolicySet once = SET.withOverrides(Map.of("standaloneFormalMembers", 4, "coverageRate", "0.75"));
    PolicySet twice = once.withOverrides(Map.of("standaloneFormalMembers", 5));
    assertEquals(5, twice.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(new BigDecimal("0.75"), twice.parameter("coverageRate").orElseThrow().getValue());
    assertEquals(new BigDecimal("0.75"), twice.targets().get(0).getRate().orElseThrow());
    assertEquals(List.of("standaloneFormalMembers", "coverageRate"), List.copyOf(twice.overrides().keySet()));
    assertEquals(4, once.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertSame(once, once.withOverrides(Map.of()));
  }

  /** The values are given as text, as from a configuration file, so the message quotes them. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = ';', value = {
    "standaloneFormalMembers; 2016-11-30; parameter standaloneFormalMembers (count) cannot be \"2016-11-30\": it takes a whole number from 0 to 10000000",
    "standaloneFormalMembers; 2.5; parameter standaloneFormalMembers (count) cannot be \"2.5\": it takes a whole number from 0 to 10000000",
    "standaloneFormalMembers; -1; parameter standaloneFormalMembers (count) cannot be \"-1\": it takes a whole number from 0 to 10000000",
    "coverageRate; 1.2; parameter coverageRate (rate) cannot be \"1.2\": it takes a share from 0 to 1 (0.8 for 80%)",
    "coverageRate; 80%; parameter coverageRate (rate) cannot be \"80%\": it takes a share from 0 to 1 (0.8 for 80%)",
    "growthFactor; 1000001; parameter growthFactor (number) cannot be \"1000001\": it takes a number from 0 to 1000000 with at most 10 decimals",
    "formationDeadline; 1921-06-30; parameter formationDeadline (date) cannot be \"1921-06-30\": it takes a date from 1921-07-01 to 2100-12-31 (yyyy-MM-dd)",
    "formationDeadline; 2101-01-01; parameter formationDeadline (date) cannot be \"2101-01-01\": it takes a date from 1921-07-01 to 2100-12-31 (yyyy-MM-dd)",
    "formationDeadline; 30/11/2016; parameter formationDeadline (date) cannot be \"30/11/2016\": it takes a date from 1921-07-01 to 2100-12-31 (yyyy-MM-dd)",
    "formationDeadline; 3; parameter formationDeadline (date) cannot be \"3\": it takes a date from 1921-07-01 to 2100-12-31 (yyyy-MM-dd)"})
  void aValueOfTheWrongKindIsAnErrorNamingTheKeyTheValueAndEveryParameter(String key, String value, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SET.withOverrides(Map.of(key, value)));
    assertEquals("policy set test-what-if cannot take the overrides: " + why + ". Its parameters: standaloneFormalMembers"
        + " (count, persons, 3), formationDeadline (date, 2016-11-20), coverageRate (rate, 0.80), growthFactor (number, 2)",
        e.getMessage());
  }

  @Test
  void everyWrongOverrideIsNamedAndAnUnknownKeyToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SET.withOverrides(new java.util.TreeMap<>(Map.of("coverageRate", 2, "noSuchThreshold", 80, "standaloneFormalMembers", 2.5))));
    assertTrue(e.getMessage().startsWith("policy set test-what-if cannot take the overrides: parameter coverageRate (rate) cannot be 2:"
        + " it takes a share from 0 to 1 (0.8 for 80%); there is no parameter 'noSuchThreshold' (given 80); parameter"
        + " standaloneFormalMembers (count) cannot be 2.5: "), e.getMessage());
  }

  @Test
  void aValueOfTheRightKindThatTheRulesRefuseIsAnErrorListingTheParametersToo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SET.withOverrides(Map.of("standaloneFormalMembers", 0)));
    assertTrue(e.getMessage().startsWith("policy set test-what-if cannot take the overrides [standaloneFormalMembers]: "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(". Its parameters: standaloneFormalMembers (count, persons, 0), formationDeadline"
        + " (date, 2016-11-20), coverageRate (rate, 0.80), growthFactor (number, 2)"), e.getMessage());
  }

  @Test
  void aLongOrForgedValueIsCutAndEscaped() {
    String forged = "7\nERROR forged log line " + "x".repeat(200);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SET.withOverrides(Map.of("standaloneFormalMembers", forged)));
    assertTrue(!e.getMessage().contains("\n") && e.getMessage().length() < 600, e.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> SET.withOverrides(Map.of("k".repeat(500), 1)));
    assertTrue(key.getMessage().length() < 600, key.getMessage());
  }

  @Test
  void aSetThatCannotRebuildRefusesEveryOverrideNamingItself() {
    PolicySet plain = TestPolicySets.baseline("test-plain", "42");
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> plain.withOverrides(Map.of("standaloneFormalMembers", 4)));
    assertTrue(e.getMessage().startsWith("policy set test-plain ("), e.getMessage());
    assertTrue(e.getMessage().contains("[standaloneFormalMembers] are not applied"), e.getMessage());
    assertSame(plain, plain.withOverrides(Map.of()));
  }

  @Test
  void aProviderForwardsWhatIfsToTheSetItWraps() {
    PolicySet provider = new ForwardingPolicySet(SET) {};
    PolicySet variant = provider.withOverrides(Map.of("standaloneFormalMembers", 4));
    assertEquals(4, variant.parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(variant.overrides(), provider.withOverrides(Map.of("standaloneFormalMembers", 4)).overrides());
    assertEquals(Map.of(), provider.overrides());
    assertNotSame(provider, variant);
  }

  @Test
  void aRecipeThatDropsAnOverrideOrChangesTheIdIsCaughtWhenTheVariantIsBuilt() {
    PolicySet forgetful = PolicySetBuilder.overridable(ID, DECLARED,
        values -> build(ParameterValues.of(ID, DECLARED, Map.of())));
    IllegalStateException dropped = assertThrows(IllegalStateException.class,
        () -> forgetful.withOverrides(Map.of("coverageRate", "0.5")));
    assertTrue(dropped.getMessage().contains("must list the parameters it was given"), dropped.getMessage());
    assertThrows(IllegalStateException.class, () -> PolicySetBuilder.overridable("other-id", DECLARED, WhatIfTest::build));
  }

  @Test
  void anEvaluatorVariesOneSetAndKeepsTheOthers() {
    PolicySet other = TestPolicySets.baseline("test-other", "42");
    Evaluator evaluator = Evaluator.of(SET, other);
    Evaluator varied = evaluator.withOverrides(ID, Map.of("standaloneFormalMembers", 4));
    assertEquals(List.of("test-other", ID), varied.policySets().stream().map(PolicySet::id).toList());
    assertSame(other, varied.policySet("test-other"));
    assertEquals(4, varied.policySet(ID).parameter("standaloneFormalMembers").orElseThrow().intValue());
    assertEquals(3, evaluator.policySet(ID).parameter("standaloneFormalMembers").orElseThrow().intValue());
    // 3 formal members: N1 of the varied set no longer applies, the other set's still does
    var assessment = varied.assess(withFormalMembers(3), AS_OF);
    assertTrue(assessment.finding(ID, "N1").isEmpty());
    assertTrue(assessment.finding("test-other", "N1").isPresent());
    assertTrue(evaluator.assess(withFormalMembers(3), AS_OF).finding(ID, "N1").isPresent());
    assertThrows(UnknownPolicySetException.class, () -> evaluator.withOverrides("no-such-set", Map.of("x", 1)));
    assertThrows(UnsupportedOperationException.class, () -> evaluator.withOverrides("test-other", Map.of("x", 1)));
  }

  @Test
  void aDateParameterIsNotANumber() {
    IllegalStateException e = assertThrows(IllegalStateException.class, DEADLINE::getValue);
    assertEquals("parameter formationDeadline is a date (2016-11-20), not a number: read getDate()", e.getMessage());
    assertEquals(Parameter.Kind.DATE, DEADLINE.kind());
    assertEquals("2016-11-20", DEADLINE.valueText());
    assertThrows(IllegalArgumentException.class,
        () -> Parameter.date("tooEarly", LocalDate.of(1900, 1, 1), Citation.of(TestPolicySets.WUHAN, "一", "句")));
  }
}
