package org.partyorg.rules.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/**
 * The Chinese and English text of each constraint the model uses, keyed by its message
 * template. Kept in code rather than in {@code ValidationMessages} bundles, which a named module
 * cannot reliably hand to Hibernate Validator, and so that both languages are always produced
 * whatever the default locale.
 */
final class ViolationMessages {
  record Text(String zh, String en) {}

  private static final Map<String, Text> TEXTS =
      ImmutableMap.<String, Text>builder()
          .put("{jakarta.validation.constraints.NotNull.message}", new Text("不能为空", "must not be null"))
          .put("{jakarta.validation.constraints.NotBlank.message}", new Text("不能为空白", "must not be blank"))
          .put("{jakarta.validation.constraints.PositiveOrZero.message}",
              new Text("不能为负数，实为{value}", "must be zero or more, got {value}"))
          .put("{org.partyorg.rules.divisionCode.pattern}",
              new Text("须为6位数字的GB/T 2260行政区划代码（首位非0），实为“{value}”",
                  "must be a six-digit GB/T 2260 division code not starting with 0, got '{value}'"))
          .put("{org.partyorg.rules.creditCode.length}",
              new Text("统一社会信用代码须为18位，“{value}”为{length}位",
                  "a unified social credit code has 18 characters, '{value}' has {length}"))
          .put("{org.partyorg.rules.creditCode.character}",
              new Text("“{value}”含GB 32100-2015字符集以外的字符（仅限数字和除I、O、Z、S、V以外的大写字母）",
                  "'{value}' has a character outside the GB 32100-2015 alphabet (digits and capital letters except I, O, Z, S, V)"))
          .put("{org.partyorg.rules.creditCode.check_character}",
              new Text("“{value}”的校验码应为{expected}",
                  "'{value}' fails the GB 32100-2015 check: the 18th character should be {expected}"))
          .put("{org.partyorg.rules.fullTimeStaff.exceedsHeadCount}",
              new Text("专职人员{value}人，超过职工总数{headCount}人",
                  "full-time staff {value} exceeds the head-count {headCount}"))
          .put("{org.partyorg.rules.partyOrganisation.noneWithDetails}",
              new Text("报告为未建党组织（NONE），却填写了层级、成立日期或组织建设情况",
                  "reported as NONE (no party organisation) yet has a level, founding date or governance"))
          .put("{org.partyorg.rules.partyOrganisation.coveredOnlyForJoint}",
              new Text("只有联合党组织才填写覆盖单位，此为{form}",
                  "only a joint party organisation lists the organisations it covers; this one is {form}"))
          .put("{org.partyorg.rules.partyOrganisation.scopeOnlyForJoint}",
              new Text("只有联合党组织才有联建范围，此为{form}",
                  "only a joint party organisation has a joint scope; this one is {form}"))
          .putAll(PartyLifeMessages.TEXTS)
          .buildOrThrow();

  private ViolationMessages() {}

  static String zh(String template, String field, Object value, Object root) {
    Text text = TEXTS.get(template);
    return text == null ? "校验未通过：" + template : fill(text.zh(), field, value, root);
  }

  static String en(String template, String fallback, String field, Object value, Object root) {
    Text text = TEXTS.get(template);
    return text == null ? fallback : fill(text.en(), field, value, root);
  }

  /** The value of the field a class-level constraint reported on, rather than the whole record. */
  static Object fieldValue(String field, Object value) {
    if (value instanceof Organisation organisation) {
      switch (field) {
        case "fullTimeStaff":
          return organisation.getFullTimeStaff().isPresent() ? organisation.getFullTimeStaff().getAsInt() : null;
        case "partyOrganisation":
          return organisation.getPartyOrganisation().orElse(null);
        default:
          break;
      }
    }
    return PartyLifeMessages.fieldValue(field, value);
  }

  private static String fill(String pattern, String field, Object value, Object root) {
    String text = String.valueOf(value);
    String result = pattern.replace("{value}", text);
    if (result.contains("{length}")) {
      result = result.replace("{length}", String.valueOf(text.length()));
    }
    if (result.contains("{expected}")) {
      result = result.replace("{expected}", expectedCheckCharacter(text));
    }
    if (root instanceof Organisation organisation) {
      result = PartyLifeMessages.fill(result, organisation);
      if (result.contains("{headCount}")) {
        result = result.replace("{headCount}", String.valueOf(organisation.getHeadCount().orElse(-1)));
      }
      if (result.contains("{form}")) {
        result = result.replace("{form}",
            organisation.getPartyOrganisation().map(p -> p.getForm().name()).orElse("?"));
      }
    }
    return result;
  }

  private static String expectedCheckCharacter(String code) {
    return Optional.of(code)
        .filter(c -> c.length() == UnifiedSocialCreditCode.LENGTH)
        .map(c -> String.valueOf(UnifiedSocialCreditCode.checkCharacter(c.substring(0, 17))))
        .orElse("?");
  }
}
