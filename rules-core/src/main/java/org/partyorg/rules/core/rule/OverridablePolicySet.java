package org.partyorg.rules.core.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;

/**
 * A set built by a recipe from its parameters' values, which rebuilds itself with other values
 * for a what-if. Holds the overrides given so far, so that a variant of a variant composes.
 */
final class OverridablePolicySet extends ForwardingPolicySet {
  private final List<Parameter> declared;
  private final Function<ParameterValues, PolicySet> recipe;
  /** Every override given along the chain of variants, the later value of a key winning. */
  private final Map<String, Object> given;
  private final Map<String, Parameter> overrides;

  private OverridablePolicySet(
      PolicySet built, List<Parameter> declared, Function<ParameterValues, PolicySet> recipe,
      Map<String, Object> given, Map<String, Parameter> overrides) {
    super(built);
    this.declared = declared;
    this.recipe = recipe;
    this.given = given;
    this.overrides = overrides;
  }

  static PolicySet of(String id, List<Parameter> declared, Function<ParameterValues, PolicySet> recipe) {
    return build(id, List.copyOf(declared), recipe, Map.of());
  }

  private static PolicySet build(
      String id, List<Parameter> declared, Function<ParameterValues, PolicySet> recipe, Map<String, Object> given) {
    ParameterValues values = ParameterValues.of(id, declared, given);
    PolicySet built;
    try {
      built = Objects.requireNonNull(recipe.apply(values), "the recipe of " + id + " built null");
    } catch (IllegalArgumentException unfit) {
      // a value of the right kind that the rules still refuse (a standalone threshold of 0 members)
      if (given.isEmpty()) {
        throw unfit;
      }
      throw new IllegalArgumentException("policy set " + id + " cannot take the overrides " + values.overridden().keySet()
          + ": " + unfit.getMessage() + ". Its parameters: " + ParameterValues.describe(values.all()), unfit);
    }
    // a recipe that forgets to list a parameter, or lists the document's value instead of the
    // override, would make a variant that says one thing and does another
    if (!built.id().equals(id)) {
      throw new IllegalStateException("the recipe of policy set " + id + " built a set with the id " + built.id());
    }
    if (!built.parameters().equals(values.all())) {
      throw new IllegalStateException("the recipe of policy set " + id + " must list the parameters it was given, "
          + values + ", but lists " + built.parameters().stream().map(p -> p.getKey() + "=" + p.valueText()).toList());
    }
    return new OverridablePolicySet(built, declared, recipe, Collections.unmodifiableMap(given), values.overridden());
  }

  @Override
  public PolicySet withOverrides(Map<String, ?> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, Object> merged = new LinkedHashMap<>(given);
    merged.putAll(more);
    return build(id(), declared, recipe, merged);
  }

  @Override
  public Map<String, Parameter> overrides() {
    return overrides;
  }
}
