package org.partyorg.rules.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/** One thing wrong with an organisation: which field, what value, and why, in Chinese and English. */
@Value.Immutable
@ValueStyle
public abstract class Violation {
  /** The property path, e.g. {@code headCount} or {@code partyOrganisation.coveredOrganisations[1]}. */
  public abstract String getField();

  /** The offending value as text; absent when it was null. */
  public abstract Optional<String> getValue();

  public abstract String getMessageZh();

  public abstract String getMessageEn();

  @Override
  public String toString() {
    return getField() + " = " + getValue().map(v -> "'" + v + "'").orElse("null") + ": "
        + getMessageEn() + " / " + getMessageZh();
  }
}
