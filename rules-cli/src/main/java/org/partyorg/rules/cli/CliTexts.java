package org.partyorg.rules.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.partyorg.rules.api.Messages;

/**
 * The tool's texts, kept with the library's other texts in UTF-8 files a reader can review
 * without reading Java: {@code META-INF/partyorg-rules/messages/cli_{zh,en}.properties} (errors,
 * summaries, progress labels) and {@code cli-help_{zh,en}.properties} (the {@code --help}
 * texts, given to picocli as a resource bundle); the HTML report page's in
 * {@code report-page_{zh,en}.properties}. Parameters are named; a string value is shown
 * cut to 64 characters with its control characters escaped, as the library shows every value a
 * user gave; a {@link java.nio.file.Path} or a {@link Verbatim} up to 1,000 characters.
 */
final class CliTexts {
  static final Messages TEXTS = Messages.load(CliTexts.class, "cli");
  static final Messages HELP = Messages.load(CliTexts.class, "cli-help");
  /** The HTML report page's headings, labels, captions and notes ({@code report-page_{zh,en}.properties}). */
  static final Messages PAGE = Messages.load(CliTexts.class, "report-page");

  private CliTexts() {}

  /** A text in both languages, the chosen one shown first where both are printed. */
  record Text(String zh, String en) {
    String in(Lang lang) {
      return lang.pick(zh, en);
    }

    /** This text followed by another, as one paragraph. */
    Text then(Text next) {
      return new Text(zh + next.zh, en + " " + next.en);
    }

    /** This text followed by an exception’s message, which the library writes in English only, on a line of its own. */
    Text detail(Exception e) {
      String message = String.valueOf(e.getMessage());
      return lines(List.of(message), List.of(message));
    }

    /** This text followed by lines, each indented, in the same language. */
    Text lines(List<String> zhLines, List<String> enLines) {
      StringBuilder z = new StringBuilder(zh);
      StringBuilder e = new StringBuilder(en);
      zhLines.forEach(line -> z.append("\n  ").append(line));
      enLines.forEach(line -> e.append("\n  ").append(line));
      return new Text(z.toString(), e.toString());
    }
  }

  /** A value shown as it stands up to 1,000 characters: a system’s message, a path. */
  record Verbatim(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** The text {@code key} in {@code lang}, with {@code namesAndValues} given as name, value, name, value… */
  static String text(Lang lang, String key, Object... namesAndValues) {
    return TEXTS.template(key).format(lang.locale(), values(namesAndValues));
  }

  /** The report page's text {@code key} in {@code lang}, unescaped, with {@code namesAndValues} as for {@link #text}. */
  static String page(Lang lang, String key, Object... namesAndValues) {
    return PAGE.template(key).format(lang.locale(), values(namesAndValues));
  }

  /** The text {@code key} in both languages. */
  static Text both(String key, Object... namesAndValues) {
    return new Text(text(Lang.zh, key, namesAndValues), text(Lang.en, key, namesAndValues));
  }

  /**
   * Why a file operation failed, in words where the exception is one a clerk can act on; a file
   * missing is its folder missing when writing (the file itself is created).
   */
  static Object reason(Exception e, Lang lang, boolean writing) {
    if (e instanceof AccessDeniedException) {
      return text(lang, "reason.access-denied");
    }
    if (e instanceof NoSuchFileException) {
      return text(lang, writing ? "reason.no-such-directory" : "reason.no-such-file");
    }
    Throwable cause = e.getCause() instanceof Exception inner && e instanceof java.io.UncheckedIOException ? inner : e;
    return new Verbatim(String.valueOf(cause.getMessage()));
  }

  /** {@link #both} where one value is why reading failed, given per language. */
  static Text withReason(String key, Exception e, Object... namesAndValues) {
    return withReason(key, e, false, namesAndValues);
  }

  /** {@link #both} where one value is why writing failed, given per language. */
  static Text withWriteReason(String key, Exception e, Object... namesAndValues) {
    return withReason(key, e, true, namesAndValues);
  }

  private static Text withReason(String key, Exception e, boolean writing, Object... namesAndValues) {
    Object[] zh = append(namesAndValues, "reason", reason(e, Lang.zh, writing));
    Object[] en = append(namesAndValues, "reason", reason(e, Lang.en, writing));
    return new Text(text(Lang.zh, key, zh), text(Lang.en, key, en));
  }

  private static Object[] append(Object[] values, String name, Object value) {
    Object[] all = java.util.Arrays.copyOf(values, values.length + 2);
    all[values.length] = name;
    all[values.length + 1] = value;
    return all;
  }

  private static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  /** A help text in one language, picocli’s {@code ${DEFAULT-VALUE}} in place of {@code {default}}. */
  static String help(String key, Locale locale) {
    return HELP.template(key).format(locale, Map.of("default", new Verbatim("${DEFAULT-VALUE}")));
  }

  /**
   * The help texts as picocli reads them: each key as a description of two lines, Chinese then
   * English ({@code key.0}, {@code key.1}), so that {@code --help} reads in both languages.
   */
  static ResourceBundle helpBundle() {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String key : HELP.keys()) {
      entries.put(key + ".0", help(key, Locale.CHINESE));
      entries.put(key + ".1", help(key, Locale.ENGLISH));
    }
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return entries.get(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(new ArrayList<>(entries.keySet()));
      }
    };
  }

  /** A list of values, each quoted “…”. */
  static List<String> quoted(List<String> values) {
    return values.stream().map(v -> "“" + v + "”").toList();
  }
}
