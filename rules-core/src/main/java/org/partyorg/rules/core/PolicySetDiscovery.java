package org.partyorg.rules.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.internal.Checks;
import org.partyorg.rules.api.internal.Texts;

/**
 * Finds the policy sets with {@link ServiceLoader}, through every loader that may see them, and
 * checks them.
 *
 * <h2>Where it looks, in this order</h2>
 * <ol>
 *   <li>the module layer of {@code org.partyorg.rules.core}, when it is a named module (module
 *       path): {@link ServiceLoader#load(ModuleLayer, Class)}, the modules of that layer and of
 *       its parents that declare {@code provides org.partyorg.rules.api.PolicySet};
 *   <li>the calling thread's context class loader, if it has one: {@link
 *       ServiceLoader#load(Class, ClassLoader)}, which is what {@link ServiceLoader#load(Class)}
 *       does: the named modules of that loader and its ancestors, then the {@code
 *       META-INF/services/org.partyorg.rules.api.PolicySet} files it sees;
 *   <li>the class loader of {@code rules-core}, then that of {@code rules-api} if it is another
 *       one, the same way: a library deployed in a child class loader (a web application, a
 *       plug-in) finds the sets deployed next to it whatever the context loader points at.
 * </ol>
 * A class loader already searched under another role is not searched again.
 *
 * <h2>Duplicates</h2>
 * The same provider class (the same {@code Class} object) found through several of these is one
 * set, instantiated once. Two different classes that give the same id are an error, and so are
 * two copies of one class defined by two class loaders (the same region jar deployed twice):
 * the error names the id, both classes and the loaders they come from. The order of the search
 * changes no result, only the wording of errors: the sets are returned ordered by id.
 *
 * <h2>Nothing found</h2>
 * Finding no set at all is an error, and so is missing one of the ids a caller requires; both
 * messages say what was searched and how service files are merged into a fat jar.
 */
final class PolicySetDiscovery {
  static final String SERVICE = PolicySet.class.getName();

  static final String HINT =
      "Put the region modules (rules-hubei, rules-hunan, rules-liaoning) on the path. A fat jar must merge the"
          + " META-INF/services/" + SERVICE + " files of every region jar instead of keeping one"
          + " (maven-shade-plugin: ServicesResourceTransformer; Gradle shadow: mergeServiceFiles()). On the module"
          + " path every region module must be resolved (requires, or --add-modules) and declares 'provides "
          + SERVICE + " with ...' in its module-info.";

  /** One place providers are looked up in, described for error messages. */
  record Source(String description, Supplier<Stream<ServiceLoader.Provider<PolicySet>>> providers) {
    Source {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(providers, "providers");
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** A set and where it was found. */
  private record Found(PolicySet set, String id, Source source) {}

  private PolicySetDiscovery() {}

  /** Every set found through the default sources for the calling thread, checked. */
  static List<PolicySet> discover(Iterable<String> requiredIds) {
    Set<String> required = requiredIds(requiredIds);
    return discover(sources(Thread.currentThread().getContextClassLoader()), required);
  }

  /**
   * The sources searched, in order, for a thread whose context class loader is {@code
   * contextLoader} (may be null).
   */
  static List<Source> sources(ClassLoader contextLoader) {
    List<Source> sources = new ArrayList<>(4);
    Module core = PolicySetDiscovery.class.getModule();
    ModuleLayer layer = core.getLayer();
    if (core.isNamed() && layer != null) {
      String which = layer == ModuleLayer.boot() ? "boot layer" : "layer [" + layer + "]";
      sources.add(new Source(
          "the module layer of " + core.getName() + " (" + which + ")",
          () -> ServiceLoader.load(layer, PolicySet.class).stream()));
    }
    Map<ClassLoader, List<String>> roles = new IdentityHashMap<>();
    List<ClassLoader> order = new ArrayList<>(3);
    addLoader(roles, order, contextLoader, "the thread context class loader");
    addLoader(roles, order, PolicySetDiscovery.class.getClassLoader(), "the class loader of " + name(PolicySetDiscovery.class));
    addLoader(roles, order, PolicySet.class.getClassLoader(), "the class loader of " + name(PolicySet.class));
    for (ClassLoader loader : order) {
      sources.add(new Source(
          String.join(" = ", roles.get(loader)) + " (" + describe(loader) + ")",
          () -> ServiceLoader.load(PolicySet.class, loader).stream()));
    }
    return List.copyOf(sources);
  }

  private static void addLoader(Map<ClassLoader, List<String>> roles, List<ClassLoader> order, ClassLoader loader, String role) {
    if (loader == null) {
      return; // the bootstrap loader holds no policy set
    }
    roles.computeIfAbsent(loader, l -> {
      order.add(l);
      return new ArrayList<>(2);
    }).add(role);
  }

  /** The module name, or for the classpath the jar the class belongs to. */
  private static String name(Class<?> type) {
    Module module = type.getModule();
    return module.isNamed() ? module.getName() : (type == PolicySet.class ? "rules-api" : "rules-core");
  }

  /** A loader's name, or its class and identity for an unnamed loader. */
  static String describe(ClassLoader loader) {
    if (loader == null) {
      return "bootstrap";
    }
    String name = loader.getName();
    return name != null ? name : loader.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(loader));
  }

  /**
   * Every set the sources provide, checked, ordered by id.
   *
   * @throws PolicySetDiscoveryException if a provider fails, ids clash, no set is found or a
   *     required id is missing
   */
  static List<PolicySet> discover(List<Source> sources, Set<String> requiredIds) {
    Set<Class<?>> seenTypes = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Found> found = new ArrayList<>();
    for (Source source : sources) {
      String type = "?";
      try (Stream<ServiceLoader.Provider<PolicySet>> providers = source.providers().get()) {
        Iterator<ServiceLoader.Provider<PolicySet>> it = providers.iterator();
        while (it.hasNext()) {
          ServiceLoader.Provider<PolicySet> provider = it.next();
          type = "?";
          Class<? extends PolicySet> providerType = provider.type();
          type = providerType.getName();
          if (seenTypes.add(providerType)) {
            PolicySet set = provider.get();
            found.add(new Found(set, id(set, source), source));
          }
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        throw new PolicySetDiscoveryException(
            "a policy set provider could not be loaded through " + source + ("?".equals(type) ? "" : " (provider " + type + ")")
                + ": " + e,
            e);
      }
    }
    List<PolicySet> sets = unique(found);
    List<String> foundIds = sets.stream().map(PolicySet::id).toList();
    if (sets.isEmpty()) {
      throw new PolicySetDiscoveryException(
          "no policy set found: 0 providers of " + SERVICE + (requiredIds.isEmpty() ? "" : ", required " + requiredIds)
              + "; searched, in order: " + sources + ". " + HINT,
          List.copyOf(requiredIds), foundIds);
    }
    List<String> missing = requiredIds.stream().filter(id -> !foundIds.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw new PolicySetDiscoveryException(
          String.format(Locale.ROOT,
              "required policy sets not found: %s (%d of the %d required %s); found %d: %s; searched, in order: %s. %s",
              missing, missing.size(), requiredIds.size(), requiredIds, foundIds.size(), foundIds, sources, HINT),
          missing, foundIds);
    }
    return sets;
  }

  private static String id(PolicySet set, Source source) {
    String id;
    try {
      id = set.id();
    } catch (RuntimeException e) {
      throw new PolicySetDiscoveryException(
          "policy set " + set.getClass().getName() + " found through " + source + " failed to give its id: " + e, e);
    }
    if (id == null || id.isBlank()) {
      throw new PolicySetDiscoveryException(
          "policy set " + set.getClass().getName() + " found through " + source + " has a blank id ('" + id
              + "'); every set needs a stable, unique id");
    }
    return id;
  }

  /**
   * The required ids, checked and sorted.
   *
   * @throws NullPointerException if the ids or one of them is null
   * @throws IllegalArgumentException if an id is blank
   */
  static Set<String> requiredIds(Iterable<String> requiredIds) {
    Objects.requireNonNull(requiredIds, "requiredIds");
    Set<String> result = new TreeSet<>();
    int index = 0;
    for (String id : requiredIds) {
      if (id == null) {
        throw new NullPointerException("requiredIds[" + index + "] is null");
      }
      if (Checks.isBlank(id)) {
        throw new IllegalArgumentException(
            "requiredIds[" + index + "] is blank: '" + Texts.echo(id) + "'; a policy set id is never blank");
      }
      if (Checks.textProblem(id, Texts.ECHO_LIMIT) != null) {
        throw new IllegalArgumentException("requiredIds[" + index + "] is not a policy set id: '" + Texts.echo(id)
            + "'; an id such as wuhan-2016 has no control characters and at most " + Texts.ECHO_LIMIT + " characters");
      }
      result.add(id);
      index++;
    }
    return Collections.unmodifiableSet(result);
  }

  private static List<PolicySet> unique(List<Found> found) {
    Map<String, Found> byId = new TreeMap<>();
    for (Found f : found) {
      Found previous = byId.putIfAbsent(f.id(), f);
      if (previous == null || previous.set() == f.set()) {
        continue;
      }
      Class<?> a = previous.set().getClass();
      Class<?> b = f.set().getClass();
      if (a.getName().equals(b.getName())) {
        throw new PolicySetDiscoveryException(
            "two policy sets have the id '" + f.id() + "': class " + a.getName() + " is defined by two class loaders, "
                + describe(a.getClassLoader()) + " (found through " + previous.source() + ") and "
                + describe(b.getClassLoader()) + " (found through " + f.source() + "); is the same region jar deployed"
                + " twice, e.g. in the application and in a shared library folder? Keep one copy.");
      }
      throw new PolicySetDiscoveryException(
          "two policy sets have the id '" + f.id() + "': " + a.getName() + " (found through " + previous.source()
              + ") and " + b.getName() + " (found through " + f.source() + "); every id must be unique");
    }
    List<PolicySet> sets = new ArrayList<>(byId.size());
    byId.values().forEach(f -> sets.add(f.set()));
    return List.copyOf(sets);
  }

  private static PolicySetDiscoveryException blankId(PolicySet set, String id) {
    return new PolicySetDiscoveryException(
        "policy set " + set.getClass().getName() + " has a blank id ('" + id + "'); every set needs a stable, unique id");
  }

  /** The sets ordered by id, after checking that every id is present, not blank and unique. */
  static List<PolicySet> checked(Iterable<? extends PolicySet> sets) {
    Map<String, PolicySet> byId = new LinkedHashMap<>();
    for (PolicySet set : sets) {
      if (set == null) {
        throw new PolicySetDiscoveryException("a null policy set was given");
      }
      String id = set.id();
      if (id == null || id.isBlank()) {
        throw blankId(set, id);
      }
      PolicySet previous = byId.putIfAbsent(id, set);
      if (previous != null) {
        throw new PolicySetDiscoveryException(
            "two policy sets have the id '" + id + "': " + previous.getClass().getName() + " and "
                + set.getClass().getName() + "; is the same region module on the path twice?");
      }
    }
    List<PolicySet> result = new ArrayList<>(byId.values());
    result.sort(Comparator.comparing(PolicySet::id));
    return List.copyOf(result);
  }
}
