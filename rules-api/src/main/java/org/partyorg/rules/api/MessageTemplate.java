package org.partyorg.rules.api;

import java.util.Locale;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * The Chinese and English text of a finding, written once per rule and outcome and filled in
 * only when a message is read, so that an assessment does not format text nobody reads.
 *
 * <p>Placeholders: {@code {fact}} is a fact's value ("unknown"/"未知" when not given),
 * {@code {fact.limit}} its limit, {@code {deadline}} the deadline, {@code {rule}} the rule id, {@code {missing}} the names
 * of the missing facts.
 */
@Value.Immutable
@ValueStyle
public abstract class MessageTemplate {
  @Value.Parameter
  public abstract String getZh();

  @Value.Parameter
  public abstract String getEn();

  public static MessageTemplate of(String zh, String en) {
    return ImmutableMessageTemplate.of(zh, en);
  }

  /** The pattern for a locale: Chinese for any {@code zh} locale, English otherwise. */
  public String pattern(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getZh() : getEn();
  }

  String render(Finding finding, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    String pattern = chinese ? getZh() : getEn();
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(resolve(pattern.substring(i + 1, close), finding, chinese));
      i = close + 1;
    }
    return out.toString();
  }

  private static String resolve(String name, Finding finding, boolean chinese) {
    String unknown = chinese ? "未知" : "unknown";
    switch (name) {
      case "deadline":
        return finding.getDeadline().map(Object::toString).orElse(chinese ? "（未定期限）" : "(no deadline set)");
      case "rule":
        return finding.getRuleId();
      case "missing":
        return String.join(chinese ? "、" : ", ", finding.getMissingFacts());
      default:
        break;
    }
    boolean limit = name.endsWith(".limit");
    String factName = limit ? name.substring(0, name.length() - ".limit".length()) : name;
    for (Fact fact : finding.getFacts()) {
      if (fact.getName().equals(factName)) {
        return (limit ? fact.getLimit() : fact.getValue()).map(String::valueOf).orElse(unknown);
      }
    }
    return "{" + name + "}";
  }
}
