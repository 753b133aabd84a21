package org.partyorg.rules.api.internal;

import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/**
 * A message pattern with named parameters, read by {@link MessageFormat}: {@code {headCount}}
 * puts in the parameter's text, {@code {headCount,choice,1#1 member|1<{headCount} members}}
 * chooses by its number (the standard library's plural forms). Names are letters, digits, dots
 * and underscores, starting with a letter.
 *
 * <p>Rewritten once to {@link MessageFormat}'s numbered form: parameter <i>i</i> gives its text
 * as argument {@code 2i} and its number as argument {@code 2i+1}. An unknown value's number is
 * {@code -1}; a choice that has no branch below 0 gets {@code -1#{text}} put in front, so an
 * unknown value shows as the unknown word rather than as the first branch ("1 member").
 *
 * <p>The ASCII apostrophe is refused: {@link MessageFormat} reads it as a quote and would drop it
 * (write ’, U+2019). Immutable; {@link #format} is thread-safe.
 *
 * <p>The numbered pattern is checked by {@link MessageFormat} once, then kept as parts: text,
 * arguments, and choices whose branches {@link ChoiceFormat} picks and which are themselves
 * kept as parts. {@link MessageFormat} would parse a choice's branch again at every message
 * and must be copied for each thread; for the patterns allowed here (no quotes, no number or
 * date formats) the text is the same.
 */
public final class NamedPattern {
  /** What a parameter puts into the text: its words, and its number for choices ({@code -1}: unknown). */
  public record Value(String text, double number) {}

  private final String pattern;
  private final List<String> names;
  private final String numbered;
  private final Part[] parts;

  private NamedPattern(String pattern, List<String> names, String numbered) {
    this.pattern = pattern;
    this.names = names;
    this.numbered = numbered;
    this.parts = parts(numbered);
  }

  /** The pattern in {@link MessageFormat}'s numbered form: what {@link #format} must agree with. */
  public String numbered() {
    return numbered;
  }

  /** A piece of a compiled pattern. */
  private interface Part {
    void appendTo(StringBuilder out, Object[] arguments);
  }

  private record Text(String text) implements Part {
    @Override
    public void appendTo(StringBuilder out, Object[] arguments) {
      out.append(text);
    }
  }

  private record Argument(int index) implements Part {
    @Override
    public void appendTo(StringBuilder out, Object[] arguments) {
      out.append(arguments[index]);
    }
  }

  private record Choice(int index, ChoiceFormat choice, Map<String, Part[]> branches) implements Part {
    @Override
    public void appendTo(StringBuilder out, Object[] arguments) {
      for (Part part : branches.get(choice.format(((Number) arguments[index]).doubleValue()))) {
        part.appendTo(out, arguments);
      }
    }
  }

  /** The parts of a numbered pattern that {@link MessageFormat} accepts. */
  private static Part[] parts(String numbered) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int n = numbered.length();
    for (int i = 0; i < n; i++) {
      char c = numbered.charAt(i);
      if (c != '{') {
        text.append(c);
        continue;
      }
      if (text.length() > 0) {
        parts.add(new Text(text.toString()));
        text.setLength(0);
      }
      int end = i + 1;
      while (Character.isDigit(numbered.charAt(end))) {
        end++;
      }
      int index = Integer.parseInt(numbered.substring(i + 1, end));
      if (numbered.charAt(end) == '}') {
        parts.add(new Argument(index));
        i = end;
        continue;
      }
      int start = end + ",choice,".length();
      int depth = 1;
      int close = start;
      for (; depth > 0; close++) {
        char d = numbered.charAt(close);
        depth += d == '{' ? 1 : d == '}' ? -1 : 0;
      }
      ChoiceFormat choice = new ChoiceFormat(numbered.substring(start, close - 1));
      Map<String, Part[]> branches = new HashMap<>();
      for (Object branch : choice.getFormats()) {
        branches.computeIfAbsent((String) branch, NamedPattern::parts);
      }
      parts.add(new Choice(index, choice, branches));
      i = close - 1;
    }
    if (text.length() > 0) {
      parts.add(new Text(text.toString()));
    }
    return parts.toArray(new Part[0]);
  }

  /**
   * The pattern compiled.
   *
   * @throws IllegalArgumentException naming the position and the reason if the pattern has an
   *     ASCII apostrophe, a parameter that is not a name, a format other than {@code choice},
   *     unbalanced braces, or a choice {@link MessageFormat} refuses
   */
  public static NamedPattern compile(String pattern) {
    List<String> names = new ArrayList<>();
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    int depth = 0;
    int n = pattern.length();
    // where each open choice's body starts in out, to add the unknown branch when it closes
    List<int[]> choices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        throw new IllegalArgumentException("ASCII apostrophe at " + i + ": MessageFormat reads it as a quote; write ’ (U+2019)");
      }
      if (c == '{') {
        int end = i + 1;
        while (end < n && isNameChar(pattern.charAt(end), end == i + 1)) {
          end++;
        }
        String name = pattern.substring(i + 1, end);
        if (name.isEmpty() || end >= n) {
          throw new IllegalArgumentException("a parameter at " + i + " has no name: write {name}");
        }
        int index = names.indexOf(name);
        if (index < 0) {
          index = names.size();
          names.add(name);
        }
        char next = pattern.charAt(end);
        if (next == '}') {
          out.append('{').append(2 * index).append('}');
          i = end;
        } else if (pattern.startsWith(",choice,", end)) {
          out.append('{').append(2 * index + 1).append(",choice,");
          choices.add(new int[] {out.length(), index, depth});
          depth++;
          i = end + ",choice,".length() - 1;
        } else {
          throw new IllegalArgumentException("parameter {" + name + " at " + i + ": only {name} and {name,choice,…} are allowed");
        }
      } else if (c == '}') {
        if (depth == 0) {
          throw new IllegalArgumentException("unbalanced } at " + i);
        }
        depth--;
        int[] open = choices.remove(choices.size() - 1);
        String body = out.substring(open[0]);
        if (!hasBranchBelowZero(body)) {
          out.insert(open[0], "-1#{" + 2 * open[1] + "}|");
        }
        out.append('}');
      } else {
        out.append(c);
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("a choice is not closed: " + depth + " } missing");
    }
    try {
      new MessageFormat(out.toString(), Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("MessageFormat refuses it: " + e.getMessage(), e);
    }
    return new NamedPattern(pattern, Collections.unmodifiableList(names), out.toString());
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? letter : letter || (c >= '0' && c <= '9') || c == '.' || c == '_';
  }

  /** Whether a choice's limits include one below 0; nested elements are skipped. */
  private static boolean hasBranchBelowZero(String body) {
    int depth = 0;
    boolean atLimit = true;
    StringBuilder limit = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && atLimit && (c == '#' || c == '<' || c == '≤')) {
        String text = limit.toString().trim();
        if (text.startsWith("-") || text.equals("\u221E") || text.startsWith("-\u221E")) {
          return true;
        }
        atLimit = false;
        limit.setLength(0);
      } else if (depth == 0 && c == '|') {
        atLimit = true;
      } else if (depth == 0 && atLimit) {
        limit.append(c);
      }
    }
    return false;
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }

  /** The parameters' names, in order of first use. */
  public List<String> names() {
    return names;
  }

  /**
   * The text with every parameter put in; {@code values} answers {@code null} for a name it does
   * not know, which is then shown as written ({@code {name}}), so that tests see it.
   */
  public String format(Function<String, Value> values) {
    Object[] arguments = new Object[2 * names.size()];
    for (int i = 0; i < names.size(); i++) {
      Value value = values.apply(names.get(i));
      arguments[2 * i] = value == null ? "{" + names.get(i) + "}" : value.text();
      arguments[2 * i + 1] = value == null ? -1d : value.number();
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (Part part : parts) {
      part.appendTo(out, arguments);
    }
    return out.toString();
  }
}
