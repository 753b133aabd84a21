package org.partyorg.rules.hunan.selection;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;

/**
 * The texts of a review, {@code hunan-benchmark-2020-selection_zh.properties} and {@code _en}:
 * not a finding's, so not the set's; read when first needed.
 */
final class Texts {
  static final String NAME = "hunan-benchmark-2020-selection";
  static final Messages MESSAGES = Messages.load(Texts.class, NAME);
  private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

  private Texts() {}

  static MessageTemplate template(String key) {
    return MESSAGES.template(key);
  }

  static String format(String key, Locale locale, Map<String, ?> values) {
    return MESSAGES.template(key).format(locale, values);
  }

  /** The name of a field of the form ({@code honours[2].date} is named as {@code honours.date}). */
  static String fieldName(String path, Locale locale) {
    MessageTemplate name = MESSAGES.template("field." + INDEX.matcher(path).replaceAll(""));
    return "zh".equals(locale.getLanguage()) ? name.getZh() : name.getEn();
  }
}
