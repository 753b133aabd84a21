package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery from a fat jar, as an embedder builds and deploys one. Runs after {@code package}
 * (failsafe): the shaded jar of this module, built with maven-shade-plugin and its
 * {@code ServicesResourceTransformer}, is loaded in a fresh class loader whose parent is the
 * platform loader, while the thread's context class loader points elsewhere (the platform
 * loader), as in a web container or a plug-in host. Everything is reached by reflection through
 * that loader; nothing of the library is taken from this test's own class path.
 */
class ShadedJarDiscoveryIT {
  private static final List<String> ALL_IDS = List.of(
      "hubei-cpa-2016", "hubei-science-societies-2016", "hunan-benchmark-2020", "liaoning-2016", "wuhan-2016");
  private static final String SERVICE = "org.partyorg.rules.api.PolicySet";
  private static final String SERVICE_FILE = "META-INF/services/" + SERVICE;
  private static final String DISCOVERY_EXCEPTION = "org.partyorg.rules.core.PolicySetDiscoveryException";

  private final Thread thread = Thread.currentThread();
  private ClassLoader savedContextLoader;

  @BeforeEach
  void contextLoaderPointsElsewhere() {
    savedContextLoader = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
  }

  @AfterEach
  void restoreContextLoader() {
    thread.setContextClassLoader(savedContextLoader);
  }

  private static Path shadedJar() {
    String property = System.getProperty("partyorg.shadedJar");
    assertNotNull(property, "failsafe passes the shaded jar as partyorg.shadedJar");
    Path jar = Path.of(property);
    assertTrue(Files.isRegularFile(jar), () -> "no shaded jar at " + jar + "; the shade plugin runs in package");
    return jar;
  }

  private static URLClassLoader loader(String name, List<Path> jars) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      urls.add(jar.toUri().toURL());
    }
    return new URLClassLoader(name, urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  /** Calls a static factory of {@code Evaluator} as loaded by {@code loader}. */
  private static Object evaluator(ClassLoader loader, String factory, Object... args) throws Throwable {
    Class<?> evaluator = loader.loadClass("org.partyorg.rules.core.Evaluator");
    assertSame(loader, evaluator.getClassLoader(), "the library comes from the jar under test");
    Method method = args.length == 0
        ? evaluator.getMethod(factory)
        : evaluator.getMethod(factory, String[].class);
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Throwable thrownBy(ClassLoader loader, String factory, Object... args) {
    try {
      Object unexpected = evaluator(loader, factory, args);
      throw new AssertionError("expected " + DISCOVERY_EXCEPTION + ", got an evaluator: " + unexpected);
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable e) {
      assertEquals(DISCOVERY_EXCEPTION, e.getClass().getName(), () -> "thrown: " + e);
      return e;
    }
  }

  private static List<String> ids(ClassLoader loader, Object evaluator) throws ReflectiveOperationException {
    Class<?> evaluatorType = loader.loadClass("org.partyorg.rules.core.Evaluator");
    Method id = loader.loadClass(SERVICE).getMethod("id");
    List<String> ids = new ArrayList<>();
    for (Object set : (List<?>) evaluatorType.getMethod("policySets").invoke(evaluator)) {
      assertSame(loader, set.getClass().getClassLoader(), set.getClass()::getName);
      ids.add((String) id.invoke(set));
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static List<String> listProperty(Throwable e, String getter) throws ReflectiveOperationException {
    return (List<String>) e.getClass().getMethod(getter).invoke(e);
  }

  @Test
  void theShadedJarMergesEveryRegionsServiceFileIntoOne() throws IOException {
    try (ZipFile jar = new ZipFile(shadedJar().toFile())) {
      ZipEntry services = jar.getEntry(SERVICE_FILE);
      assertNotNull(services, SERVICE_FILE);
      try (InputStream in = jar.getInputStream(services)) {
        List<String> providers = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(List.of(
            "org.partyorg.rules.hubei.HubeiCpa2016Provider",
            "org.partyorg.rules.hubei.HubeiSocieties2016Provider",
            "org.partyorg.rules.hubei.Wuhan2016Provider",
            "org.partyorg.rules.hunan.HunanBenchmark2020Provider",
            "org.partyorg.rules.liaoning.Liaoning2016Provider"), providers);
      }
    }
  }

  @Test
  void everySetIsFoundInTheShadedJarThroughTheLibrarysLoaderWhenTheContextLoaderSeesNone() throws Throwable {
    try (URLClassLoader shaded = loader("shaded", List.of(shadedJar()))) {
      // the context loader alone, which is all ServiceLoader.load(Class) looks at, finds nothing
      Class<?> service = shaded.loadClass(SERVICE);
      assertEquals(0, ServiceLoader.load(service, thread.getContextClassLoader()).stream().count());

      assertEquals(ALL_IDS, ids(shaded, evaluator(shaded, "discover")));
      assertEquals(ALL_IDS, ids(shaded, evaluator(shaded, "discoverRequiring", (Object) ALL_IDS.toArray(new String[0]))));
    }
  }

  @Test
  void aFatJarThatKeptOneRegionsServiceFileFailsNamingTheMissingIds(@TempDir Path dir) throws Throwable {
    // what a naive fat jar does: the service files of the regions overwrite each other, one survives
    Path naive = dir.resolve("naive-fat.jar");
    copyReplacing(shadedJar(), naive, SERVICE_FILE, serviceFileOf("rules-hubei"));

    try (URLClassLoader fat = loader("naive-fat", List.of(naive))) {
      // plain discovery takes the part for the whole: three sets, no error
      assertEquals(List.of("hubei-cpa-2016", "hubei-science-societies-2016", "wuhan-2016"), ids(fat, evaluator(fat, "discover")));

      Throwable e = thrownBy(fat, "discoverRequiring", (Object) ALL_IDS.toArray(new String[0]));
      assertEquals("required policy sets not found: [hunan-benchmark-2020, liaoning-2016]"
          + " (2 of the 5 required [hubei-cpa-2016, hubei-science-societies-2016, hunan-benchmark-2020, liaoning-2016, wuhan-2016]);"
          + " found 3: [hubei-cpa-2016, hubei-science-societies-2016, wuhan-2016];"
          + " searched, in order: [the thread context class loader (platform),"
          + " the class loader of rules-core = the class loader of rules-api (naive-fat)]."
          + " Put the region modules (rules-hubei, rules-hunan, rules-liaoning) on the path."
          + " A fat jar must merge the META-INF/services/org.partyorg.rules.api.PolicySet files of every region jar"
          + " instead of keeping one (maven-shade-plugin: ServicesResourceTransformer; Gradle shadow: mergeServiceFiles()).",
          e.getMessage().substring(0, e.getMessage().indexOf(" On the module path")));
      assertEquals(List.of("hunan-benchmark-2020", "liaoning-2016"), listProperty(e, "getMissingIds"));
      assertEquals(List.of("hubei-cpa-2016", "hubei-science-societies-2016", "wuhan-2016"), listProperty(e, "getFoundIds"));
    }
  }

  @Test
  void rulesCoreWithoutAnyRegionFailsSayingWhatWasSearched() throws Throwable {
    List<Path> jars = coreClasspath();
    List<String> names = jars.stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.stream().anyMatch(n -> n.startsWith("rules-api-")), names::toString);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("rules-core-")), names::toString);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("hibernate-validator-")), names::toString);
    assertFalse(names.stream().anyMatch(n -> n.matches("rules-(hubei|hunan|liaoning)-.*")), names::toString);

    try (URLClassLoader core = loader("core-only", jars)) {
      // the usual case: the context loader is the one the library is in
      thread.setContextClassLoader(core);
      Throwable e = thrownBy(core, "discover");
      assertTrue(e.getMessage().startsWith("no policy set found: 0 providers of org.partyorg.rules.api.PolicySet;"
          + " searched, in order: [the thread context class loader = the class loader of rules-core"
          + " = the class loader of rules-api (core-only)]. Put the region modules (rules-hubei, rules-hunan, rules-liaoning) on the path."),
          e::getMessage);
      assertTrue(e.getMessage().contains("ServicesResourceTransformer"), e::getMessage);
      assertTrue(e.getMessage().endsWith("declares 'provides org.partyorg.rules.api.PolicySet with ...' in its module-info."), e::getMessage);
      assertEquals(List.of(), listProperty(e, "getFoundIds"));
    }
  }

  private static List<Path> coreClasspath() throws IOException {
    String property = System.getProperty("partyorg.coreClasspath");
    assertNotNull(property, "failsafe passes the rules-core class path file as partyorg.coreClasspath");
    String classpath = Files.readString(Path.of(property), StandardCharsets.UTF_8).strip();
    return Stream.of(classpath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
  }

  /** The service file of one region jar, as found on this test's own class path. */
  private static byte[] serviceFileOf(String region) throws IOException {
    List<URL> found = new ArrayList<>();
    for (URL url : Collections.list(ShadedJarDiscoveryIT.class.getClassLoader().getResources(SERVICE_FILE))) {
      if (url.toString().contains("/" + region + "/")) {
        found.add(url);
      }
    }
    assertEquals(1, found.size(), () -> region + "'s service file on " + found);
    try (InputStream in = found.get(0).openStream()) {
      return in.readAllBytes();
    }
  }

  /** A copy of a jar with one entry's content replaced. */
  private static void copyReplacing(Path from, Path to, String entryName, byte[] content) throws IOException {
    boolean replaced = false;
    try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(entryName)) {
          out.write(content);
          replaced = true;
        } else if (!entry.isDirectory()) {
          try (InputStream data = in.getInputStream(entry)) {
            data.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    assertTrue(replaced, () -> from + " has no " + entryName);
  }
}
