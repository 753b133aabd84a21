package org.partyorg.rules.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;

/**
 * Whether an organisation reports a fact, by the fact's name (its model property path such as
 * {@code partyOrganisation.structure.committee.termStart}, or the name of an extra fact), so that
 * a property can check that an undecided finding names a fact that is indeed missing:
 *
 * <pre>{@code
 * for (String missing : finding.getMissingFacts()) {
 *   assertFalse(ReportedFacts.isReported(organisation, missing));
 * }
 * }</pre>
 *
 * <p>A path is walked getter by getter ({@code getX} or {@code isX}); an empty {@code Optional},
 * {@code OptionalInt} or list on the way means "not reported". Through a list of records
 * (platforms, party groups, their members) the fact is reported only if every element reports
 * it: one platform without its formal members leaves the rule without a fact. Two names are not
 * paths: {@code partyMembers} (reported when both member counts are) and
 * {@code partyOrganisation.coveredOrganisations} (the count or the list of codes). A name the
 * model does not have, and that is not an extra fact, is an {@link IllegalArgumentException}:
 * a test that asks about it asks the wrong question.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportedFacts {
  private ReportedFacts() {}

  /**
   * Checks the undecided findings of one assessment of {@code organisation}: the organisation
   * reports none of the facts they name as missing. The property every
   * policy set's generated cases should hold:
   *
   * <pre>{@code
   * Property.forAll(cases).check(c -> undecided.addAndGet(
   *     ReportedFacts.checkUndecided(c.organisation(), evaluator.assess(c.organisation(), c.asOf()).getFindings())));
   * assertTrue(undecided.get() > 0);
   * }</pre>
   *
   * @return how many of {@code findings} are undecided, so that a property can tell it checked some
   * @throws AssertionError at the first undecided finding that names a fact the organisation reports
   * @throws IllegalArgumentException if a finding names a fact that is neither a property path of
   *     the model nor an extra fact's name
   */
  public static int checkUndecided(Organisation organisation, Collection<Finding> findings) {
    int undecided = 0;
    for (Finding f : findings) {
      if (f.getOutcome() != Outcome.UNDECIDED) {
        continue;
      }
      // an undecided finding names at least one: Finding's builder insists
      undecided++;
      for (String missing : f.getMissingFacts()) {
        if (isReported(organisation, missing)) {
          throw new AssertionError(f.getKey() + " names " + missing + " as missing, yet the organisation reports it: " + f);
        }
      }
    }
    return undecided;
  }

  /**
   * @throws IllegalArgumentException if {@code name} is neither a property path of the model nor
   *     an extra fact's name
   */
  public static boolean isReported(Organisation organisation, String name) {
    switch (name) {
      case "partyMembers":
        return organisation.getFormalMembers().isPresent() && organisation.getProbationaryMembers().isPresent();
      case "partyOrganisation.coveredOrganisations":
        return organisation.getPartyOrganisation().map(p -> p.coveredCount().isPresent()).orElse(false);
      default:
        break;
    }
    String[] steps = name.split("\\.");
    if (getter(Organisation.class, steps[0]) == null) {
      if (organisation.getExtraFacts().containsKey(name)) {
        return true;
      }
      if (!name.contains(".")) {
        // an extra fact a set declares, not given
        return false;
      }
      throw new IllegalArgumentException("'" + name + "' is neither a property path of the model nor an extra fact");
    }
    return reported(organisation, steps, 0, name);
  }

  private static boolean reported(Object value, String[] steps, int step, String name) {
    Object unwrapped = unwrap(value);
    if (unwrapped == null) {
      return false;
    }
    if (unwrapped instanceof Collection<?> collection && !(unwrapped instanceof java.util.Set<?> && step == steps.length)) {
      if (collection.isEmpty()) {
        return false;
      }
      if (step == steps.length) {
        return true;
      }
      for (Object element : collection) {
        if (!reported(element, steps, step, name)) {
          return false;
        }
      }
      return true;
    }
    if (step == steps.length) {
      return true;
    }
    Method getter = getter(unwrapped.getClass(), steps[step]);
    if (getter == null) {
      throw new IllegalArgumentException("'" + name + "': " + unwrapped.getClass().getSimpleName() + " has no property "
          + steps[step]);
    }
    try {
      return reported(getter.invoke(unwrapped), steps, step + 1, name);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }

  /** Null for an absent value, the value inside an optional, else the value itself. */
  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : map;
    }
    return value;
  }

  /** The getter on the first public class up from {@code type} (the generated classes are not public). */
  private static Method getter(Class<?> type, String property) {
    String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String prefix : List.of("get", "is")) {
      try {
        return publicGetter(type, prefix + suffix);
      } catch (NoSuchMethodException e) {
        // try the other prefix
      }
    }
    return null;
  }

  private static Method publicGetter(Class<?> type, String name) throws NoSuchMethodException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        return c.getMethod(name);
      }
    }
    throw new NoSuchMethodException(name);
  }
}
