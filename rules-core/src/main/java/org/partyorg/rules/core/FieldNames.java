package org.partyorg.rules.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.partyorg.rules.api.ModelFacts;

/**
 * The Chinese and English names of the model's fields, as a violation's text names them: the
 * property path ({@code partyOrganisation.structure.platforms[0].formalMembers}) stays in the
 * violation's data, the text says 资质平台正式党员数 / formal members of the platform.
 *
 * <p>Names come from the fact vocabulary ({@link ModelFacts}) wherever it declares the path; this
 * table holds only the fields the vocabulary does not name, and the few whose name reads better
 * in a validation sentence (党组织 rather than 党组织设置情况).
 */
final class FieldNames {
  private record Name(String zh, String en) {}

  private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

  /** Keyed by the path without indices, then by its last one or two parts. */
  private static final Map<String, Name> NAMES =
      ImmutableMap.<String, Name>builder()
          .put("creditCode", new Name("统一社会信用代码", "the unified social credit code"))
          .put("name", new Name("名称", "the name"))
          .put("park.name", new Name("园区名称", "the park's name"))
          .put("park.level", new Name("园区级别", "the park's level"))
          .put("finances.annualDuesIncome", new Name("会费总额", "the annual dues income"))
          .put("partyOrganisation", new Name("党组织", "the party organisation"))
          .put("partyOrganisation.form", new Name("党组织设置方式", "the party organisation's form"))
          .put("partyOrganisation.foundingDate", new Name("党组织成立日期", "the party organisation's founding date"))
          .put("partyOrganisation.coveredOrganisations", new Name("覆盖单位", "a covered organisation"))
          .put("partyOrganisation.coveredOrganisationCount", new Name("覆盖单位数", "the number of covered organisations"))
          .put("governance.fullTimePartyAffairsStaff", new Name("专职党务干事数", "the full-time party affairs staff"))
          .put("platforms.name", new Name("资质平台名称", "the platform's name"))
          .put("platforms.formalMembers", new Name("资质平台正式党员数", "the platform's formal members"))
          .put("committee.secretary", new Name("书记", "the secretary"))
          .put("committee.members", new Name("支部委员", "a committee member"))
          .put("committee.disciplineInspector", new Name("纪检委员", "the discipline inspector"))
          .put("committee.termStart", new Name("本届任期开始日期", "the start of the committee's term"))
          .put("partyGroups.name", new Name("党小组名称", "the party group's name"))
          .put("members.name", new Name("党员姓名", "the member's name"))
          .put("activityRecord.periodFrom", new Name("活动记录期间开始日", "the first day of the record"))
          .put("activityRecord.periodTo", new Name("活动记录期间结束日", "the last day of the record"))
          .put("activityRecord.themeEducationMembers", new Name("应参加主题教育党员数", "the members due for theme education"))
          .put("activityRecord.themeEducationParticipants", new Name("参加主题教育党员数", "the theme-education participants"))
          .put("activityRecord.events", new Name("活动记录", "the activity record's events"))
          .put("sanctionRecord.sanctions", new Name("处罚或处分记录", "the sanctions"))
          .put("structure.platforms", new Name("资质平台", "the platforms"))
          .put("structure.members", new Name("党员名册", "the roster of members"))
          .put("structure.partyGroups", new Name("党小组", "the party groups"))
          .put("partyGroups.members", new Name("党小组成员", "the party group's members"))
          .put("events.date", new Name("活动日期", "the event's date"))
          .put("events.kind", new Name("活动类别", "the event's kind"))
          .put("events.leader", new Name("主讲人或主持人", "the event's leader"))
          .put("events.counterpart", new Name("谈话对象", "the talk's counterpart"))
          .put("sanctions.date", new Name("处罚或处分决定日期", "the sanction's date"))
          .put("sanctions.kind", new Name("处罚或处分类别", "the sanction's kind"))
          .put("sanctions.description", new Name("处罚或处分说明", "the sanction's description"))
          .buildOrThrow();

  private static final Name UNKNOWN = new Name("该项", "this field");
  private static final Name RECORD = new Name("整条记录", "the record");

  private FieldNames() {}

  static String zh(String path) {
    return find(path).zh();
  }

  static String en(String path) {
    return find(path).en();
  }

  /** The name the fact vocabulary declares for a path, the one source of names the table does not override. */
  private static Name vocabulary(String path) {
    return ModelFacts.named(path).map(type -> new Name(type.getNameZh(), "the " + type.getNameEn())).orElse(null);
  }

  private static Name find(String path) {
    if (path.isEmpty()) {
      return RECORD;
    }
    if (path.startsWith("extraFacts")) {
      // a name a caller chose: it is no field of the model, whatever it ends with
      return UNKNOWN;
    }
    String plain = INDEX.matcher(path).replaceAll("");
    Name name = NAMES.get(plain);
    if (name == null) {
      name = vocabulary(plain);
    }
    String[] parts = plain.split("\\.");
    if (name == null && parts.length >= 2) {
      name = NAMES.get(parts[parts.length - 2] + "." + parts[parts.length - 1]);
    }
    if (name == null && parts.length >= 1) {
      name = NAMES.get(parts[parts.length - 1]);
    }
    if (name == null && parts.length >= 1) {
      name = vocabulary(parts[parts.length - 1]);
    }
    return name == null ? UNKNOWN : name;
  }
}
