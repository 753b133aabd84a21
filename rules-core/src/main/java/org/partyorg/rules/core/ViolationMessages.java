package org.partyorg.rules.core;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/**
 * The Chinese and English text of each constraint the model uses, keyed by its message
 * template, and how a violation is turned into text. Kept in code rather than in
 * {@code ValidationMessages} bundles, which a named module cannot reliably hand to Hibernate
 * Validator, and so that both languages are always produced whatever the default locale.
 *
 * <p>A text is filled in one pass ({@link Texts#render}): the value of the record is inserted
 * once, cut to a bounded length with its control characters escaped ({@link Texts#echo}), and
 * never read again as part of the text.
 */
final class ViolationMessages {
  record Text(String zh, String en) {}

  static final String NULL_RECORD = "{org.partyorg.rules.record.null}";
  static final String TOO_MANY_ENTRIES = "{org.partyorg.rules.list.tooManyEntries}";
  private static final String MORE = "{org.partyorg.rules.more}";
  static final String FAILED = "{org.partyorg.rules.record.failed}";

  private static final String RANGE_ZH = "1921年7月1日至2100年12月31日";

  private static final Map<String, Text> TEXTS =
      ImmutableMap.<String, Text>builder()
          .put("{jakarta.validation.constraints.NotNull.message}",
              new Text("{fieldZh}不能为空", "{fieldEn} must be given"))
          .put("{org.partyorg.rules.persons.range}",
              new Text("{fieldZh}须为0至" + ModelLimits.MAX_PERSONS + "之间的整数，实为{value}",
                  "{fieldEn} must be a whole number from 0 to " + ModelLimits.MAX_PERSONS + ", got {value}"))
          .put("{org.partyorg.rules.date.range}",
              new Text("{fieldZh}须在" + RANGE_ZH + "之间，实为{value}",
                  "{fieldEn} must lie between " + ModelLimits.EARLIEST_DATE + " and " + ModelLimits.LATEST_DATE
                      + ", got {value}"))
          .put("{org.partyorg.rules.yuan.negative}",
              new Text("{fieldZh}不能为负数，实为{value}元", "{fieldEn} must be zero or more, got {value} yuan"))
          .put("{org.partyorg.rules.yuan.too_large}",
              new Text("{fieldZh}不能超过" + ModelLimits.MAX_AMOUNT.toPlainString() + "元，实为{value}元",
                  "{fieldEn} must not exceed " + ModelLimits.MAX_AMOUNT.toPlainString() + " yuan, got {value} yuan"))
          .put("{org.partyorg.rules.yuan.too_many_decimals}",
              new Text("{fieldZh}最多保留两位小数（到分），实为{value}元",
                  "{fieldEn} has at most two decimals (to the fen), got {value} yuan"))
          .put("{org.partyorg.rules.text.blank}",
              new Text("{fieldZh}不能为空白（空格、不间断空格、零宽字符均视为空白），实为“{value}”",
                  "{fieldEn} must not be blank (spaces, no-break and zero-width spaces count as blank), got '{value}'"))
          .put("{org.partyorg.rules.text.control_character}",
              new Text("{fieldZh}含有控制字符（如换行、NUL、ESC），实为“{value}”",
                  "{fieldEn} must not contain control characters (line breaks, NUL, ESC ...), got '{value}'"))
          .put("{org.partyorg.rules.text.too_long}",
              new Text("{fieldZh}最长{maxLength}个字符，实为{length}个字符：“{value}”",
                  "{fieldEn} has at most {maxLength} characters, got {length}: '{value}'"))
          .put("{org.partyorg.rules.divisionCode.pattern}",
              new Text("行政区划代码须为6位数字的GB/T 2260代码（首位非0），实为“{value}”",
                  "the division code must be a six-digit GB/T 2260 code not starting with 0, got '{value}'"))
          .put("{org.partyorg.rules.divisionCode.province}",
              new Text("行政区划代码“{value}”的前两位{province}不是GB/T 2260的省级行政区划代码",
                  "the division code '{value}' does not start with a GB/T 2260 province code: there is no province {province}"))
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
          .put("{org.partyorg.rules.members.exceedHeadCount}",
              new Text("党员人数超过职工人数：正式党员{formalMembers}名、预备党员{probationaryMembers}名，职工{headCount}人",
                  "party members exceed the head-count: {formalMembers} formal and {probationaryMembers} probationary members, head-count {headCount}"))
          .put("{org.partyorg.rules.park.nameMissing}",
              new Text("园区名称不能为空：报告所在园区的，须填写园区名称；不在任何园区的，报告为不在园区",
                  "the park's name must be given for a park the organisation is in; an organisation in no park reports none"))
          .put("{org.partyorg.rules.park.noneWithDetails}",
              new Text("报告为不在园区，却填写了园区名称或园区设施情况",
                  "reported as located in no park, yet has a park name or park facilities"))
          .put("{org.partyorg.rules.partyOrganisation.noneWithDetails}",
              new Text("报告为未建党组织，却填写了层级、成立日期、组织设置、活动记录或组织建设情况",
                  "reported as having no party organisation, yet has a level, founding date, structure, activity record or governance"))
          .put("{org.partyorg.rules.partyOrganisation.coveredOnlyForJoint}",
              new Text("只有联合党组织才填写覆盖单位或覆盖单位数，此为{formZh}",
                  "only a joint party organisation lists or counts the organisations it covers; this one is {formEn}"))
          .put("{org.partyorg.rules.partyOrganisation.scopeOnlyForJoint}",
              new Text("只有联合党组织才有联建范围，此为{formZh}",
                  "only a joint party organisation has a joint scope; this one is {formEn}"))
          .put("{org.partyorg.rules.partyOrganisation.coversNone}",
              new Text("联合党组织覆盖单位数须至少为1，实为{value}",
                  "a joint party organisation covers at least 1 organisation, got {value}"))
          .put("{org.partyorg.rules.partyOrganisation.coveredCountMismatch}",
              new Text("覆盖单位数{value}与所列覆盖单位{coveredListed}个不一致",
                  "the number of covered organisations, {value}, differs from the {coveredListed} codes listed"))
          .put("{org.partyorg.rules.partyOrganisation.coveredTwice}",
              new Text("覆盖单位“{value}”重复列出", "covered organisation '{value}' is listed more than once"))
          .put("{org.partyorg.rules.partyOrganisation.standaloneWithoutMembers}",
              new Text("报告为单独建立党组织，但本单位正式党员0名、预备党员0名：党组织须由党员组成",
                  "reported as a standalone party organisation, yet the organisation has 0 formal and 0 probationary members: a party organisation is made of members"))
          .put(AsOfCheck.FOUNDED_AFTER_AS_OF,
              new Text("党组织成立日期{value}晚于评估基准日{asOf}：基准日时该党组织尚未成立，请按基准日的情况填报，或改用成立之后的基准日",
                  "the party organisation was founded on {value}, after the as-of date {asOf}: it did not exist yet on that date; report the state of the as-of date, or assess on a later date"))
          .put(AsOfCheck.TERM_AFTER_AS_OF,
              new Text("本届任期开始日期{value}晚于评估基准日{asOf}：基准日时本届支委尚未产生，请按基准日的情况填报，或改用其后的基准日",
                  "the committee's term starts on {value}, after the as-of date {asOf}: that committee was not yet in office on that date; report the state of the as-of date, or assess on a later date"))
          .put("{org.partyorg.rules.more}",
              new Text("{fieldZh}还有更多同类问题，只列出前" + ModelLimits.MAX_REPORTED + "条",
                  "{fieldEn}: more problems of the same kind; only the first " + ModelLimits.MAX_REPORTED + " are listed"))
          .put(TOO_MANY_ENTRIES,
              new Text("{fieldZh}最多" + ModelLimits.MAX_ENTRIES + "项，实为{value}项；其中各项未逐一检查",
                  "{fieldEn} hold at most " + ModelLimits.MAX_ENTRIES + " entries, got {value}; the entries were not checked one by one"))
          .put(NULL_RECORD,
              new Text("第{index}条记录为空，没有可评估的内容",
                  "record {index} is null: there is nothing to assess"))
          .put(FAILED,
              new Text("评估本记录时{rule}出错，本记录未评估；请将此情况报告系统管理员",
                  "{rule} failed on this record ({error}); the record was not assessed: please report this to the system's administrators"))
          .putAll(PartyLifeMessages.TEXTS)
          .buildOrThrow();

  private ViolationMessages() {}

  /**
   * A violation of the constraint with message {@code template} on {@code field}.
   *
   * @param rawValue the invalid value as the validator reports it (the whole record for a
   *     class-level constraint, which is narrowed to the field here)
   * @param fallbackEn the text to show in English for a template this class does not know
   * @param attributes the constraint's attributes ({@code maxLength} ...)
   */
  static Violation violation(
      String field, Object rawValue, String template, String fallbackEn, Map<String, Object> attributes,
      Organisation root, Map<String, Object> extra) {
    // "more of the same" speaks of no one value
    Object value = MORE.equals(template) ? null : fieldValue(field, rawValue, root);
    Text text = TEXTS.get(template);
    String zh = text == null ? "校验未通过：" + Texts.echo(template) : fill(text.zh(), true, field, value, attributes, root, extra);
    String en = text == null ? fallbackEn : fill(text.en(), false, field, value, attributes, root, extra);
    return of(field, value, zh, en);
  }

  /** A violation with its texts written out; the value is echoed cut and escaped. */
  static Violation of(String field, Object value, String zh, String en) {
    return ImmutableViolation.builder()
        .field(field)
        .value(Optional.ofNullable(value).map(Texts::echo))
        .messageZh(zh)
        .messageEn(en)
        .build();
  }

  /** Both lists in one, ordered by field, then by the English text; {@code first} itself when {@code more} is empty. */
  static List<Violation> merged(List<Violation> first, List<Violation> more) {
    if (more.isEmpty()) {
      return first;
    }
    List<Violation> all = new ArrayList<>(first);
    all.addAll(more);
    all.sort(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessageEn));
    return List.copyOf(all);
  }

  /** The rejection of a null record at position {@code index} of a stream. */
  static Violation nullRecord(long index) {
    return violation("", null, NULL_RECORD, NULL_RECORD, Map.of(), null, Map.of("index", index));
  }

  /** The rejection of a record a policy set failed on. */
  static Violation failed(AssessmentFailedException failure, Organisation organisation) {
    String set = failure.getPolicySetId();
    String rule = failure.getRuleId().map(id -> set + " " + id).orElse(set);
    return violation("", null, FAILED, FAILED, Map.of(), organisation,
        Map.of("rule", rule, "error", AssessmentFailedException.describe(failure.getCause())));
  }

  /** The value of the field a class-level constraint reported on, rather than the whole record. */
  private static Object fieldValue(String field, Object value, Organisation root) {
    if (value instanceof Organisation organisation) {
      Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
      switch (field) {
        case "fullTimeStaff":
          return boxed(organisation.getFullTimeStaff());
        case "formalMembers":
          return boxed(organisation.getFormalMembers());
        case "probationaryMembers":
          return boxed(organisation.getProbationaryMembers());
        case "partyOrganisation":
          return party.map(PartyOrganisation::getForm).orElse(null);
        case "park":
          return organisation.getPark().map(Park::getLevel).orElse(null);
        case "park.name":
          return organisation.getPark().flatMap(Park::getName).orElse(null);
        case "partyOrganisation.coveredOrganisationCount":
          return party.map(p -> boxed(p.getCoveredOrganisationCount())).orElse(null);
        default:
          break;
      }
      if (field.startsWith("partyOrganisation.coveredOrganisations[") && party.isPresent()) {
        int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
        return party.get().getCoveredOrganisations().get(index);
      }
    }
    return PartyLifeMessages.fieldValue(field, value);
  }

  private static String fill(
      String pattern, boolean chinese, String field, Object value, Map<String, Object> attributes,
      Organisation root, Map<String, Object> extra) {
    return Texts.render(pattern, name -> {
      switch (name) {
        case "value":
          return shown(value, chinese);
        case "fieldZh":
          return FieldNames.zh(field);
        case "fieldEn":
          return FieldNames.en(field);
        case "length":
          return String.valueOf(String.valueOf(value).length());
        case "expected":
          return expectedCheckCharacter(String.valueOf(value));
        case "province":
          return Texts.echo(String.valueOf(value).substring(0, Math.min(2, String.valueOf(value).length())));
        default:
          break;
      }
      if (attributes.containsKey(name)) {
        return shown(attributes.get(name), chinese);
      }
      if (extra.containsKey(name)) {
        return shown(extra.get(name), chinese);
      }
      return root == null ? null : fromRecord(name, chinese, root);
    });
  }

  /** Other figures of the record that a text quotes beside the value. */
  private static String fromRecord(String name, boolean chinese, Organisation organisation) {
    Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
    switch (name) {
      case "headCount":
        return count(organisation.getHeadCount(), chinese);
      case "formalMembers":
        return count(organisation.getFormalMembers(), chinese);
      case "probationaryMembers":
        return count(organisation.getProbationaryMembers(), chinese);
      case "formZh":
        return party.map(p -> formZh(p.getForm())).orElse("未知");
      case "formEn":
        return party.map(p -> formEn(p.getForm())).orElse("unknown");
      case "coveredListed":
        return party.map(p -> String.valueOf(p.getCoveredOrganisations().size())).orElse("?");
      default:
        return PartyLifeMessages.fromRecord(name, chinese, organisation);
    }
  }

  /** A value as a text of the given language shows it: dates in Chinese as 2016年11月30日. */
  static String shown(Object value, boolean chinese) {
    if (value == null) {
      return chinese ? "空" : "null";
    }
    if (chinese && value instanceof LocalDate date) {
      return Texts.zhDate(date);
    }
    return Texts.echo(value);
  }

  private static String count(OptionalInt count, boolean chinese) {
    return count.isPresent() ? String.valueOf(count.getAsInt()) : chinese ? "（未填）" : "(not given)";
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static String formZh(PartyOrganisationForm form) {
    return switch (form) {
      case NONE -> "未建党组织";
      case STANDALONE -> "单独建立的党组织";
      case JOINT -> "联合党组织";
      case FUNCTIONAL -> "功能型党组织";
      case COUNCIL_WORK_GROUP -> "理事会层面党建工作小组";
    };
  }

  private static String formEn(PartyOrganisationForm form) {
    return switch (form) {
      case NONE -> "no party organisation";
      case STANDALONE -> "a standalone party organisation";
      case JOINT -> "a joint party organisation";
      case FUNCTIONAL -> "a functional party organisation";
      case COUNCIL_WORK_GROUP -> "a council-level party-building work group";
    };
  }

  private static String expectedCheckCharacter(String code) {
    if (code.length() != UnifiedSocialCreditCode.LENGTH) {
      return "?";
    }
    try {
      return String.valueOf(UnifiedSocialCreditCode.checkCharacter(code.substring(0, UnifiedSocialCreditCode.LENGTH - 1)));
    } catch (IllegalArgumentException outsideTheAlphabet) {
      return "?";
    }
  }
}
