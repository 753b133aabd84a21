package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.PolicySetDiscovery.Source;
import org.partyorg.rules.core.rule.ForwardingPolicySet;

/**
 * Discovery: where it looks, what it does with a provider found twice, and what it says when
 * sets are missing. Most cases go through the package-private seam {@link
 * PolicySetDiscovery#discover(List, Set)} with hand-made providers; the real look-up is checked
 * here where rules-core's path has no provider, and in the examples module where it has all.
 */
class PolicySetDiscoveryTest {
  private static final boolean MODULE_PATH = PolicySetDiscovery.class.getModule().isNamed();
  private static final String LIBRARY_LOADERS =
      MODULE_PATH
          ? "the class loader of org.partyorg.rules.core = the class loader of org.partyorg.rules.api (app)"
          : "the class loader of rules-core = the class loader of rules-api (app)";

  /** Two provider classes that give the same id, and a third with another. */
  static final class Wuhan extends ForwardingPolicySet {
    Wuhan() {
      super(TestPolicySets.baseline("wuhan-test", "4201"));
    }
  }

  static final class OtherWuhan extends ForwardingPolicySet {
    OtherWuhan() {
      super(TestPolicySets.baseline("wuhan-test", "4202"));
    }
  }

  static final class Hubei extends ForwardingPolicySet {
    Hubei() {
      super(TestPolicySets.baseline("hubei-test", "42"));
    }
  }

  /** A provider as ServiceLoader hands it out, counting instantiations. */
  private static ServiceLoader.Provider<PolicySet> provider(
      Class<? extends PolicySet> type, Supplier<? extends PolicySet> factory, AtomicInteger instantiations) {
    return new ServiceLoader.Provider<>() {
      @Override
      public Class<? extends PolicySet> type() {
        return type;
      }

      @Override
      public PolicySet get() {
        instantiations.incrementAndGet();
        return factory.get();
      }
    };
  }

  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied into an immutable list
  private static Source source(String description, ServiceLoader.Provider<PolicySet>... providers) {
    List<ServiceLoader.Provider<PolicySet>> list = List.of(providers);
    return new Source(description, list::stream);
  }

  private static List<String> ids(List<PolicySet> sets) {
    return sets.stream().map(PolicySet::id).toList();
  }

  private static Set<String> required(String... ids) {
    return new TreeSet<>(Arrays.asList(ids));
  }

  // --- the real look-up, on a path without providers ---

  @Test
  void findingNoSetIsAnErrorSayingWhatWasSearchedAndHowToMergeServiceFiles() {
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, Evaluator::discover);
    String searched = MODULE_PATH
        ? "[the module layer of org.partyorg.rules.core (boot layer), the thread context class loader = " + LIBRARY_LOADERS + "]"
        : "[the thread context class loader = " + LIBRARY_LOADERS + "]";
    assertEquals(
        "no policy set found: 0 providers of org.partyorg.rules.api.PolicySet; searched, in order: " + searched + ". "
            + PolicySetDiscovery.HINT,
        e.getMessage());
    assertTrue(e.getMessage().contains("ServicesResourceTransformer"), e::getMessage);
    assertTrue(e.getMessage().contains("mergeServiceFiles()"), e::getMessage);
    assertTrue(e.getMessage().contains("'provides org.partyorg.rules.api.PolicySet with ...'"), e::getMessage);
    assertEquals(List.of(), e.getFoundIds());
    assertEquals(List.of(), e.getMissingIds());
  }

  @Test
  void aContextLoaderElsewhereIsSearchedAndSoAreTheLibrarysOwnLoadersAfterIt() {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, Evaluator::discover);
      String searched = (MODULE_PATH ? "[the module layer of org.partyorg.rules.core (boot layer), " : "[")
          + "the thread context class loader (platform), " + LIBRARY_LOADERS + "]";
      assertTrue(e.getMessage().contains("searched, in order: " + searched + ". "), e::getMessage);
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void theSourcesAreTheLayerThenTheContextLoaderThenTheLibrarysLoadersEachOnce() {
    List<String> expected = new ArrayList<>();
    if (MODULE_PATH) {
      expected.add("the module layer of org.partyorg.rules.core (boot layer)");
    }
    expected.add("the thread context class loader (platform)");
    expected.add(LIBRARY_LOADERS);
    assertEquals(expected,
        PolicySetDiscovery.sources(ClassLoader.getPlatformClassLoader()).stream().map(Source::description).toList());

    // without a context loader, only the library's own are left
    List<String> withoutContext = PolicySetDiscovery.sources(null).stream().map(Source::description).toList();
    assertEquals(expected.subList(0, expected.size() - 2), withoutContext.subList(0, withoutContext.size() - 1));
    assertEquals(LIBRARY_LOADERS, withoutContext.get(withoutContext.size() - 1));
  }

  // --- duplicates ---

  @Test
  void theSameClassFoundThroughTwoSourcesIsOneSetInstantiatedOnce() {
    AtomicInteger instantiations = new AtomicInteger();
    List<PolicySet> sets = PolicySetDiscovery.discover(List.of(
        source("the module layer", provider(Wuhan.class, Wuhan::new, instantiations)),
        source("the context loader", provider(Hubei.class, Hubei::new, instantiations), provider(Wuhan.class, Wuhan::new, instantiations)),
        source("the library's loader", provider(Wuhan.class, Wuhan::new, instantiations))), Set.of());
    assertEquals(List.of("hubei-test", "wuhan-test"), ids(sets), "ordered by id, whatever the order found");
    assertEquals(2, instantiations.get(), "Wuhan is instantiated once, Hubei once");
  }

  @Test
  void twoClassesWithOneIdFailNamingTheIdBothClassesAndWhereEachWasFound() {
    AtomicInteger instantiations = new AtomicInteger();
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("the context loader", provider(Wuhan.class, Wuhan::new, instantiations)),
        source("the library's loader", provider(OtherWuhan.class, OtherWuhan::new, instantiations))), Set.of()));
    assertEquals("two policy sets have the id 'wuhan-test': " + Wuhan.class.getName() + " (found through the context loader) and "
        + OtherWuhan.class.getName() + " (found through the library's loader); every id must be unique", e.getMessage());
  }

  @Test
  void twoClassesWithOneIdFailAlsoWhenFoundThroughOneSource() {
    AtomicInteger instantiations = new AtomicInteger();
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("the context loader", provider(Wuhan.class, Wuhan::new, instantiations), provider(OtherWuhan.class, OtherWuhan::new, instantiations))),
        Set.of()));
    assertTrue(e.getMessage().startsWith("two policy sets have the id 'wuhan-test': "), e::getMessage);
  }

  @Test
  void oneClassDefinedByTwoLoadersFailsSayingTheJarIsDeployedTwice() throws ReflectiveOperationException {
    Class<? extends PolicySet> copy = new CopyingLoader("copy", IdOnlyPolicySet.class).copy();
    assertNotSame(IdOnlyPolicySet.class, copy);
    assertEquals(IdOnlyPolicySet.class.getName(), copy.getName());
    PolicySet copied = copy.getConstructor().newInstance();

    AtomicInteger instantiations = new AtomicInteger();
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("the context loader", provider(copy, () -> copied, instantiations)),
        source("the library's loader", provider(IdOnlyPolicySet.class, IdOnlyPolicySet::new, instantiations))), Set.of()));
    assertEquals("two policy sets have the id 'id-only-test': class " + IdOnlyPolicySet.class.getName()
        + " is defined by two class loaders, copy (found through the context loader) and app (found through the library's loader);"
        + " is the same region jar deployed twice, e.g. in the application and in a shared library folder? Keep one copy.",
        e.getMessage());
  }

  @Test
  void theSameInstanceFromTwoProviderClassesIsOneSet() {
    PolicySet shared = new Wuhan();
    AtomicInteger instantiations = new AtomicInteger();
    List<PolicySet> sets = PolicySetDiscovery.discover(List.of(
        source("a", provider(Wuhan.class, () -> shared, instantiations)),
        source("b", provider(ForwardingPolicySet.class, () -> shared, instantiations))), Set.of());
    assertEquals(1, sets.size());
    assertSame(shared, sets.get(0));
  }

  // --- required ids ---

  @Test
  void requiredIdsThatAreFoundGiveEverySetFound() {
    AtomicInteger instantiations = new AtomicInteger();
    List<PolicySet> sets = PolicySetDiscovery.discover(List.of(
        source("the context loader", provider(Wuhan.class, Wuhan::new, instantiations), provider(Hubei.class, Hubei::new, instantiations))),
        required("wuhan-test"));
    assertEquals(List.of("hubei-test", "wuhan-test"), ids(sets));
  }

  @Test
  void aMissingRequiredIdFailsNamingTheMissingTheRequiredTheFoundAndWhatWasSearched() {
    AtomicInteger instantiations = new AtomicInteger();
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("the context loader (platform)"),
        source("the library's loader (app)", provider(Hubei.class, Hubei::new, instantiations))),
        required("wuhan-test", "liaoning-test", "hubei-test")));
    assertEquals("required policy sets not found: [liaoning-test, wuhan-test] (2 of the 3 required [hubei-test, liaoning-test, wuhan-test]);"
        + " found 1: [hubei-test]; searched, in order: [the context loader (platform), the library's loader (app)]. "
        + PolicySetDiscovery.HINT, e.getMessage());
    assertEquals(List.of("liaoning-test", "wuhan-test"), e.getMissingIds());
    assertEquals(List.of("hubei-test"), e.getFoundIds());
  }

  @Test
  void theReadmeShowsTheMessageOfAFatJarThatKeptOnlyLiaoning() throws IOException {
    AtomicInteger instantiations = new AtomicInteger();
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("the library's loader (app)", provider(PolicySet.class, () -> TestPolicySets.baseline("liaoning-2016", "21"), instantiations))),
        required("wuhan-2016", "hubei-cpa-2016")));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String marker = "// PolicySetDiscoveryException: ";
    String shown = readme.substring(readme.indexOf(marker) + marker.length(), readme.indexOf("\n```", readme.indexOf(marker)))
        .replace("\n// ", " ");
    String upTo = "searched, in order: [";
    assertEquals(e.getMessage().substring(0, e.getMessage().indexOf(upTo) + upTo.length()), shown.substring(0, shown.indexOf(upTo) + upTo.length()));
  }

  @Test
  void requiredIdsWhenNothingIsFoundAreAllMissing() {
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(
        List.of(source("the context loader (platform)")), required("wuhan-test", "hubei-test")));
    assertEquals("no policy set found: 0 providers of org.partyorg.rules.api.PolicySet, required [hubei-test, wuhan-test];"
        + " searched, in order: [the context loader (platform)]. " + PolicySetDiscovery.HINT, e.getMessage());
    assertEquals(List.of("hubei-test", "wuhan-test"), e.getMissingIds());
  }

  @Test
  void requiredIdsAreCheckedBeforeAnythingIsLoaded() {
    NullPointerException nullArray = assertThrows(NullPointerException.class, () -> Evaluator.discoverRequiring((String[]) null));
    assertEquals("requiredIds", nullArray.getMessage());
    NullPointerException nullId = assertThrows(NullPointerException.class, () -> Evaluator.discoverRequiring("wuhan-2016", null));
    assertEquals("requiredIds[1] is null", nullId.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> Evaluator.discoverRequiring(List.of("wuhan-2016", " ")));
    assertEquals("requiredIds[1] is blank: ' '; a policy set id is never blank", blank.getMessage());
    assertEquals(List.of("hubei-test", "wuhan-test"),
        List.copyOf(PolicySetDiscovery.requiredIds(List.of("wuhan-test", "hubei-test", "wuhan-test"))), "sorted, repeats ignored");
  }

  @Test
  void discoveringWithRequiredIdsOnThisPathNamesThemAllAsMissing() {
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class,
        () -> Evaluator.discoverRequiring("wuhan-2016", "liaoning-2016"));
    assertTrue(e.getMessage().startsWith(
        "no policy set found: 0 providers of org.partyorg.rules.api.PolicySet, required [liaoning-2016, wuhan-2016]; searched, in order: ["),
        e::getMessage);
    assertEquals(List.of("liaoning-2016", "wuhan-2016"), e.getMissingIds());
  }

  // --- faults of providers ---

  @Test
  void aProviderThatCannotBeInstantiatedFailsNamingItAndTheSource() {
    ServiceConfigurationError cause = new ServiceConfigurationError("org.partyorg.rules.api.PolicySet: Provider x.Broken could not be instantiated");
    ServiceLoader.Provider<PolicySet> broken = new ServiceLoader.Provider<>() {
      @Override
      public Class<? extends PolicySet> type() {
        return Wuhan.class;
      }

      @Override
      public PolicySet get() {
        throw cause;
      }
    };
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class,
        () -> PolicySetDiscovery.discover(List.of(source("the context loader (app)", broken)), Set.of()));
    assertEquals("a policy set provider could not be loaded through the context loader (app) (provider " + Wuhan.class.getName()
        + "): java.util.ServiceConfigurationError: org.partyorg.rules.api.PolicySet: Provider x.Broken could not be instantiated",
        e.getMessage());
    assertSame(cause, e.getCause());
  }

  @Test
  void aServiceFileThatNamesAMissingClassFailsNamingTheSource() {
    ServiceConfigurationError cause = new ServiceConfigurationError("org.partyorg.rules.api.PolicySet: Provider x.Gone not found");
    Source bad = new Source("the library's loader (app)", () -> Stream.<ServiceLoader.Provider<PolicySet>>of((ServiceLoader.Provider<PolicySet>) null)
        .map(p -> {
          throw cause;
        }));
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(bad), Set.of()));
    assertEquals("a policy set provider could not be loaded through the library's loader (app): java.util.ServiceConfigurationError:"
        + " org.partyorg.rules.api.PolicySet: Provider x.Gone not found", e.getMessage());
    assertSame(cause, e.getCause());
  }

  @Test
  void aSetWhoseIdFailsOrIsBlankFailsNamingItsClassAndSource() {
    AtomicInteger instantiations = new AtomicInteger();
    PolicySet throwing = new ForwardingPolicySet(new Wuhan()) {
      @Override
      public String id() {
        throw new IllegalStateException("not built");
      }
    };
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("s", provider(ForwardingPolicySet.class, () -> throwing, instantiations))), Set.of()));
    assertEquals("policy set " + throwing.getClass().getName() + " found through s failed to give its id: java.lang.IllegalStateException: not built",
        e.getMessage());

    PolicySet blank = new ForwardingPolicySet(new Wuhan()) {
      @Override
      public String id() {
        return "";
      }
    };
    e = assertThrows(PolicySetDiscoveryException.class, () -> PolicySetDiscovery.discover(List.of(
        source("s", provider(ForwardingPolicySet.class, () -> blank, instantiations))), Set.of()));
    assertEquals("policy set " + blank.getClass().getName() + " found through s has a blank id (''); every set needs a stable, unique id",
        e.getMessage());
  }

  /** Defines a second copy of one class, from the same bytes, in a loader of its own. */
  private static final class CopyingLoader extends ClassLoader {
    private final Class<?> original;

    CopyingLoader(String name, Class<?> original) {
      super(name, original.getClassLoader());
      this.original = original;
    }

    Class<? extends PolicySet> copy() throws ClassNotFoundException {
      return loadClass(original.getName()).asSubclass(PolicySet.class);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(original.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String resource = original.getSimpleName() + ".class";
          try (InputStream in = original.getResourceAsStream(resource)) {
            if (in == null) {
              throw new ClassNotFoundException(name + ": no resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return loaded;
      }
    }
  }
}
