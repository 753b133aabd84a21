package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The Chinese and English text of a finding, written once per rule and outcome and filled in
 * only when a message is read, so that an assessment does not format text nobody reads.
 *
 * <p>Placeholders: {@code {fact}} is a fact's value ("unknown"/"未知" when not given; a string
 * cut to 64 characters with its control characters escaped, an amount as a plain number),
 * {@code {fact.limit}} its limit, {@code {deadline}} the deadline (dates read 2016年11月30日 in Chinese, 2016-11-30 in English), {@code {rule}} the rule id, {@code {missing}} the names
 * of the missing facts in the text's language (职工人数 / head-count). The pattern is filled in one pass: a value that looks like a
 * placeholder is shown as it is.
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
    return Texts.render(chinese ? getZh() : getEn(), name -> resolve(name, finding, chinese));
  }

  /** A value as the text's reader writes it: a date as 2016年11月30日 in Chinese, ISO in English. */
  private static String shown(Object value, boolean chinese) {
    return chinese && value instanceof LocalDate date ? Texts.zhDate(date) : Texts.echo(value);
  }

  private static String resolve(String name, Finding finding, boolean chinese) {
    switch (name) {
      case "deadline":
        return finding.getDeadline().map(d -> shown(d, chinese)).orElse(chinese ? "（未定期限）" : "(no deadline set)");
      case "rule":
        return finding.getRuleId();
      case "missing":
        StringBuilder names = new StringBuilder();
        for (FactType type : finding.getMissingFactTypes()) {
          if (names.length() > 0) {
            names.append(chinese ? "、" : ", ");
          }
          names.append(chinese ? type.getNameZh() : type.getNameEn());
        }
        return names.toString();
      default:
        break;
    }
    boolean limit = name.endsWith(".limit");
    String factName = limit ? name.substring(0, name.length() - ".limit".length()) : name;
    for (Fact fact : finding.getFacts()) {
      if (fact.getName().equals(factName)) {
        return (limit ? fact.getLimit() : fact.getValue()).map(v -> shown(v, chinese)).orElse(chinese ? "未知" : "unknown");
      }
    }
    return null;
  }
}
