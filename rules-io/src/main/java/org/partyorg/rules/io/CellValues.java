package org.partyorg.rules.io;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;

/**
 * The values a register's cells may hold, parsed after NFKC (full-width digits and letters fold)
 * and trimming; each parser throws {@link BadCell} with the reason in both languages. Stateless.
 */
final class CellValues {
  /** A cell that does not hold a value of its column's kind; cheap: no stack trace. */
  static final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;
    final String zh;
    final String en;

    BadCell(String zh, String en) {
      super(en, null, false, false);
      this.zh = zh;
      this.en = en;
    }
  }

  private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?\\s*[人名个]?");
  private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?");
  private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern DIVISION = Pattern.compile("\\d{6}");

  private static final Map<String, Boolean> YES_NO = new HashMap<>();
  private static final Map<String, OrganisationCategory> CATEGORIES = new HashMap<>();
  private static final Map<String, PartyOrganisationForm> FORMS = new HashMap<>();
  private static final Map<String, PartyOrganisationLevel> LEVELS = new HashMap<>();
  private static final Map<String, ParkLevel> PARK_LEVELS = new HashMap<>();
  private static final Map<String, RegistrationLevel> REGISTRATION_LEVELS = new HashMap<>();
  private static final Map<String, IndustrySection> INDUSTRIES = new HashMap<>();
  private static final Map<String, MassOrganisation> MASS = new HashMap<>();
  private static final MessageTemplate NAME = MessageTemplate.of("{code}", "{code}");
  private static final Set<String> NONE_WORDS = Set.of("无", "没有", "未建立", "未建", "none");

  static {
    for (String yes : new String[] {"是", "1", "y", "yes", "true", "有", "已建立", "已选派"}) {
      YES_NO.put(yes, true);
    }
    for (String no : new String[] {"否", "0", "n", "no", "false", "无", "未建立", "未选派"}) {
      YES_NO.put(no, false);
    }
    // The model's own names (model_zh.properties) and the constants' names are read from the
    // model, so that a name changed there is read here too; below them, only what registers
    // write besides those names.
    names(CATEGORIES, OrganisationCategory.class);
    for (OrganisationCategory category : OrganisationCategory.values()) {
      put(CATEGORIES, category.englishName(), category);
    }
    put(CATEGORIES, "非公企业", OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    put(CATEGORIES, "非公有制经济组织", OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    put(CATEGORIES, "民营企业", OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    put(CATEGORIES, "私营企业", OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    put(CATEGORIES, "民办非企业单位", OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION);
    put(CATEGORIES, "社会服务机构", OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION);
    put(CATEGORIES, "资产评估事务所", OrganisationCategory.ASSET_APPRAISAL_FIRM);
    put(CATEGORIES, "科协所属学会", OrganisationCategory.ACADEMIC_SOCIETY);
    put(CATEGORIES, "行业协会", OrganisationCategory.INDUSTRY_ASSOCIATION);
    put(CATEGORIES, "商会", OrganisationCategory.INDUSTRY_ASSOCIATION);
    put(CATEGORIES, "社区社会组织", OrganisationCategory.COMMUNITY_SOCIAL_ORGANISATION);

    names(FORMS, PartyOrganisationForm.class);
    for (String w : new String[] {"未建立", "未建", "无", "未组建"}) {
      put(FORMS, w, PartyOrganisationForm.NONE);
    }
    for (String w : new String[] {"单独", "单独组建", "单建", "单独建立"}) {
      put(FORMS, w, PartyOrganisationForm.STANDALONE);
    }
    for (String w : new String[] {"联合", "联合组建", "联建", "联合建立"}) {
      put(FORMS, w, PartyOrganisationForm.JOINT);
    }
    put(FORMS, "功能型", PartyOrganisationForm.FUNCTIONAL);
    put(FORMS, "理事会党建工作小组", PartyOrganisationForm.COUNCIL_WORK_GROUP);
    put(FORMS, "党建工作小组", PartyOrganisationForm.COUNCIL_WORK_GROUP);

    names(LEVELS, PartyOrganisationLevel.class);
    put(LEVELS, "支部", PartyOrganisationLevel.BRANCH);
    put(LEVELS, "联合党支部", PartyOrganisationLevel.BRANCH);
    put(LEVELS, "总支", PartyOrganisationLevel.GENERAL_BRANCH);
    put(LEVELS, "党委", PartyOrganisationLevel.PRIMARY_COMMITTEE);

    names(PARK_LEVELS, ParkLevel.class);
    put(PARK_LEVELS, "无", ParkLevel.NONE);
    for (String w : new String[] {"区县级", "区级", "县级"}) {
      put(PARK_LEVELS, w, ParkLevel.DISTRICT);
    }

    names(REGISTRATION_LEVELS, RegistrationLevel.class);
    put(REGISTRATION_LEVELS, "全国", RegistrationLevel.NATIONAL);
    for (String w : new String[] {"区（县）级", "区县级", "区级", "县级"}) {
      put(REGISTRATION_LEVELS, w, RegistrationLevel.DISTRICT_OR_BELOW);
    }

    names(INDUSTRIES, IndustrySection.class);
    for (IndustrySection section : IndustrySection.values()) {
      put(INDUSTRIES, section.name() + chineseName(section), section); // "C制造业", as some registers write it
    }

    names(MASS, MassOrganisation.class);
    put(MASS, "团组织", MassOrganisation.YOUTH_LEAGUE);
    put(MASS, "团支部", MassOrganisation.YOUTH_LEAGUE);
    put(MASS, "妇联", MassOrganisation.WOMENS_FEDERATION);
    put(MASS, "妇委会", MassOrganisation.WOMENS_FEDERATION);
  }

  private CellValues() {}

  /** Each constant by its name and by its Chinese name in the model. */
  private static <E extends Enum<E>> void names(Map<String, E> map, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      put(map, constant.name(), constant);
      put(map, chineseName(constant), constant);
    }
  }

  /**
   * The constant's Chinese name in the model ({@code model_zh.properties}), as the library's
   * texts write it: through the public {@link MessageTemplate}, since the model's table of names
   * is internal to rules-api.
   */
  private static String chineseName(Enum<?> constant) {
    return NAME.format(Locale.CHINESE, Map.of("code", constant));
  }

  /** Adds a word; a word that already means another value is a mistake in the tables, caught on first use. */
  private static <T> void put(Map<String, T> map, String word, T value) {
    T before = map.put(key(word), value);
    if (before != null && before != value) {
      throw new IllegalStateException("“" + word + "” means both " + before + " and " + value);
    }
  }

  /** A word as looked up: NFKC, without spaces, underscores or hyphens, lower case. */
  static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** NFKC and trimmed; "" for a blank cell. */
  static String fold(String cell) {
    if (cell == null) {
      return "";
    }
    boolean ascii = true;
    for (int i = 0; i < cell.length() && ascii; i++) {
      ascii = cell.charAt(i) < 0x80;
    }
    return (ascii ? cell : Normalizer.normalize(cell, Normalizer.Form.NFKC)).strip();
  }

  static boolean yesNo(String cell) throws BadCell {
    Boolean value = YES_NO.get(key(cell));
    if (value == null) {
      throw new BadCell("不是“是”或“否”（也可写1/0、Y/N、true/false）。",
          "not yes or no (是/否, 1/0, Y/N or true/false).");
    }
    return value;
  }

  /** A count of persons or organisations: a whole number from 0 to 10,000,000, thousands separators and a measure word allowed. */
  static int count(String cell) throws BadCell {
    String text = fold(cell);
    Matcher m = COUNT.matcher(text);
    if (!m.matches()) {
      throw new BadCell(text.startsWith("-") ? "不能为负数。" : "不是整数。",
          text.startsWith("-") ? "cannot be negative." : "not a whole number.");
    }
    String digits = m.group(1).replace(",", "");
    if (digits.length() > 9 || Long.parseLong(digits) > ModelLimits.MAX_PERSONS) {
      throw new BadCell("超过10000000的上限。", "above the limit of 10,000,000.");
    }
    return Integer.parseInt(digits);
  }

  /**
   * A date: 2016-08-14, 2016/8/14, 2016.8.14, 2016年8月14日, 20160814, or a month alone (2016.08,
   * 2016-08, 2016/8, 2016年8月), which reads as its last day: the latest day it may mean, so that a
   * deadline or an age is never judged met on a guess.
   */
  static LocalDate date(String cell) throws BadCell {
    String text = fold(cell);
    try {
      Matcher m = DAY.matcher(text);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = COMPACT_DAY.matcher(text);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = MONTH.matcher(text);
      if (m.matches()) {
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
      }
    } catch (DateTimeException e) {
      throw new BadCell("不是存在的日期。", "not a date that exists.");
    }
    throw new BadCell("不是日期（可写2016-08-14、2016/8/14、2016年8月14日、2016.08或2016年8月）。",
        "not a date (write 2016-08-14, 2016/8/14, 2016年8月14日, 2016.08 or 2016年8月).");
  }

  static String divisionCode(String cell) throws BadCell {
    String text = fold(cell);
    if (text.endsWith(".0")) {
      text = text.substring(0, text.length() - 2);
    }
    if (!DIVISION.matcher(text).matches()) {
      throw new BadCell("不是6位行政区划代码。", "not a six-digit division code.");
    }
    return text;
  }

  static String creditCode(String cell) {
    return fold(cell).toUpperCase(Locale.ROOT);
  }

  static OrganisationCategory category(String cell) throws BadCell {
    return lookup(CATEGORIES, cell, "不是已知的单位类别（如非公有制企业、社会团体、民办学校、律师事务所）。",
        "not a known category (such as 非公有制企业, 社会团体, 民办学校, 律师事务所).");
  }

  static PartyOrganisationForm form(String cell) throws BadCell {
    return lookup(FORMS, cell, "不是已知的组织类型（单独、联合、功能型、理事会党建工作小组、未建立）。",
        "not a known form (单独, 联合, 功能型, 理事会党建工作小组 or 未建立).");
  }

  static PartyOrganisationLevel level(String cell) throws BadCell {
    return lookup(LEVELS, cell, "不是已知的党组织级别（党支部、党总支、党委）。", "not a known level (党支部, 党总支 or 党委).");
  }

  static ParkLevel parkLevel(String cell) throws BadCell {
    return lookup(PARK_LEVELS, cell, "不是已知的园区级别（国家级、省级、市级、区（县）级、不在园区）。",
        "not a known park level (国家级, 省级, 市级, 区（县）级 or 不在园区).");
  }

  static RegistrationLevel registrationLevel(String cell) throws BadCell {
    return lookup(REGISTRATION_LEVELS, cell, "不是已知的登记级别（全国性、省级、市级、区（县）级及以下）。",
        "not a known registration level (全国性, 省级, 市级 or 区（县）级及以下).");
  }

  static IndustrySection industry(String cell) throws BadCell {
    return lookup(INDUSTRIES, cell, "不是国民经济行业分类的门类（A至T，或门类名称如制造业）。",
        "not a section of GB/T 4754-2017 (A to T, or its name such as 制造业).");
  }

  static boolean isNoneWord(String cell) {
    return NONE_WORDS.contains(key(cell));
  }

  static Set<MassOrganisation> massOrganisations(String cell) throws BadCell {
    EnumSet<MassOrganisation> out = EnumSet.noneOf(MassOrganisation.class);
    if (isNoneWord(cell)) {
      return out;
    }
    for (String part : fold(cell).split("[、,，;；/\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      MassOrganisation mass = MASS.get(key(part));
      if (mass == null) {
        throw new BadCell("不是已知的群团组织（工会、共青团、妇联，以顿号分隔；没有写“无”）。",
            "not known mass organisations (工会, 共青团, 妇联, separated by 、; 无 for none).");
      }
      out.add(mass);
    }
    return out;
  }

  private static <T> T lookup(Map<String, T> map, String cell, String zh, String en) throws BadCell {
    T value = map.get(key(cell));
    if (value == null) {
      throw new BadCell(zh, en);
    }
    return value;
  }
}
