package org.partyorg.rules.core;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * One thing wrong with an organisation: which field, what value, and why, in Chinese and English.
 * Serializable, so that an {@link InvalidOrganisationException} keeps its violations across a
 * wire or a cache.
 */
@Value.Immutable
@ValueStyle
public abstract class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  Violation() {}

  /**
   * The property path, e.g. {@code headCount} or {@code partyOrganisation.coveredOrganisations[1]};
   * empty for a problem of the record as a whole (a null record, a rule that failed on it).
   */
  public abstract String getField();

  /**
   * The offending value as text, cut to 64 characters (then {@code …(N chars)}) with control
   * and invisible characters escaped; absent when it was null.
   */
  public abstract Optional<String> getValue();

  /**
   * The field's name as a clerk reads it, e.g. 职工人数 for {@code headCount}, 整条记录 for the
   * record as a whole; for texts and reports that show the field without the property path.
   */
  @Value.Default
  public String getFieldNameZh() {
    return FieldNames.zh(getField());
  }

  /** The field's name in English, a noun phrase without an article, e.g. "head-count". */
  @Value.Default
  public String getFieldNameEn() {
    return FieldNames.en(getField());
  }

  public abstract String getMessageZh();

  public abstract String getMessageEn();

  @Override
  public String toString() {
    return getField() + " = " + getValue().map(v -> "'" + v + "'").orElse("null") + ": "
        + getMessageEn() + " / " + getMessageZh();
  }
}
