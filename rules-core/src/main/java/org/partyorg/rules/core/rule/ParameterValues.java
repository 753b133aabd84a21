package org.partyorg.rules.core.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.internal.Texts;

/**
 * The parameters a set is built from, each with the value in effect: the document's, or the
 * one a what-if gives for its key. A region's recipe ({@link PolicySetBuilder#overridable})
 * reads its rules' thresholds, rates and deadlines here, by the parameter it declared, so that
 * an override reaches every rule, target and message that uses it. Immutable; citations, facts,
 * units and kinds stay those of the declarations.
 */
public final class ParameterValues {
  private final Map<String, Parameter> values;
  private final Map<String, Parameter> overridden;

  private ParameterValues(Map<String, Parameter> values, Map<String, Parameter> overridden) {
    this.values = Collections.unmodifiableMap(values);
    this.overridden = Collections.unmodifiableMap(overridden);
  }

  /**
   * The declared parameters with {@code overrides} applied.
   *
   * @param setId the set's id, for error messages
   * @param declared the parameters as the document has them, keys unique
   * @param overrides values by key, as {@link Parameter#withOverride(Object)} takes them
   * @throws IllegalArgumentException naming the set, the key, the value (cut) and listing the
   *     set's parameters with their kinds, if a key is not declared or a value does not fit;
   *     every wrong entry is named, not only the first
   */
  public static ParameterValues of(String setId, List<Parameter> declared, Map<String, ?> overrides) {
    Map<String, Parameter> values = new LinkedHashMap<>();
    for (Parameter parameter : declared) {
      if (values.put(parameter.getKey(), parameter) != null) {
        throw new IllegalStateException("policy set '" + setId + "' declares parameter '" + parameter.getKey() + "' twice");
      }
    }
    List<String> errors = new ArrayList<>();
    Map<String, Parameter> overridden = new LinkedHashMap<>();
    overrides.forEach((key, value) -> {
      Parameter parameter = key == null ? null : values.get(key);
      if (parameter == null) {
        errors.add("there is no parameter " + (key == null ? "null" : "'" + Texts.echo(key) + "'")
            + " (given " + Texts.echo(value) + ")");
        return;
      }
      try {
        overridden.put(key, parameter.withOverride(value));
      } catch (IllegalArgumentException misfit) {
        errors.add(misfit.getMessage());
      }
    });
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("policy set " + setId + " cannot take the overrides: " + String.join("; ", errors)
          + ". Its parameters: " + describe(values.values()));
    }
    Map<String, Parameter> overriddenInOrder = new LinkedHashMap<>();
    for (String key : values.keySet()) {
      Parameter parameter = overridden.get(key);
      if (parameter != null) {
        values.put(key, parameter);
        overriddenInOrder.put(key, parameter);
      }
    }
    return new ParameterValues(values, overriddenInOrder);
  }

  /** The parameters as an error lists them: key (kind, unit, value in effect), in order. */
  static String describe(java.util.Collection<Parameter> parameters) {
    return parameters.stream()
        .map(p -> p.getKey() + " (" + p.kind() + (p.getUnit().en().isEmpty() ? "" : ", " + p.getUnit().en())
            + ", " + p.valueText() + ")")
        .collect(Collectors.joining(", "));
  }

  /** Every parameter with its value in effect, in the order declared: what the set lists. */
  public List<Parameter> all() {
    return List.copyOf(values.values());
  }

  /** The overridden parameters by key, in the order declared. */
  public Map<String, Parameter> overridden() {
    return overridden;
  }

  /**
   * The parameter declared as {@code declared}, with its value in effect.
   *
   * @throws IllegalArgumentException if the set does not declare its key
   */
  public Parameter get(Parameter declared) {
    Parameter parameter = values.get(Objects.requireNonNull(declared, "declared").getKey());
    if (parameter == null) {
      throw new IllegalArgumentException("parameter '" + declared.getKey() + "' is not declared; declared: " + values.keySet());
    }
    return parameter;
  }

  /** The whole number in effect for {@code declared} (a count). */
  public int intValue(Parameter declared) {
    return get(declared).intValue();
  }

  /** The number in effect for {@code declared} (a rate, a factor). */
  public BigDecimal value(Parameter declared) {
    return get(declared).getValue();
  }

  /**
   * The date in effect for {@code declared} (a deadline).
   *
   * @throws IllegalArgumentException if {@code declared} is not a date parameter
   */
  public LocalDate date(Parameter declared) {
    return get(declared).getDate()
        .orElseThrow(() -> new IllegalArgumentException("parameter '" + declared.getKey() + "' is not a date"));
  }

  @Override
  public String toString() {
    return values.values().stream().map(p -> p.getKey() + "=" + p.valueText()).collect(Collectors.joining(", ", "{", "}"));
  }
}
