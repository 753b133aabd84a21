package org.partyorg.rules.io;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a register (台账) as organisation departments keep it: one row per organisation,
 * a header naming the columns. The canonical name is the Chinese one clerks write
 * ({@link #canonicalName()}); a header is matched after {@link #normalise normalising} it against
 * the canonical name, its Chinese aliases and its English name (the model's property name), so
 * "从业人员数（人）", "从业人数(人)" and "headCount" all name {@link #HEAD_COUNT}. docs/FORMAT-CSV.md
 * lists every column with its meaning, unit, allowed values and aliases.
 *
 * <p>Columns may come in any order; only {@link #CREDIT_CODE}, {@link #NAME} and
 * {@link #DIVISION_CODE} are required, and {@link #CATEGORY} unless the reader is given a default
 * category. An empty cell is an unknown fact, never 0 or "no".
 */
public enum Column {
  /** 统一社会信用代码: 18 characters, GB 32100-2015, with its check character. */
  CREDIT_CODE("统一社会信用代码", "creditCode", "社会信用代码", "信用代码"),
  /** 单位名称: the registered name. */
  NAME("单位名称", "name", "企业名称", "名称", "组织名称", "社会组织名称"),
  /** 单位类别: the organisation's category, by its Chinese name (非公有制企业, 社会团体 …). */
  CATEGORY("单位类别", "category", "类别", "单位类型", "组织类别"),
  /** 所在地区: the six-digit GB/T 2260 division code of the county or district. */
  DIVISION_CODE("所在地区", "divisionCode", "行政区划代码", "区划代码", "所在地区代码"),
  /** 登记级别: the level of the registry (全国性, 省级, 市级, 区（县）级). */
  REGISTRATION_LEVEL("登记级别", "registrationLevel", "登记管理机关级别"),
  /** 行业门类: the GB/T 4754-2017 section, by letter (A–T) or Chinese name. */
  INDUSTRY("行业门类", "industry", "所属行业", "行业"),
  /** 所在园区: the park's name; 不在园区 or 无 for none. */
  PARK("所在园区", "park", "园区名称", "所在开发区"),
  /** 园区级别: 国家级, 省级, 市级, 区（县）级, or 不在园区. */
  PARK_LEVEL("园区级别", "parkLevel", "园区等级"),
  /** 所在楼宇: the commercial building. */
  BUILDING("所在楼宇", "building", "楼宇"),
  /** 所在街道: the street (街道、乡镇). */
  STREET("所在街道", "street", "街道", "街道乡镇"),
  /** 从业人数: persons employed, in persons. */
  HEAD_COUNT("从业人数", "headCount", "从业人员数", "职工人数", "员工数", "职工数", "从业人员"),
  /** 专职工作人员数: full-time staff of a social organisation, in persons. */
  FULL_TIME_STAFF("专职工作人员数", "fullTimeStaff", "专职人员数", "专职工作人员"),
  /**
   * 党员数: party members, in persons, without saying whether probationary members are in it;
   * read as the reader's {@link MemberCount} option says.
   */
  MEMBERS("党员数", "partyMembers", "党员人数", "党员"),
  /** 正式党员数: formal members, in persons. */
  FORMAL_MEMBERS("正式党员数", "formalMembers", "正式党员人数", "正式党员"),
  /** 预备党员数: probationary members, in persons. */
  PROBATIONARY_MEMBERS("预备党员数", "probationaryMembers", "预备党员人数", "预备党员"),
  /** 是否建立党组织: yes or no. */
  HAS_PARTY_ORGANISATION("是否建立党组织", "hasPartyOrganisation", "已建立党组织", "是否已建立党组织",
      "是否建有党组织"),
  /** 组织类型: how the party organisation is set up (单独, 联合, 功能型, 理事会党建工作小组, 未建立). */
  PARTY_ORGANISATION_FORM("组织类型", "partyOrganisationForm", "党组织类型", "党组织组建方式", "组建方式", "党组织设置方式"),
  /** 党组织级别: 党支部, 党总支, 党委. */
  PARTY_ORGANISATION_LEVEL("党组织级别", "partyOrganisationLevel", "党组织层级", "党组织类别"),
  /** 成立时间: the date the party organisation was approved. */
  FOUNDED("成立时间", "foundingDate", "党组织成立时间", "成立日期", "建立时间", "组建时间"),
  /** 联合覆盖单位数: for a joint organisation, the organisations it covers (itself included). */
  COVERED_ORGANISATIONS("联合覆盖单位数", "coveredOrganisationCount", "覆盖单位数", "联合单位数"),
  /** 是否选派党建工作指导员: yes or no (a party instructor, liaison or first secretary). */
  INSTRUCTOR("是否选派党建工作指导员", "instructorAssigned", "党建工作指导员", "是否有党建工作指导员", "党建指导员",
      "是否选派党建指导员"),
  /** 已建群团组织: the mass organisations present (工会、共青团、妇联), or 无. */
  MASS_ORGANISATIONS("已建群团组织", "massOrganisations", "群团组织", "群团组织建立情况");

  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column column : values()) {
      for (String name : column.names) {
        Column previous = BY_NAME.put(normalise(name), column);
        if (previous != null && previous != column) {
          throw new ExceptionInInitializerError("alias " + name + " of both " + previous + " and " + column);
        }
      }
    }
  }

  private final String canonicalName;
  private final String englishName;
  private final List<String> names;

  Column(String canonicalName, String englishName, String... aliases) {
    this.canonicalName = canonicalName;
    this.englishName = englishName;
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(canonicalName);
    all.add(englishName);
    all.addAll(List.of(aliases));
    this.names = List.copyOf(all);
  }

  /** The Chinese header the library writes and documents, such as {@code 从业人数}. */
  public String canonicalName() {
    return canonicalName;
  }

  /** The English header accepted too: the model's property name, such as {@code headCount}. */
  public String englishName() {
    return englishName;
  }

  /** Every header accepted for this column, canonical name first, then the English name and the aliases. */
  public List<String> names() {
    return names;
  }

  /** The column this header names after {@link #normalise normalising} it, if any. */
  public static Optional<Column> forHeader(String header) {
    return Optional.ofNullable(BY_NAME.get(normalise(header)));
  }

  /**
   * A header as it is matched: NFKC (full-width letters, digits and brackets fold to ASCII), a
   * trailing unit or note in brackets dropped ("从业人数（人）" → "从业人数"), a required-field mark
   * {@code *} dropped, spaces, underscores and hyphens removed, letters in lower case (Locale.ROOT).
   */
  public static String normalise(String header) {
    String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      text = text.strip();
      if (text.startsWith("*") || text.endsWith("*")) {
        text = text.replaceAll("^\\*+|\\*+$", "");
        changed = true;
      }
      if (text.endsWith(")") || text.endsWith("]")) {
        char close = text.charAt(text.length() - 1);
        int open = text.lastIndexOf(close == ')' ? '(' : '[');
        if (open > 0) {
          text = text.substring(0, open);
          changed = true;
        }
      }
    }
    return CellValues.key(text); // spaces, underscores and hyphens out, lower case, as a cell's word
  }
}
