package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.PolicySetDiscoveryException;

/**
 * Discovery of the region modules' policy sets. The README's test command runs this class
 * twice: on the module path (surefire's default here) and on the classpath (the second
 * execution, {@code useModulePath=false}); the first test proves which one is running.
 */
class DiscoveryTest {
  private static final List<String> ALL_IDS =
      List.of("hubei-cpa-2016", "hubei-science-societies-2016", "hunan-benchmark-2020", "liaoning-2016", "wuhan-2016");
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
    assertEquals(ALL_IDS, Evaluator.discover().policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void aContextLoaderThatSeesNoRegionStillFindsEveryRegion() {
    // as in a web container or plug-in host whose context loader is not the library's
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      assertEquals(ALL_IDS, Evaluator.discover().policySets().stream().map(PolicySet::id).toList());
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void requiringTheFiveIdsGivesTheFiveSets() {
    assertEquals(ALL_IDS, Evaluator.discoverRequiring(ALL_IDS).policySets().stream().map(PolicySet::id).toList());
    assertEquals(ALL_IDS, Evaluator.discoverRequiring("wuhan-2016").policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void theReadmesRequiredIdsLineAndShadeTransformerAreTheOnesThatWork() throws IOException {
    Evaluator evaluator = Evaluator.discoverRequiring("wuhan-2016", "hubei-cpa-2016");
    assertEquals(ALL_IDS, evaluator.policySets().stream().map(PolicySet::id).toList());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("Evaluator evaluator = Evaluator.discoverRequiring(\"wuhan-2016\", \"hubei-cpa-2016\");"));
    String transformer = "<transformer implementation=\"org.apache.maven.plugins.shade.resource.ServicesResourceTransformer\"/>";
    assertTrue(readme.contains(transformer), "README shows the transformer");
    assertTrue(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8).contains(transformer), "the shaded jar is built with it");
  }

  @Test
  void requiringAnIdNoModuleProvidesFailsNamingItAndTheIdsFound() {
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class,
        () -> Evaluator.discoverRequiring("wuhan-2016", "shanghai-2016"));
    assertTrue(e.getMessage().startsWith("required policy sets not found: [shanghai-2016] (1 of the 2 required [shanghai-2016, wuhan-2016]);"
        + " found 5: " + ALL_IDS + "; searched, in order: ["), e::getMessage);
    assertEquals(List.of("shanghai-2016"), e.getMissingIds());
    assertEquals(ALL_IDS, e.getFoundIds());
  }

  @Test
  void regionModulesExportNoRulesOnlyTheTypesOnlyTheyGiveCallers() {
    // Liaoning's ledger class (L13), Hunan's quota check and its review of applications are
    // theirs alone, so they live there; the rules stay hidden
    Map<String, Set<String>> callerPackages = Map.of(
        "org.partyorg.rules.liaoning", Set.of("org.partyorg.rules.liaoning.ledger"),
        "org.partyorg.rules.hunan", Set.of("org.partyorg.rules.hunan.quota", "org.partyorg.rules.hunan.selection"));
    for (PolicySet set : Evaluator.discover().policySets()) {
      Module module = set.getClass().getModule();
      if (module.isNamed()) {
        Set<String> exported = new HashSet<>();
        for (ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
          assertFalse(export.isQualified(), export::toString);
          exported.add(export.source());
        }
        assertEquals(callerPackages.getOrDefault(module.getName(), Set.of()), exported,
            module.getName() + " exports packages");
        assertFalse(module.isExported(set.getClass().getPackageName()), set.getClass()::getName);
      }
      assertFalse(set.id().isBlank());
    }
  }
}
