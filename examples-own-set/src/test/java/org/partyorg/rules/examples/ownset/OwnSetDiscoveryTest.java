package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.Evaluator;

/**
 * The set is found as a service, beside the five bundled ones, with nothing but its own
 * registration: {@code provides} in {@code module-info.java} (the module path, surefire's default
 * execution) and {@code META-INF/services/org.partyorg.rules.api.PolicySet} (the classpath, the
 * pom's second execution: the same tests run both ways).
 */
class OwnSetDiscoveryTest {
  private static final List<String> ALL_IDS = List.of("example-hightech-2026", "hubei-cpa-2016",
      "hubei-science-societies-2016", "hunan-benchmark-2020", "liaoning-2016", "wuhan-2016");
  private static final boolean MODULE_PATH =
      "module".equals(System.getProperty("partyorg.expectedPath", "module"));

  @Test
  void theExpectedPathIsInUse() {
    // module path: surefire's default for a module with a module-info; the region jars, which
    // this module does not require, are resolved because rules-core uses PolicySet and they
    // provide it. Classpath: the pom's second execution. Every set is found either way.
    assertEquals(MODULE_PATH, HighTechStations2026Provider.class.getModule().isNamed(), "this module");
    assertEquals(MODULE_PATH, Evaluator.class.getModule().isNamed(), "rules-core");
    for (PolicySet set : Evaluator.discover().policySets()) {
      assertEquals(MODULE_PATH, set.getClass().getModule().isNamed(), set.getClass()::getName);
    }
  }

  @Test
  void discoverFindsTheOwnSetBesideTheFiveBundledOnes() {
    assertEquals(ALL_IDS, Evaluator.discover().policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void theOwnSetCanBeRequiredByIdLikeABundledOne() {
    Evaluator evaluator = Evaluator.discoverRequiring("example-hightech-2026", "liaoning-2016");
    assertEquals(ALL_IDS, evaluator.policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void theDiscoveredSetIsTheProviderAndItsPackageIsNotExported() {
    PolicySet set = Fixtures.EVALUATOR.policySet(Fixtures.SET_ID);
    assertEquals(HighTechStations2026Provider.class, set.getClass());
    Module module = set.getClass().getModule();
    if (module.isNamed()) {
      assertEquals("org.partyorg.rules.examples.ownset", module.getName());
      assertFalse(module.isExported(set.getClass().getPackageName()), "the provider's package is not exported");
      assertTrue(module.getDescriptor().exports().isEmpty(), "the module exports nothing");
      assertTrue(module.getDescriptor().provides().stream().anyMatch(p -> p.service().equals(PolicySet.class.getName())
          && p.providers().equals(List.of(HighTechStations2026Provider.class.getName()))));
    }
  }

  @Test
  void theSetSpeaksToEnterprisesUnder3201FromTheNoticesDateOnly() {
    PolicySet set = Fixtures.EVALUATOR.policySet(Fixtures.SET_ID);
    LocalDate issued = LocalDate.of(2026, 3, 1);
    assertFalse(set.appliesTo(Fixtures.enterprise(), issued.minusDays(1)));
    assertTrue(set.appliesTo(Fixtures.enterprise(), issued));
    assertTrue(set.appliesTo(Fixtures.enterprise(), LocalDate.of(2030, 1, 1)), "unmet obligations stay, overdue");
    assertFalse(set.appliesTo(Fixtures.enterprise().withDivisionCode("320205"), issued), "Wuxi is not under 3201");
    assertEquals(List.of(Fixtures.SET_ID), Fixtures.assess(Fixtures.enterprise(), issued).getPolicySetIds(),
        "no bundled set speaks to Nanjing");
  }
}
