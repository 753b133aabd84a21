package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.Trait;

class MessageTemplateTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("测试文件").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();

  private static Finding finding(MessageTemplate template, Fact... facts) {
    return Finding.builder().ruleId("W3").policySetId("wuhan-2016").outcome(Outcome.VIOLATED)
        .citation(Citation.of(DOC, "一", "句子")).deadline(LocalDate.of(2016, 11, 30))
        .addRequiredActions(RequiredAction.ESTABLISH_PARTY_ORGANISATION)
        .messageTemplate(template).addFacts(facts).build();
  }

  @Test
  void factsLimitsAndDeadlineAreFilledInEachLanguageAsItsReaderWritesThem() {
    Finding f = finding(MessageTemplate.of("职工{headCount}人（{headCount.limit}人以上），应于{deadline}前建立。",
        "{headCount} staff ({headCount.limit} or more): by {deadline}."), Fact.of(ModelFacts.HEAD_COUNT, 12000, 100));
    assertEquals("职工12000人（100人以上），应于2016年11月30日前建立。", f.getMessageZh());
    assertEquals("12,000 staff (100 or more): by 30 November 2016.", f.getMessageEn());
    assertEquals(f.getMessageZh(), f.message(Locale.CHINA));
    assertEquals(f.getMessageEn(), f.message(Locale.GERMAN));
  }

  @Test
  void aDateReadsAsTheReaderWritesItWhileTheFactKeepsTheDate() {
    LocalDate founded = LocalDate.of(2017, 8, 5);
    Finding f = finding(MessageTemplate.of("党组织成立于{partyOrganisation.foundingDate}", "Founded on {partyOrganisation.foundingDate}"),
        Fact.of(ModelFacts.FOUNDING_DATE, founded));
    assertEquals("党组织成立于2017年8月5日", f.getMessageZh());
    assertEquals("Founded on 5 August 2017", f.getMessageEn());
    assertEquals(Optional.of(founded), f.fact(ModelFacts.FOUNDING_DATE));
  }

  @Test
  void periodsAmountsAndRatesHaveOneFormatEach() {
    FactType period = FactType.of("period", FactKind.PERIOD, Unit.NONE, "期间", "period");
    FactType fund = FactType.amount("fund", "经费", "fund");
    FactType rate = FactType.of("rate", FactKind.RATE, Unit.SHARE, "比例", "rate");
    MessageTemplate t = MessageTemplate.of("{period}：{fund}，{rate}", "{period}: {fund}, {rate}");
    String[][] periods = {
        {"2020", "2020年", "2020"},
        {"2020-H1", "2020年上半年", "the first half of 2020"},
        {"2020-H2", "2020年下半年", "the second half of 2020"},
        {"2020-Q3", "2020年第三季度", "the third quarter of 2020"},
        {"2020-07", "2020年7月", "July 2020"}};
    for (String[] p : periods) {
      Finding f = finding(t, Fact.of(period, p[0]), Fact.of(fund, new BigDecimal("186500.0000")),
          Fact.of(rate, new BigDecimal("0.70")));
      assertEquals(p[1] + "：186,500.00元，70%", f.getMessageZh());
      assertEquals(p[2] + ": 186,500.00 yuan, 70%", f.getMessageEn());
    }
    Finding big = finding(t, Fact.of(period, "2020"), Fact.of(fund, new BigDecimal("2.5E+3")), Fact.of(rate, new BigDecimal("0.125")));
    assertEquals("2020年：2,500.00元，12.5%", big.getMessageZh());
    Finding largest = finding(t, Fact.of(period, "2020"), Fact.of(fund, new BigDecimal("1E+15")), Fact.of(rate, BigDecimal.ONE));
    assertEquals("2020: 1,000,000,000,000,000.00 yuan, 100%", largest.getMessageEn());
  }

  @Test
  void aListOfPeriodsReadsAsItsReaderWritesEachPeriodWhileTheFactKeepsIsoLabels() {
    FactType quarters = FactType.periods("missingPeriods", "次数不足的期间", "periods short of events");
    Finding f = finding(MessageTemplate.of("{missingPeriods}次数不足。", "Short in {missingPeriods}."),
        Fact.of(quarters, List.of("2021-Q3", "2021-Q4")));
    assertEquals("2021年第三季度、2021年第四季度次数不足。", f.getMessageZh());
    assertEquals("Short in the third quarter of 2021 and the fourth quarter of 2021.", f.getMessageEn());
    assertEquals(Optional.of(List.of("2021-Q3", "2021-Q4")), f.fact("missingPeriods"));
    assertThrows(IllegalArgumentException.class, () -> Fact.of(quarters, List.of(3)));
  }

  @Test
  void threeOrMorePeriodsInARowReadAsASpan() {
    FactType quarters = FactType.periods("missingPeriods", "次数不足的期间", "periods short of events");
    MessageTemplate t = MessageTemplate.of("{missingPeriods}次数不足。", "Short in {missingPeriods}.");
    Finding f = finding(t, Fact.of(quarters,
        List.of("2017-Q3", "2017-Q4", "2018-Q1", "2018-Q2", "2018-Q4", "2019-Q1", "2019-Q3", "2019-Q4", "2020-Q1")));
    assertEquals("2017年第三季度至2018年第二季度、2018年第四季度、2019年第一季度、2019年第三季度至2020年第一季度次数不足。",
        f.getMessageZh());
    assertEquals("Short in the third quarter of 2017 to the second quarter of 2018, the fourth quarter of 2018, the first"
        + " quarter of 2019 and the third quarter of 2019 to the first quarter of 2020.", f.getMessageEn());
    Finding months = finding(t, Fact.of(quarters, List.of("2019-11", "2019-12", "2020-01", "2020-02")));
    assertEquals("2019年11月至2020年2月次数不足。", months.getMessageZh());
    Finding mixed = finding(t, Fact.of(quarters, List.of("2019", "2020-H1", "2020-H2", "2021")));
    assertEquals("2019年、2020年上半年、2020年下半年、2021年次数不足。", mixed.getMessageZh());
  }

  @Test
  void listsWhoseItemsHoldTheSeparatorAreJoinedWithTheStrongerOne() {
    FactType absent = FactType.codes("absent", "未落实的项目", "items not in place");
    MessageTemplate t = MessageTemplate.of("未建立：{absent}。", "Not in place: {absent}.");
    Finding plain = finding(t, Fact.of(absent, List.of(org.partyorg.rules.api.model.Institution.INTEGRITY,
        org.partyorg.rules.api.model.Institution.MEMBER_EDUCATION)));
    assertEquals("未建立：党风廉政建设制度、党员教育制度。", plain.getMessageZh());
    assertEquals("Not in place: rules on integrity and rules for educating members.", plain.getMessageEn());
    Finding nested = finding(t, Fact.of(absent, List.of(org.partyorg.rules.api.model.Institution.PARTY_DUES,
        org.partyorg.rules.api.model.Institution.INTEGRITY, org.partyorg.rules.api.model.Institution.MEMBER_EDUCATION)));
    assertEquals("未建立：党费收缴、使用、管理制度；党风廉政建设制度；党员教育制度。", nested.getMessageZh());
    assertEquals("Not in place: rules for collecting, using and managing dues; rules on integrity; and rules for educating members.",
        nested.getMessageEn());
  }

  @Test
  void pluralsAndUnknownValuesAreChosenByMessageFormat() {
    MessageTemplate t = MessageTemplate.of(
        "覆盖{partyOrganisation.coveredOrganisations,choice,-1#单位数不详|0#{partyOrganisation.coveredOrganisations}个单位}。",
        "Covers {partyOrganisation.coveredOrganisations,choice,0#no organisations|1#1 organisation|1<{partyOrganisation.coveredOrganisations} organisations}.");
    FactType covered = ModelFacts.named("partyOrganisation.coveredOrganisations").orElseThrow();
    assertEquals("Covers 1 organisation.", finding(t, Fact.of(covered, 1)).getMessageEn());
    assertEquals("Covers 3 organisations.", finding(t, Fact.of(covered, 3)).getMessageEn());
    assertEquals("Covers no organisations.", finding(t, Fact.of(covered, 0)).getMessageEn());
    assertEquals("覆盖3个单位。", finding(t, Fact.of(covered, 3)).getMessageZh());
    assertEquals("覆盖单位数不详。", finding(t, Fact.unknown(covered)).getMessageZh());
    // no branch below 0: the unknown word, never the first branch ("1 organisation")
    assertEquals("Covers unknown.", finding(t, Fact.unknown(covered)).getMessageEn());
  }

  @Test
  void anUnknownFactReadsAsUnknownNotZero() {
    Finding f = finding(MessageTemplate.of("职工人数{headCount}。", "Head-count {headCount}."), Fact.unknown(ModelFacts.HEAD_COUNT));
    assertEquals("职工人数不详。", f.getMessageZh());
    assertEquals("Head-count unknown.", f.getMessageEn());
  }

  @Test
  void codesAndListsReadByTheirNames() {
    Finding f = finding(MessageTemplate.of("现为{partyOrganisation.level}。", "Now a {partyOrganisation.level}."),
        Fact.of(ModelFacts.named("partyOrganisation.level").orElseThrow(), PartyOrganisationLevel.GENERAL_BRANCH));
    assertEquals("现为党总支。", f.getMessageZh());
    assertEquals("Now a general party branch.", f.getMessageEn());
  }

  @Test
  void aPlaceholderWithoutAFactIsLeftVisible() {
    Finding f = finding(MessageTemplate.of("{nothing}", "{nothing}"));
    assertEquals("{nothing}", f.getMessageEn());
  }

  @Test
  void aPatternMessageFormatWouldMisreadIsRefusedNamingTheProblem() {
    IllegalArgumentException apostrophe =
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.of("甲。", "The society's members."));
    assertTrue(apostrophe.getMessage().contains("’"), apostrophe.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MessageTemplate.of("{headCount", "x"));
    assertThrows(IllegalArgumentException.class, () -> MessageTemplate.of("{headCount,number}", "x"));
    assertThrows(IllegalArgumentException.class, () -> MessageTemplate.of("x}", "x"));
  }

  @Test
  void messagesAreReadFromTheirFilesKeyedAndNameTheVocabularysCodes() {
    Vocabulary vocabulary = Vocabulary.builder().traits(Trait.of("INTERNET", "互联网", "internet")).build();
    Messages messages = Messages.load(MessageTemplateTest.class, "sample", () -> vocabulary);
    assertEquals(List.of("W3.missing", "L5.over", "B1.traits"), List.copyOf(messages.keys()));
    MessageTemplate t = messages.template("W3.missing");
    assertEquals(Optional.of("W3.missing"), t.getKey());
    assertEquals(java.util.Set.of("headCount", "headCount.limit", "deadline"), t.parameters());
    Finding traits = finding(messages.template("B1.traits"), Fact.of(ModelFacts.TRAITS, List.of("INTERNET")));
    assertEquals("属于互联网企业。", traits.getMessageZh());
    assertEquals("Type of enterprise: internet.", traits.getMessageEn());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> messages.template("W4.met"));
    assertTrue(none.getMessage().contains("W4.met") && none.getMessage().contains("sample_zh.properties"), none.getMessage());
  }

  @Test
  void aFileWithProblemsFailsNamingEveryOne() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Messages.load(MessageTemplateTest.class, "broken"));
    String m = e.getMessage();
    assertTrue(m.contains("A1.one: the Chinese text uses [formalMembers], the English [headCount]"), m);
    assertTrue(m.contains("A1.two: no English text"), m);
    assertTrue(m.contains("A1.three"), m);
    assertTrue(m.contains("A1.four: no Chinese text"), m);
    assertTrue(m.contains("A1.five: no Chinese text"), m);
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Messages.load(MessageTemplateTest.class, "absent"));
    assertTrue(missing.getMessage().contains("META-INF/partyorg-rules/messages/absent_zh.properties"), missing.getMessage());
  }

  @Test
  void aTextThatIsNoFindingsPutsARecordsValueInCutAndEscapedAndTheLibrarysOwnTextWhole() {
    MessageTemplate t = MessageTemplate.of("{field}应为{kind}，实为“{value}”。", "The {field} must be {kind}, got “{value}”.");
    String own = "information on whether a party-and-mass work department is set up, which is a long name";
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("field", new org.partyorg.rules.api.internal.Named("党群工作部建立情况", own));
    values.put("kind", PartyOrganisationLevel.BRANCH);
    values.put("value", "{kind}\n" + "9".repeat(100));
    assertEquals("党群工作部建立情况应为党支部，实为“{kind}\\n" + "9".repeat(57) + "…(107 chars)”。", t.format(Locale.CHINA, values));
    assertEquals("The " + own + " must be party branch, got “{kind}\\n" + "9".repeat(57) + "…(107 chars)”.",
        t.format(Locale.ENGLISH, values));
  }

  @Test
  void aMonthReadsAsItsReaderWritesIt() {
    MessageTemplate t = MessageTemplate.of("{month}到期。", "Due in {month}.");
    java.util.Map<String, Object> values = java.util.Map.of("month", java.time.YearMonth.of(2016, 11));
    assertEquals("2016年11月到期。", t.format(Locale.CHINA, values));
    assertEquals("Due in November 2016.", t.format(Locale.ENGLISH, values));
  }
}
