package org.partyorg.rules.api;

import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * Where a rule or a parameter comes from: the document, the section, and the sentence quoted
 * word for word, so that a reader can find it with a text search.
 */
@Value.Immutable
@ValueStyle
public abstract class Citation {
  @Value.Parameter
  public abstract SourceDocument getDocument();

  /** The section as the document numbers it, e.g. {@code 二（四）2}. */
  @Value.Parameter
  public abstract String getSection();

  /** The sentence, verbatim from the document. */
  @Value.Parameter
  public abstract String getQuote();

  @Value.Check
  protected void check() {
    if (getSection().isBlank() || getQuote().isBlank()) {
      throw new IllegalArgumentException(
          "a citation needs a section and a quote, got section '" + getSection()
              + "' and quote '" + getQuote() + "' from " + getDocument());
    }
  }

  /**
   * The section as a sentence in {@code locale} shows it: in Chinese, a space between the parts
   * of a section ({@code 附件2 1（1）}) becomes the full-width space the text around it uses;
   * otherwise as {@link #getSection()} has it.
   */
  public String sectionIn(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getSection().replace(' ', '\u3000') : getSection();
  }

  public static Citation of(SourceDocument document, String section, String quote) {
    return ImmutableCitation.of(document, section, quote);
  }

  @Override
  public String toString() {
    return getDocument() + " " + getSection() + "：“" + getQuote() + "”";
  }
}
