package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
  void factsLimitsRuleAndDeadlineAreFilledInEachLanguage() {
    Finding f = finding(MessageTemplate.of("{rule}：职工{headCount}人（{headCount.limit}人以上），期限{deadline}",
        "{rule}: {headCount} staff ({headCount.limit} or more), by {deadline}"), Fact.of(ModelFacts.HEAD_COUNT, 120, 100));
    assertEquals("W3：职工120人（100人以上），期限2016年11月30日", f.getMessageZh());
    assertEquals("W3: 120 staff (100 or more), by 2016-11-30", f.getMessageEn());
    assertEquals(f.getMessageZh(), f.message(Locale.CHINA));
    assertEquals(f.getMessageEn(), f.message(Locale.GERMAN));
  }

  @Test
  void aDateReadsAsTheReaderWritesItWhileTheFactKeepsTheDate() {
    LocalDate founded = LocalDate.of(2017, 8, 5);
    Finding f = finding(MessageTemplate.of("党组织成立于{partyOrganisation.foundingDate}", "founded on {partyOrganisation.foundingDate}"),
        Fact.of(ModelFacts.FOUNDING_DATE, founded));
    assertEquals("党组织成立于2017年8月5日", f.getMessageZh());
    assertEquals("founded on 2017-08-05", f.getMessageEn());
    assertEquals(Optional.of(founded), f.fact(ModelFacts.FOUNDING_DATE));
  }

  @Test
  void anUnknownFactReadsAsUnknownNotZero() {
    Finding f = finding(MessageTemplate.of("职工{headCount}人", "{headCount} staff"), Fact.unknown(ModelFacts.HEAD_COUNT));
    assertEquals("职工未知人", f.getMessageZh());
    assertEquals("unknown staff", f.getMessageEn());
  }

  @Test
  void aPlaceholderWithoutAFactIsLeftVisible() {
    Finding f = finding(MessageTemplate.of("{nothing}", "{nothing}"));
    assertEquals("{nothing}", f.getMessageEn());
  }
}
