package org.partyorg.rules.hubei.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.core.rule.BaselineRules;

/**
 * A set's parameters for one build: those its rules and targets declare, each with the value a
 * what-if gives for its key, and N1's standalone threshold, which {@link BaselineRules}
 * declares and the set passes on to its baseline and to the rules that work beside it.
 * Citations, facts and units stay those of the declarations.
 */
public final class WhatIf {
  private final int standaloneThreshold;
  private final List<Parameter> parameters;

  private WhatIf(int standaloneThreshold, List<Parameter> parameters) {
    this.standaloneThreshold = standaloneThreshold;
    this.parameters = List.copyOf(parameters);
  }

  /**
   * @param overrides what-if values by parameter key, the standalone threshold included
   * @param declared the parameters the set's rules and targets declare, as the document has them
   * @throws IllegalArgumentException if the standalone threshold is not a whole number from 1 to
   *     10,000,000, if an override does not fit its parameter, or if it names no parameter
   */
  public static WhatIf of(Map<String, BigDecimal> overrides, Parameter... declared) {
    int standaloneThreshold = standaloneThreshold(overrides);
    return new WhatIf(standaloneThreshold, override(List.of(declared), withoutStandaloneThreshold(overrides)));
  }

  /** N1's standalone threshold, 3 unless overridden. */
  public int standaloneThreshold() {
    return standaloneThreshold;
  }

  /** The declared parameters after the overrides, in the order declared; not the standalone threshold. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** The parameter declared as {@code declared}, after the overrides. */
  public Parameter get(Parameter declared) {
    return parameters.stream()
        .filter(p -> p.getKey().equals(declared.getKey()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter '" + declared.getKey() + "'"));
  }

  /** The whole-number value of {@code declared} after the overrides. */
  public int intValue(Parameter declared) {
    return get(declared).intValue();
  }

  /** The value of {@code declared} after the overrides. */
  public BigDecimal value(Parameter declared) {
    return get(declared).getValue();
  }

  /**
   * The parameters with the values of {@code overrides} in place of their own, citations kept.
   *
   * @throws IllegalArgumentException if an override names no parameter
   */
  private static List<Parameter> override(List<Parameter> parameters, Map<String, BigDecimal> overrides) {
    List<Parameter> result = new ArrayList<>(parameters.size());
    for (Parameter parameter : parameters) {
      BigDecimal value = overrides.get(parameter.getKey());
      result.add(value == null ? parameter : parameter.withOverride(value));
    }
    for (String key : overrides.keySet()) {
      if (parameters.stream().noneMatch(p -> p.getKey().equals(key))) {
        throw new IllegalArgumentException("no parameter '" + key + "' to override; known: "
            + parameters.stream().map(Parameter::getKey).toList());
      }
    }
    return result;
  }

  /**
   * N1's standalone threshold as {@code overrides} give it, 3 otherwise.
   *
   * @throws IllegalArgumentException if the override is not a whole number from 1 to 10,000,000
   */
  private static int standaloneThreshold(Map<String, BigDecimal> overrides) {
    BigDecimal value = overrides.getOrDefault(BaselineRules.STANDALONE_THRESHOLD, BigDecimal.valueOf(3));
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(ModelLimits.MAX_PERSONS)) > 0
        || value.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("parameter " + BaselineRules.STANDALONE_THRESHOLD + " cannot be "
          + value.toPlainString() + ": it takes a whole number of formal members from 1 to " + ModelLimits.MAX_PERSONS);
    }
    return value.intValueExact();
  }

  /** {@code overrides} without the standalone threshold, which the baseline takes. */
  private static Map<String, BigDecimal> withoutStandaloneThreshold(Map<String, BigDecimal> overrides) {
    Map<String, BigDecimal> rest = new HashMap<>(overrides);
    rest.remove(BaselineRules.STANDALONE_THRESHOLD);
    return rest;
  }
}
