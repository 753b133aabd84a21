package org.partyorg.rules.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;

/**
 * Checks that citations quote their document word for word. The documents are test resources
 * of the module that cites them, under {@code /policy-texts/} with their original file names, so
 * that the check runs in any clone.
 *
 * <p>The folder's name is not a legal package name on purpose: on the module path, resources in
 * a package are encapsulated in their module and the testkit could not read them; resources
 * outside packages are readable by any module.
 *
 * <p>White space is ignored on both sides: the documents break lines inside sentences.
 */
public final class SourceTexts {
  private SourceTexts() {}

  /**
   * The text of {@code /policy-texts/<file>} as a resource of {@code anchor}'s module.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public static String load(Class<?> anchor, String file) {
    String name = "/policy-texts/" + file;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no resource " + name + " beside " + anchor.getName() + "; copy the document into src/test/resources/policy-texts/");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  /** Whether {@code quote} occurs in {@code text}, white space ignored. */
  public static boolean occursIn(String quote, String text) {
    return strip(text).contains(strip(quote));
  }

  /**
   * Fails unless the citation's quote occurs in the text of its document.
   *
   * @param anchor a class of the module whose test resources hold the document
   * @throws AssertionError naming the citation otherwise
   */
  public static void assertQuoted(Class<?> anchor, Citation citation) {
    String text = load(anchor, citation.getDocument().getFile());
    if (!occursIn(citation.getQuote(), text)) {
      throw new AssertionError(
          "the quote of " + citation + " does not occur in " + citation.getDocument().getFile());
    }
  }

  /** {@link #assertQuoted(Class, Citation)} for the citation of a finding. */
  public static void assertQuoted(Class<?> anchor, Finding finding) {
    try {
      assertQuoted(anchor, finding.getCitation());
    } catch (AssertionError e) {
      throw new AssertionError("finding " + finding.getPolicySetId() + "/" + finding.getRuleId() + ": " + e.getMessage(), e);
    }
  }

  private static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
