package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which findings disagree, and which only look as if they did. */
class ConflictTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("测试文件").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();

  private static Finding finding(String set, Outcome outcome, RequiredAction... actions) {
    Finding.Builder builder = Finding.builder().ruleId("N2").policySetId(set).outcome(outcome)
        .obligation(Obligation.JOINT_ORGANISATION).citation(Citation.of(DOC, "一", "句子"))
        .messageTemplate(MessageTemplate.of("", "")).requiredActions(List.of(actions));
    if (outcome == Outcome.UNDECIDED) {
      builder.addMissingFacts(ModelFacts.FORMAL_MEMBERS);
    }
    return builder.build();
  }

  @Test
  void metInOneSetAndNotInAnotherIsAConflictAskingWhatTheUnmetOneAsks() {
    Finding met = finding("a", Outcome.SATISFIED);
    Finding notMet = finding("b", Outcome.VIOLATED, RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);
    List<Conflict> conflicts = Conflict.among(List.of(met, notMet));
    assertEquals(1, conflicts.size());
    assertEquals(List.of(met, notMet), conflicts.get(0).getFindings());
    assertEquals(Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION), conflicts.get(0).getRequiredActions());
    assertEquals("各文件对“党员不足3人的建立联合党组织”的认定不一致：按《测试文件》（一）符合要求；按《测试文件》（一）不符合要求。"
        + "为同时符合各文件，应建立或加入联合党组织。", conflicts.get(0).getMessageZh());
    assertEquals("The documents disagree on “a joint party organisation where there are fewer than 3 formal members”:"
        + " met (《测试文件》, section 一); not met (《测试文件》, section 一). To meet them all, the organisation must set up"
        + " or join a joint party organisation.", conflicts.get(0).getMessageEn());
  }

  @Test
  void theTextNamesEveryFindingByItsDocumentAndSectionAndListsEveryAction() {
    SourceDocument other = SourceDocument.builder()
        .file("y.txt").title("另一文件“百日攻坚行动”方案").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();
    Finding met = finding("a", Outcome.SATISFIED);
    Finding notMet = Finding.builder().from(finding("b", Outcome.VIOLATED, RequiredAction.ASSIGN_INSTRUCTOR,
        RequiredAction.SET_UP_MASS_ORGANISATIONS)).citation(Citation.of(other, "二（四）2", "句子")).build();
    Finding undecided = finding("c", Outcome.UNDECIDED);
    Conflict conflict = Conflict.among(List.of(met, notMet, undecided)).get(0);
    assertEquals("各文件对“党员不足3人的建立联合党组织”的认定不一致：按《测试文件》（一）符合要求；"
        + "按《另一文件“百日攻坚行动”方案》（二（四）2）不符合要求；按《测试文件》（一）无法判断。"
        + "为同时符合各文件，应选派党建工作指导员；组建工会、共青团、妇联等群团组织。", conflict.getMessageZh());
    assertEquals("The documents disagree on “a joint party organisation where there are fewer than 3 formal members”:"
        + " met (《测试文件》, section 一); not met (《另一文件“百日攻坚行动”方案》, section 二（四）2); cannot decide"
        + " (《测试文件》, section 一)."
        + " To meet them all, the organisation must assign a party-building instructor and set up mass organisations"
        + " (trade union, Youth League, women’s federation).", conflict.getMessageEn());
  }

  @Test
  void theTextSaysByWhenTheEarliestDeadlineOfTheUnmetFindingsAndNamesAdviceAsSuch() {
    Finding met = finding("a", Outcome.SATISFIED);
    Finding later = Finding.builder().from(finding("b", Outcome.VIOLATED, RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION))
        .deadline(LocalDate.of(2016, 11, 30)).build();
    Finding sooner = Finding.builder().from(finding("c", Outcome.VIOLATED, RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION))
        .deadline(LocalDate.of(2016, 11, 25)).build();
    Finding advice = finding("d", Outcome.ADVISORY);
    Conflict conflict = Conflict.among(List.of(met, later, sooner, advice)).get(0);
    assertEquals("各文件对“党员不足3人的建立联合党组织”的认定不一致：按《测试文件》（一）符合要求；按《测试文件》（一）不符合要求；"
        + "按《测试文件》（一）不符合要求；按《测试文件》（一）仅作提示。为同时符合各文件，应于2016年11月25日前建立或加入联合党组织。",
        conflict.getMessageZh());
    assertEquals("The documents disagree on “a joint party organisation where there are fewer than 3 formal members”:"
        + " met (《测试文件》, section 一); not met (《测试文件》, section 一); not met (《测试文件》, section 一); advice only"
        + " (《测试文件》, section 一). To meet them all, the organisation must set up or join a joint party organisation by"
        + " 25 November 2016.", conflict.getMessageEn());
  }

  @Test
  void advisoryUndecidedOneSetOrNoObligationIsNoConflict() {
    Finding met = finding("a", Outcome.SATISFIED);
    assertEquals(List.of(), Conflict.among(List.of(met, finding("b", Outcome.ADVISORY))));
    assertEquals(List.of(), Conflict.among(List.of(met, finding("b", Outcome.UNDECIDED))));
    assertEquals(List.of(), Conflict.among(List.of(met, finding("a", Outcome.VIOLATED))));
    Finding without = Finding.builder().from(finding("b", Outcome.VIOLATED)).build();
    Finding.Builder noObligation = Finding.builder().ruleId("N2").policySetId("b").outcome(Outcome.VIOLATED)
        .citation(Citation.of(DOC, "一", "句子")).messageTemplate(MessageTemplate.of("", ""));
    assertEquals(1, Conflict.among(List.of(met, without)).size());
    assertEquals(List.of(), Conflict.among(List.of(met, noObligation.build())));
  }

  @Test
  void keysAreTheRuleIdOrTheRuleIdADotAndASuffix() {
    assertEquals("N2", finding("a", Outcome.SATISFIED).getKey());
    Finding.Builder keyed = Finding.builder().from(finding("a", Outcome.SATISFIED));
    assertEquals("N2.general-meeting", keyed.key("N2.general-meeting").build().getKey());
    for (String bad : List.of("N3", "N2.", "N2.Upper", "N2.two--hyphens", "N2 .x", "N2.-x")) {
      assertThrows(IllegalArgumentException.class, () -> Finding.builder().from(finding("a", Outcome.SATISFIED))
          .key(bad).build(), bad);
    }
  }

  @Test
  void aVocabularyDeclaresEachWordOnceAndNeverAPropertyOfTheSharedModel() {
    RequiredAction station = RequiredAction.of("SET_UP_STATION", "建立服务站", "set up a station");
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder().actions(station, station));
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder().facts(ModelFacts.HEAD_COUNT));
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder()
        .facts(FactType.of("record", FactKind.RECORD, Unit.NONE, "记录", "record")));
    assertThrows(IllegalArgumentException.class, () -> RequiredAction.of("lower case", "名", "name"));
    assertEquals(station, RequiredAction.of("SET_UP_STATION"));
    assertEquals(List.of(station), Vocabulary.builder().actions(station).build().getActions());
  }

  @Test
  void aFactHoldsOnlyAValueOfItsKind() {
    assertThrows(IllegalArgumentException.class, () -> Fact.of(ModelFacts.HEAD_COUNT, "120"));
    assertThrows(IllegalArgumentException.class, () -> Fact.of(ModelFacts.FOUNDING_DATE, 2016));
    assertEquals(120, Fact.of(ModelFacts.HEAD_COUNT, 120).count().getAsInt());
    assertThrows(IllegalStateException.class, () -> Fact.of(ModelFacts.HEAD_COUNT, 120).date());
    assertTrue(Fact.unknown(ModelFacts.HEAD_COUNT).count().isEmpty());
    assertEquals("职工人数", Fact.unknown(ModelFacts.HEAD_COUNT).getType().getNameZh());
  }

  @Test
  void aDisagreementInsideOneSetIsNoConflictBetweenSets() {
    Finding met = finding("a", Outcome.SATISFIED);
    Finding notMet = finding("a", Outcome.VIOLATED, RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);
    assertEquals(List.of(), Conflict.among(List.of(met, notMet, finding("b", Outcome.UNDECIDED))));
    assertEquals(1, Conflict.among(List.of(met, notMet, finding("b", Outcome.SATISFIED))).size());
  }

  @Test
  void aCountIsAnIntegerAndACodeListHoldsCodesOnly() {
    assertThrows(IllegalArgumentException.class, () -> Fact.of(ModelFacts.HEAD_COUNT, 3_000_000_000L));
    assertThrows(IllegalArgumentException.class, () -> Fact.of(ModelFacts.TRAITS, List.of(1, 2.5)));
    assertEquals(List.of("SHELL"), Fact.of(ModelFacts.TRAITS, List.of("SHELL")).getValue().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> Finding.builder().from(finding("a", Outcome.SATISFIED))
        .key("N2.a.b").build(), "a suffix has no dots");
  }
}
