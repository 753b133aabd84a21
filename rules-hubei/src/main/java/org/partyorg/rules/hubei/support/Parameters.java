package org.partyorg.rules.hubei.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.core.rule.BaselineRules;

/** Small helpers for declaring and overriding parameters. */
public final class Parameters {
  private Parameters() {}

  /** A rate (0.8 for 80%), compared with no organisation fact: it is measured over a register. */
  public static Parameter rate(String key, String value, Citation citation) {
    return Parameter.rate(key, new BigDecimal(value), citation);
  }

  /**
   * The parameters with the values of {@code overrides} in place of their own, citations kept,
   * for what-if analysis.
   *
   * @throws IllegalArgumentException if an override names no parameter
   */
  public static List<Parameter> override(List<Parameter> parameters, Map<String, BigDecimal> overrides) {
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
    return List.copyOf(result);
  }

  /**
   * N1's standalone threshold as {@code overrides} give it, 3 otherwise. It is not among a set's
   * own parameters: {@code BaselineRules} declares it, so a set builds its baseline with this
   * value and overrides the rest with {@link #withoutStandaloneThreshold}.
   *
   * @throws IllegalArgumentException if the override is not a whole number from 1 to 10,000,000
   */
  public static int standaloneThreshold(Map<String, BigDecimal> overrides) {
    BigDecimal value = overrides.getOrDefault(BaselineRules.STANDALONE_THRESHOLD, BigDecimal.valueOf(3));
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(ModelLimits.MAX_PERSONS)) > 0
        || value.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("parameter " + BaselineRules.STANDALONE_THRESHOLD + " cannot be "
          + value.toPlainString() + ": it takes a whole number of formal members from 1 to " + ModelLimits.MAX_PERSONS);
    }
    return value.intValueExact();
  }

  /** {@code overrides} without the standalone threshold, which the baseline has taken. */
  public static Map<String, BigDecimal> withoutStandaloneThreshold(Map<String, BigDecimal> overrides) {
    Map<String, BigDecimal> rest = new HashMap<>(overrides);
    rest.remove(BaselineRules.STANDALONE_THRESHOLD);
    return rest;
  }

  /** The parameter with {@code key}. */
  public static Parameter get(List<Parameter> parameters, String key) {
    return parameters.stream()
        .filter(p -> p.getKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter '" + key + "'"));
  }
}
