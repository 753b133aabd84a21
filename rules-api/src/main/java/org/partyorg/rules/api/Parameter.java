package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * A threshold, limit or rate of a policy set (100 staff, 3 formal members, 1%), named and
 * cited, so that a rule never hides a number inside a condition and a what-if can override it.
 *
 * <p>{@link #getFact()} names the organisation property the value is compared with (for
 * example {@code headCount}); test generators bias their numbers toward such values so that
 * both sides of every threshold come up often.
 */
@Value.Immutable
@ValueStyle
public abstract class Parameter {
  /** Unique within its policy set, e.g. {@code standaloneStaffThreshold}. */
  public abstract String getKey();

  public abstract BigDecimal getValue();

  /** The {@link org.partyorg.rules.api.model.Organisation} property compared with the value, if any. */
  public abstract Optional<String> getFact();

  public abstract Citation getCitation();

  /** The value as a whole number. */
  public int intValue() {
    return getValue().intValueExact();
  }

  public static Parameter of(String key, int value, String fact, Citation citation) {
    return ImmutableParameter.builder()
        .key(key)
        .value(BigDecimal.valueOf(value))
        .fact(fact)
        .citation(citation)
        .build();
  }

  public static Parameter of(String key, BigDecimal value, Citation citation) {
    return ImmutableParameter.builder().key(key).value(value).citation(citation).build();
  }
}
