package org.partyorg.rules.api.internal;

import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Trait;

/**
 * The Chinese and English names of the model's enum constants ({@code model_zh.properties},
 * keyed {@code PartyOrganisationLevel.BRANCH}), and of the values that carry their own names
 * (traits, actions, obligations, the library's {@link Named} texts). Read once; thread-safe.
 */
public final class ModelNames {
  private static final Map<String, String> ZH = TextFile.read(ModelNames.class, "model", "zh");
  private static final Map<String, String> EN = TextFile.read(ModelNames.class, "model", "en");

  private ModelNames() {}

  /** The key of an enum constant: {@code PartyOrganisationLevel.BRANCH}. */
  public static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  /** A value's Chinese and English names, where it has them. */
  public static Optional<String[]> of(Object value) {
    if (value instanceof Enum<?> constant) {
      String key = key(constant);
      String zh = ZH.get(key);
      String en = EN.get(key);
      return zh == null || en == null ? Optional.empty() : Optional.of(new String[] {zh, en});
    }
    if (value instanceof Trait trait) {
      return Optional.of(new String[] {trait.chineseName(), trait.englishName()});
    }
    if (value instanceof RequiredAction action) {
      return Optional.of(new String[] {action.chineseName(), action.englishName()});
    }
    if (value instanceof Obligation obligation) {
      return Optional.of(new String[] {obligation.chineseName(), obligation.englishName()});
    }
    if (value instanceof Named named) {
      return Optional.of(new String[] {named.zh(), named.en()});
    }
    return Optional.empty();
  }

  /** Every name, keyed as in the files: for the review page and its tests. */
  public static Map<String, String> chinese() {
    return ZH;
  }

  public static Map<String, String> english() {
    return EN;
  }
}
