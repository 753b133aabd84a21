package org.partyorg.rules.hubei.support;

import java.util.List;
import org.partyorg.rules.api.Parameter;

/** Looks a parameter up by key. */
public final class Parameters {
  private Parameters() {}

  /** The parameter with {@code key}. */
  public static Parameter get(List<Parameter> parameters, String key) {
    return parameters.stream()
        .filter(p -> p.getKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter '" + key + "'"));
  }
}
