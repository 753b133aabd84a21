package org.partyorg.rules.cli;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/** Escaping for HTML text and attribute values: every text that comes from a register goes through it. */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private Html() {}

  /** The text with {@code & < > " '} as character references (Guava's); safe in element content and quoted attributes. */
  static String escape(String text) {
    return ESCAPER.escape(text);
  }
}
