package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.Evaluator;

/**
 * Discovery of the region modules' policy sets. The README's test command runs this class
 * twice: on the module path (surefire's default here) and on the classpath (the second
 * execution, {@code useModulePath=false}); the first test proves which one is running.
 */
class DiscoveryTest {
  private static final boolean MODULE_PATH =
      "module".equals(System.getProperty("partyorg.expectedPath", "module"));

  @Test
  void theExpectedPathIsInUse() {
    assertEquals(MODULE_PATH, Evaluator.class.getModule().isNamed(),
        "rules-core should be a named module exactly when running on the module path");
    for (PolicySet set : Evaluator.discover().policySets()) {
      assertEquals(MODULE_PATH, set.getClass().getModule().isNamed(), set.getClass()::getName);
    }
  }

  @Test
  void everyRegionsSetsAreFoundOnceEach() {
    assertEquals(
        List.of("hubei-cpa-2016", "hubei-science-societies-2016", "hunan-benchmark-2020", "liaoning-2016", "wuhan-2016"),
        Evaluator.discover().policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void regionModulesExportNothing() {
    for (PolicySet set : Evaluator.discover().policySets()) {
      Module module = set.getClass().getModule();
      if (module.isNamed()) {
        assertEquals(java.util.Set.of(), module.getDescriptor().exports(), module.getName() + " exports packages");
      }
      assertFalse(set.id().isBlank());
    }
  }
}
