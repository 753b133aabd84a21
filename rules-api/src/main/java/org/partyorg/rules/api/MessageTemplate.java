package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partyorg.rules.api.internal.ModelNames;
import org.partyorg.rules.api.internal.NamedPattern;
import org.partyorg.rules.api.internal.Wording;

/**
 * The Chinese and English text of a finding, written once per rule and outcome and filled in
 * only when a message is read, so that an assessment does not format text nobody reads. The
 * bundled policy sets keep theirs in text files a reader can review without reading Java
 * ({@link Messages}); {@link #of} makes one in code.
 *
 * <p>A pattern is {@link java.text.MessageFormat}'s, with parameters named rather than numbered:
 * <ul>
 *   <li>{@code {formalMembers}}: the value of the finding's fact of that name, as its reader
 *       writes it: a date 2016年11月30日 / 30 November 2016, a period 2020年第三季度 / the third
 *       quarter of 2020, an amount 186,500.00元 / 186,500.00 yuan, a code by its Chinese or
 *       English name, a list joined with 、 / "a, b and c"; an unknown value as 不详 / unknown;
 *   <li>{@code {formalMembers.limit}}: the limit the rule compared that fact with;
 *   <li>{@code {deadline}}: the finding's deadline;
 *   <li>{@code {missing}}: the names of the facts an undecided finding lacks (职工人数 / head-count);
 *   <li>{@code {formalMembers,choice,1#1 formal member|1<{formalMembers} formal members}}: plural
 *       forms and other choices by the value's number (a count, an amount, a list's size). An
 *       unknown value's number is {@code -1}: write a branch {@code -1#…} to word it; a choice
 *       without one shows the unknown word.
 * </ul>
 * The ASCII apostrophe is refused, since {@link java.text.MessageFormat} reads it as a quote:
 * write ’. A value is put in once and never read again as a pattern.
 *
 * <p>Immutable and thread-safe. Two templates are equal when their key and both patterns are.
 */
public final class MessageTemplate {
  private final String key;
  private final String zh;
  private final String en;
  private final NamedPattern zhPattern;
  private final NamedPattern enPattern;
  private final Function<Object, Optional<String[]>> names;
  private final Set<String> parameters;

  private MessageTemplate(String key, String zh, String en, Function<Object, Optional<String[]>> names) {
    this.key = key;
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = Objects.requireNonNull(en, "en");
    this.zhPattern = compile(key, "zh", zh);
    this.enPattern = compile(key, "en", en);
    this.names = names;
    Set<String> all = new LinkedHashSet<>(zhPattern.names());
    all.addAll(enPattern.names());
    this.parameters = Collections.unmodifiableSet(all);
  }

  private static NamedPattern compile(String key, String language, String pattern) {
    try {
      return NamedPattern.compile(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          (key == null ? "" : key + " ") + "(" + language + "): " + e.getMessage() + ": " + cut(pattern), e);
    }
  }

  private static String cut(String pattern) {
    return pattern.length() > 120 ? pattern.substring(0, 120) + "…" : pattern;
  }

  /**
   * A template written in code, its codes named by the model's names only.
   *
   * @throws IllegalArgumentException if a pattern is not a valid named pattern (see above)
   */
  public static MessageTemplate of(String zh, String en) {
    return new MessageTemplate(null, zh, en, ModelNames::of);
  }

  static MessageTemplate keyed(String key, String zh, String en, Function<Object, Optional<String[]>> names) {
    return new MessageTemplate(key, zh, en, names);
  }

  /** The key of this template in its {@link Messages} ({@code W3.missing}); empty for one made by {@link #of}. */
  public Optional<String> getKey() {
    return Optional.ofNullable(key);
  }

  /** The Chinese pattern, as written. */
  public String getZh() {
    return zh;
  }

  /** The English pattern, as written. */
  public String getEn() {
    return en;
  }

  /** The pattern for a locale: Chinese for any {@code zh} locale, English otherwise. */
  public String pattern(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getZh() : getEn();
  }

  /** The names of the parameters either pattern uses, in order of first use ({@code headCount}, {@code headCount.limit}, {@code deadline}). */
  public Set<String> parameters() {
    return parameters;
  }

  /**
   * This template filled with {@code values} by name, for texts that are not a finding's (a
   * validation message, a preview): a string is put in as it stands (cut to 64 characters, its
   * control characters escaped), a date, a month ({@link java.time.YearMonth}), a count or a list as its reader writes it, an enum
   * constant (or another value that carries its names: a trait, an action, the library's own
   * two-language texts) by its name, a {@link Fact} as a finding would show it. A name without a
   * value is shown as written.
   */
  public String format(Locale locale, Map<String, ?> values) {
    boolean chinese = "zh".equals(locale.getLanguage());
    Wording wording = chinese ? Wording.chinese(names) : Wording.english(names);
    return (chinese ? zhPattern : enPattern).format(name -> {
      if (!values.containsKey(name)) {
        return null;
      }
      Object value = values.get(name);
      if (value instanceof Fact fact) {
        Object v = fact.getValue().orElse(null);
        return new NamedPattern.Value(wording.value(fact.getType(), v), Wording.number(v));
      }
      return new NamedPattern.Value(value == null ? wording.unknown() : wording.any(value), Wording.number(value));
    });
  }

  /**
   * A value of {@code type} as this template's texts write it, codes named by its set's
   * vocabulary (a trait of the set by its name): for a trace of the finding.
   */
  String value(FactType type, Object value, Locale locale) {
    Wording wording = "zh".equals(locale.getLanguage()) ? Wording.chinese(names) : Wording.english(names);
    return wording.value(type, value);
  }

  String render(Finding finding, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    Wording wording = chinese ? Wording.chinese(names) : Wording.english(names);
    return (chinese ? zhPattern : enPattern).format(name -> resolve(name, finding, wording));
  }

  private static NamedPattern.Value resolve(String name, Finding finding, Wording wording) {
    switch (name) {
      case "deadline":
        Optional<LocalDate> deadline = finding.getDeadline();
        return new NamedPattern.Value(
            deadline.map(wording::date).orElse(wording.isChinese() ? "（未定期限）" : "(no deadline set)"),
            deadline.isPresent() ? 1 : -1);
      case "missing":
        List<String> names = new ArrayList<>();
        for (FactType type : finding.getMissingFactTypes()) {
          names.add(wording.isChinese() ? type.getNameZh() : type.getNameEn());
        }
        return new NamedPattern.Value(wording.list(names), names.size());
      default:
        break;
    }
    boolean limit = name.endsWith(".limit");
    String factName = limit ? name.substring(0, name.length() - ".limit".length()) : name;
    for (Fact fact : finding.getFacts()) {
      if (fact.getName().equals(factName)) {
        Object value = (limit ? fact.getLimit() : fact.getValue()).orElse(null);
        return new NamedPattern.Value(wording.value(fact.getType(), value), Wording.number(value));
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageTemplate that && Objects.equals(key, that.key) && zh.equals(that.zh) && en.equals(that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, zh, en);
  }

  @Override
  public String toString() {
    return "MessageTemplate{" + (key == null ? "" : key + ": ") + zh + " / " + en + "}";
  }
}
