package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/** A policy document a policy set encodes. */
@Value.Immutable
@ValueStyle
public abstract class SourceDocument {
  /** The file of the text in the project's policy folder, e.g. {@code 002_f4cdcaec58af87db.txt}. */
  public abstract String getFile();

  /** The title in Chinese, as printed. */
  public abstract String getTitle();

  public abstract String getIssuer();

  /** The document number (文号), where it has one, e.g. 辽组通字〔2016〕64号. */
  public abstract Optional<String> getNumber();

  /** The date the document was issued, or the earliest date it speaks of where it bears none. */
  public abstract LocalDate getDate();

  @Override
  public String toString() {
    return "《" + getTitle() + "》" + getNumber().map(n -> "（" + n + "）").orElse("");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSourceDocument.Builder {
    Builder() {}
  }
}
