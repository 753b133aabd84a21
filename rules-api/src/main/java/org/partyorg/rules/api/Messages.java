package org.partyorg.rules.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partyorg.rules.api.internal.ModelNames;
import org.partyorg.rules.api.internal.NamedPattern;
import org.partyorg.rules.api.internal.TextFile;

/**
 * A policy set's message texts, kept where a native reader can review them without reading
 * Java: two UTF-8 properties files beside the set's classes,
 * {@code META-INF/partyorg-rules/messages/<name>_zh.properties} and {@code …_en.properties}, one
 * entry per template, keyed by finding key and case ({@code W3.missing}), with named parameters
 * ({@link MessageTemplate} gives the syntax).
 *
 * <pre>{@code
 * # wuhan-2016_zh.properties
 * W3.missing = 职工{headCount}人（{headCount.limit}人以上），尚未建立党组织，应于{deadline}前建立。
 * }</pre>
 *
 * <p>Everything is checked when the files are read, so that a mistake fails the set's
 * construction (and its first test) rather than a reader's message: both languages have the same
 * keys, each pattern compiles, and the two patterns of a key use the same parameters.
 *
 * <p>Codes in facts (a trait's, an action's) are named from the vocabulary given here, read
 * when a message is first rendered, so that it may name classes that use these messages; enum
 * constants of the model are named by the model's own names.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {
  private final String name;
  private final Map<String, MessageTemplate> templates;

  private Messages(String name, Map<String, MessageTemplate> templates) {
    this.name = name;
    this.templates = templates;
  }

  /**
   * The texts named {@code name} in {@code anchor}'s module (or class path entry), codes named
   * by the model only.
   *
   * @throws IllegalStateException naming the file and every problem if a file is missing, a key
   *     is in one language only, a pattern does not compile, or a key's two patterns use
   *     different parameters
   */
  public static Messages load(Class<?> anchor, String name) {
    return load(anchor, name, Vocabulary::empty);
  }

  /**
   * The texts named {@code name} in {@code anchor}'s module, naming the codes of
   * {@code vocabulary}'s traits and actions; the supplier is called once, when a message is
   * first rendered.
   *
   * @throws IllegalStateException as {@link #load(Class, String)}
   */
  public static Messages load(Class<?> anchor, String name, Supplier<Vocabulary> vocabulary) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(vocabulary, "vocabulary");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("messages name " + name + ": write lower-case words joined by hyphens");
    }
    Map<String, String> zh = TextFile.read(anchor, name, "zh");
    Map<String, String> en = TextFile.read(anchor, name, "en");
    Function<Object, Optional<String[]>> names = new VocabularyNames(vocabulary);
    List<String> problems = new ArrayList<>();
    Map<String, MessageTemplate> templates = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : zh.entrySet()) {
      String key = entry.getKey();
      String english = en.get(key);
      if (english == null) {
        problems.add(key + ": no English text in " + TextFile.path(name, "en"));
        continue;
      }
      try {
        MessageTemplate template = MessageTemplate.keyed(key, entry.getValue(), english, names);
        Set<String> inChinese = parameters(entry.getValue());
        Set<String> inEnglish = parameters(english);
        if (!inChinese.equals(inEnglish)) {
          problems.add(key + ": the Chinese text uses " + inChinese + ", the English " + inEnglish
              + "; both must use the same parameters");
        }
        templates.put(key, template);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    for (String key : en.keySet()) {
      if (!zh.containsKey(key)) {
        problems.add(key + ": no Chinese text in " + TextFile.path(name, "zh"));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("messages " + name + " (" + TextFile.path(name, "zh") + "): "
          + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
    return new Messages(name, Collections.unmodifiableMap(templates));
  }

  private static Set<String> parameters(String pattern) {
    return new TreeSet<>(NamedPattern.compile(pattern).names());
  }

  /** The name the files are read by, e.g. {@code wuhan-2016}. */
  public String name() {
    return name;
  }

  /** The keys, in the order the Chinese file writes them. */
  public Set<String> keys() {
    return templates.keySet();
  }

  /**
   * The template with this key.
   *
   * @throws IllegalArgumentException naming the key and the file if there is no such template
   */
  public MessageTemplate template(String key) {
    MessageTemplate template = templates.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no message " + key + " in " + TextFile.path(name, "zh") + " (it has "
          + templates.size() + " keys)");
    }
    return template;
  }

  @Override
  public String toString() {
    return "Messages{" + name + ", " + templates.size() + " templates}";
  }

  /** Names codes from a vocabulary read once, on first use, then from the model. */
  private static final class VocabularyNames implements Function<Object, Optional<String[]>> {
    private final Supplier<Vocabulary> source;
    private volatile Map<String, String[]> byCode;

    VocabularyNames(Supplier<Vocabulary> source) {
      this.source = source;
    }

    @Override
    public Optional<String[]> apply(Object value) {
      if (value instanceof String code) {
        Map<String, String[]> codes = byCode;
        if (codes == null) {
          Vocabulary vocabulary = source.get();
          Map<String, String[]> read = new LinkedHashMap<>();
          vocabulary.getTraits().forEach(t -> read.put(t.code(), new String[] {t.chineseName(), t.englishName()}));
          vocabulary.getActions().forEach(a -> read.put(a.code(), new String[] {a.chineseName(), a.englishName()}));
          byCode = codes = read;
        }
        return Optional.ofNullable(codes.get(code));
      }
      return ModelNames.of(value);
    }
  }
}
