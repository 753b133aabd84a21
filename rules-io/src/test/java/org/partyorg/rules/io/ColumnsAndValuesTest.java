package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;

class ColumnsAndValuesTest {
  @Test
  void everyNameOfEveryColumnIsFoundAgain() {
    for (Column column : Column.values()) {
      for (String name : column.names()) {
        assertEquals(Optional.of(column), Column.forHeader(name), name);
        assertEquals(Optional.of(column), Column.forHeader("  " + name + "（人）"), name);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "统一社会信用代码|CREDIT_CODE", "creditCode|CREDIT_CODE", "Credit Code|CREDIT_CODE", "credit_code|CREDIT_CODE",
      "单位名称|NAME", "企业名称|NAME", "名称|NAME",
      "从业人数|HEAD_COUNT", "从业人员数|HEAD_COUNT", "职工人数|HEAD_COUNT", "员工数|HEAD_COUNT",
      "从业人数(人)|HEAD_COUNT", "从业人数（人）|HEAD_COUNT", "从业人数 （人） |HEAD_COUNT", "*从业人数|HEAD_COUNT",
      "党员数|MEMBERS", "党员人数|MEMBERS", "党员人数（名）|MEMBERS", "正式党员数|FORMAL_MEMBERS", "预备党员数|PROBATIONARY_MEMBERS",
      "是否建立党组织|HAS_PARTY_ORGANISATION", "组织类型|PARTY_ORGANISATION_FORM",
      "所在地区|DIVISION_CODE", "行政区划代码|DIVISION_CODE", "成立时间|FOUNDED", "成立时间（年月）|FOUNDED",
      "ｃｒｅｄｉｔＣｏｄｅ|CREDIT_CODE", "单位名称［必填］|NAME"})
  void aliasesAfterNormalising(String header, Column column) {
    assertEquals(Optional.of(column), Column.forHeader(header));
  }

  @Test
  void unknownHeadersAreUnknown() {
    assertEquals(Optional.empty(), Column.forHeader("备注"));
    assertEquals(Optional.empty(), Column.forHeader(""));
    assertEquals(Optional.empty(), Column.forHeader("(人)"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2016-08-14|2016-08-14", "2016/8/14|2016-08-14", "2016.8.14|2016-08-14", "2016年8月14日|2016-08-14",
      "20160814|2016-08-14", "２０１６年８月１４日|2016-08-14", " 2016-08-14 |2016-08-14",
      "2016.08|2016-08-31", "2016年8月|2016-08-31", "2016-08|2016-08-31", "2016/8|2016-08-31", "2016.02|2016-02-29"})
  void dates(String cell, LocalDate expected) throws CellValues.BadCell {
    assertEquals(expected, CellValues.date(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2016-02-30|not a date that exists.", "2016.13|not a date that exists.",
      "八月|not a date (write 2016-08-14, 2016/8/14, 2016年8月14日, 2016.08 or 2016年8月).",
      "2016|not a date (write 2016-08-14, 2016/8/14, 2016年8月14日, 2016.08 or 2016年8月)."})
  void badDates(String cell, String reason) {
    assertEquals(reason, assertThrows(CellValues.BadCell.class, () -> CellValues.date(cell)).en);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"是|true", "否|false", "1|true", "0|false", "Y|true", "y|true", "N|false", "n|false",
      "true|true", "TRUE|true", "false|false", "False|false", "１|true", "０|false", "Ｙ|true", " 是 |true"})
  void yesNo(String cell, boolean expected) throws CellValues.BadCell {
    assertEquals(expected, CellValues.yesNo(cell));
  }

  @Test
  void notYesOrNo() {
    CellValues.BadCell e = assertThrows(CellValues.BadCell.class, () -> CellValues.yesNo("2"));
    assertEquals("not yes or no (是/否, 1/0, Y/N or true/false).", e.en);
    assertEquals("不是“是”或“否”（也可写1/0、Y/N、true/false）。", e.zh);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"120|120", "１２０|120", "1,200|1200", "120人|120", "3名|3", "120.0|120", "0|0",
      "10000000|10000000"})
  void counts(String cell, int expected) throws CellValues.BadCell {
    assertEquals(expected, CellValues.count(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"-1|cannot be negative.", "12x|not a whole number.", "1.5|not a whole number.",
      "10000001|above the limit of 10,000,000.", "99999999999|above the limit of 10,000,000."})
  void badCounts(String cell, String reason) {
    assertEquals(reason, assertThrows(CellValues.BadCell.class, () -> CellValues.count(cell)).en);
  }

  @Test
  void codesAndListsByTheirChineseNames() throws CellValues.BadCell {
    for (OrganisationCategory category : OrganisationCategory.values()) {
      assertEquals(category, CellValues.category(category.chineseName()));
      assertEquals(category, CellValues.category(category.name()));
    }
    assertEquals(OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION, CellValues.category("民办非企业单位"));
    assertEquals(PartyOrganisationForm.STANDALONE, CellValues.form("单独"));
    assertEquals(PartyOrganisationForm.JOINT, CellValues.form("联合组建"));
    assertEquals(PartyOrganisationForm.FUNCTIONAL, CellValues.form("功能型"));
    assertEquals(PartyOrganisationForm.NONE, CellValues.form("未建立"));
    assertEquals(PartyOrganisationForm.COUNCIL_WORK_GROUP, CellValues.form("理事会党建工作小组"));
    assertEquals(EnumSet.of(MassOrganisation.TRADE_UNION, MassOrganisation.WOMENS_FEDERATION),
        CellValues.massOrganisations("工会、妇联"));
    assertEquals(EnumSet.noneOf(MassOrganisation.class), CellValues.massOrganisations("无"));
    assertEquals("91420106MA4KTEXT1G", CellValues.creditCode(" ９１４２０１０６ＭＡ４ＫＴＥＸＴ１Ｇ "));
    assertEquals("420102", CellValues.divisionCode("４２０１０２"));
  }

  /** Reads a cell of one coded column: the parser under test. */
  interface CodeReader {
    Object read(String cell) throws CellValues.BadCell;
  }

  static Stream<Arguments> codedColumns() {
    return Stream.of(
        Arguments.of(OrganisationCategory.class, (CodeReader) CellValues::category),
        Arguments.of(PartyOrganisationForm.class, (CodeReader) CellValues::form),
        Arguments.of(PartyOrganisationLevel.class, (CodeReader) CellValues::level),
        Arguments.of(ParkLevel.class, (CodeReader) CellValues::parkLevel),
        Arguments.of(RegistrationLevel.class, (CodeReader) CellValues::registrationLevel),
        Arguments.of(IndustrySection.class, (CodeReader) CellValues::industry),
        Arguments.of(MassOrganisation.class, (CodeReader) cell -> {
          Set<MassOrganisation> read = CellValues.massOrganisations(cell);
          return read.size() == 1 ? read.iterator().next() : read;
        }));
  }

  /** The model's Chinese names, read from rules-api's file as it stands (not a package, so readable from here). */
  static Properties modelNames() throws IOException {
    Properties names = new Properties();
    try (InputStream in = OrganisationCategory.class.getResourceAsStream("/META-INF/partyorg-rules/messages/model_zh.properties")) {
      assertNotNull(in, "model_zh.properties beside rules-api");
      names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return names;
  }

  /** The register reads the model's own names (model_zh.properties), so a name changed there is read here too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("codedColumns")
  void everyChineseNameOfTheModelReadsBackAsItsConstant(Class<? extends Enum<?>> type, CodeReader reader) throws Exception {
    String prefix = type.getSimpleName() + ".";
    Set<String> named = new TreeSet<>();
    for (Map.Entry<Object, Object> entry : modelNames().entrySet()) {
      String key = (String) entry.getKey();
      if (key.startsWith(prefix)) {
        String constant = key.substring(prefix.length());
        String name = (String) entry.getValue();
        assertEquals(constant, ((Enum<?>) reader.read(name)).name(), name);
        assertEquals(constant, ((Enum<?>) reader.read(" " + name + " ")).name(), name);
        assertEquals(constant, ((Enum<?>) reader.read(constant)).name(), constant);
        named.add(constant);
      }
    }
    Set<String> constants = new TreeSet<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      constants.add(constant.name());
    }
    assertEquals(constants, named, "every constant has its Chinese name in model_zh.properties");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "未建立|NONE", "未建|NONE", "无|NONE", "未组建|NONE", "单独|STANDALONE", "单独组建|STANDALONE", "单建|STANDALONE",
      "单独建立|STANDALONE", "联合|JOINT", "联合组建|JOINT", "联建|JOINT", "联合建立|JOINT", "功能型|FUNCTIONAL",
      "理事会党建工作小组|COUNCIL_WORK_GROUP", "党建工作小组|COUNCIL_WORK_GROUP"})
  void formsByTheWordsRegistersUse(String cell, PartyOrganisationForm form) throws CellValues.BadCell {
    assertEquals(form, CellValues.form(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"支部|BRANCH", "联合党支部|BRANCH", "总支|GENERAL_BRANCH", "党委|PRIMARY_COMMITTEE"})
  void levelsByTheWordsRegistersUse(String cell, PartyOrganisationLevel level) throws CellValues.BadCell {
    assertEquals(level, CellValues.level(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"无|NONE", "区县级|DISTRICT", "区级|DISTRICT", "县级|DISTRICT", "区(县)级|DISTRICT"})
  void parkLevelsByTheWordsRegistersUse(String cell, ParkLevel level) throws CellValues.BadCell {
    assertEquals(level, CellValues.parkLevel(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"全国|NATIONAL", "区（县）级|DISTRICT_OR_BELOW", "区县级|DISTRICT_OR_BELOW",
      "区级|DISTRICT_OR_BELOW", "县级|DISTRICT_OR_BELOW"})
  void registrationLevelsByTheWordsRegistersUse(String cell, RegistrationLevel level) throws CellValues.BadCell {
    assertEquals(level, CellValues.registrationLevel(cell));
  }

  @Test
  void industriesAndMassOrganisationsByTheWordsRegistersUse() throws CellValues.BadCell {
    assertEquals(IndustrySection.C, CellValues.industry("C制造业"));
    assertEquals(IndustrySection.C, CellValues.industry("c"));
    assertEquals(EnumSet.of(MassOrganisation.YOUTH_LEAGUE, MassOrganisation.WOMENS_FEDERATION),
        CellValues.massOrganisations("团支部；妇委会"));
    assertEquals(EnumSet.of(MassOrganisation.YOUTH_LEAGUE), CellValues.massOrganisations("团组织"));
  }

  @Test
  void wordsOfOtherColumnsAreNotRead() {
    // the words one table shares with another do not leak: 区（县）级 is a park level, 区（县）级及以下 is not
    CellValues.BadCell park = assertThrows(CellValues.BadCell.class, () -> CellValues.parkLevel("区（县）级及以下"));
    assertEquals("not a known park level (国家级, 省级, 市级, 区（县）级 or 不在园区).", park.en);
    assertEquals("不是已知的园区级别（国家级、省级、市级、区（县）级、不在园区）。", park.zh);
    assertThrows(CellValues.BadCell.class, () -> CellValues.registrationLevel("不在园区"));
    assertThrows(CellValues.BadCell.class, () -> CellValues.level("单独"));
    assertThrows(CellValues.BadCell.class, () -> CellValues.form("党支部"));
    assertThrows(CellValues.BadCell.class, () -> CellValues.industry("制造"));
  }

  @Test
  void quotedValuesAreCutAndEscaped() {
    assertEquals("a\\nb\\r\\tc\\u0000\\u202E", Texts.quote("a\nb\r\tc\u0000\u202E"));
    assertEquals("x".repeat(64), Texts.quote("x".repeat(64)));
    assertEquals("x".repeat(64) + "…", Texts.quote("x".repeat(65)));
  }
}
