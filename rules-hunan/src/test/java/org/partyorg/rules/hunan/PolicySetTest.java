package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hunan.quota.QuotaCheck;
import org.partyorg.rules.testkit.SourceTexts;

/** The set as a whole: discovery, jurisdiction, citations, and the selection quotas it declares. */
class PolicySetTest {
  private static final PolicySet SET = Fixtures.SET;

  /** A firm for which every rule has something to say. */
  static Organisation fullyReported() {
    List<ActivityEvent> events = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      events.add(ActivityEvent.of(ActivityKind.COMMITTEE_MEETING, LocalDate.of(2021, month, 5)));
    }
    events.add(ActivityEvent.of(ActivityKind.GENERAL_MEETING, LocalDate.of(2021, 3, 31)));
    events.add(ActivityEvent.talk(LocalDate.of(2021, 3, 1), "书记", "委员"));
    BranchStructure structure = BranchStructure.builder()
        .committee(BranchCommittee.builder().secretary("书记").addMembers("委员").termStart(LocalDate.of(2019, 1, 1)).build())
        .addMembers(PartyMember.formal("书记"), PartyMember.formal("委员"), PartyMember.formal("党员"))
        .addPartyGroups(PartyGroup.of("一组", PartyMember.formal("书记"), PartyMember.formal("委员"), PartyMember.formal("党员")))
        .build();
    ActivityRecord record = ActivityRecord.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
        .withEvents(events)
        .withInstitutions(EnumSet.of(Institution.PARTY_DUES))
        .withFacilities(EnumSet.of(Facility.ACTIVITY_VENUE))
        .withThemeEducationMembers(10).withThemeEducationParticipants(9);
    return Fixtures.withRecord(Fixtures.withStructure(Fixtures.firmWithBranch(8), structure), record)
        .withSanctionRecord(SanctionRecord.none());
  }

  @Test
  void theSetIsFoundOnTheModulePathByItsId() {
    PolicySet found = Evaluator.discover().policySet(BenchmarkPlan.ID);
    assertEquals("001_1cd816a553e6ccbb.txt", found.source().getFile());
    assertEquals(LocalDate.of(2020, 7, 24), found.effectivePeriod().getFrom());
  }

  @Test
  void itSpeaksToCpaAndAppraisalPracticesInHunanFromTheTwentyFourthOfJuly2020() {
    Organisation firm = Fixtures.firm();
    assertTrue(SET.appliesTo(firm, LocalDate.of(2020, 7, 24)));
    assertFalse(SET.appliesTo(firm, LocalDate.of(2020, 7, 23)));
    assertTrue(SET.appliesTo(Fixtures.firm().withCategory(OrganisationCategory.ASSET_APPRAISAL_FIRM), LocalDate.of(2021, 1, 1)));
    assertFalse(SET.appliesTo(Fixtures.firm().withCategory(OrganisationCategory.LAW_FIRM), LocalDate.of(2021, 1, 1)));
    assertFalse(SET.appliesTo(Fixtures.firm().withDivisionCode("420106"), LocalDate.of(2021, 1, 1)));
  }

  /** B11 speaks to joint branches and to firms without one; the standalone firm here gets every other id. */
  @Test
  void everyRuleIdOfTheDigestIsProducedForAFullyReportedFirm() {
    Assessment assessment = Evaluator.of(SET).assess(fullyReported(), LocalDate.of(2022, 1, 15));
    Set<String> ids = new TreeSet<>();
    assessment.getFindings().forEach(f -> ids.add(f.getRuleId()));
    assertEquals(new TreeSet<>(List.of("B1", "B10", "B12", "B13", "B14", "B15", "B16", "B17", "B18", "B19", "B2",
        "B20", "B21", "B22")), ids, assessment.getFindings()::toString);
  }

  @Test
  void everyCitationTheSetCanProduceQuotesTheDocument() {
    for (Parameter parameter : SET.parameters()) {
      SourceTexts.assertQuoted(PolicySetTest.class, parameter.getCitation());
    }
    SET.targets().forEach(t -> t.getCitations().forEach(c -> SourceTexts.assertQuoted(PolicySetTest.class, c)));
    SET.phases().forEach(p -> SourceTexts.assertQuoted(PolicySetTest.class, p.getCitation()));
    // every citation declared: the set's own and those of each rule, next to the rule's logic
    Set<Class<?>> declaring = new LinkedHashSet<>(List.of(HunanBenchmark2020.class, BenchmarkPlan.class));
    HunanBenchmark2020.rules().forEach(rule -> declaring.add(rule.getClass()));
    Set<Citation> declared = new LinkedHashSet<>();
    for (Class<?> type : declaring) {
      for (var field : type.getDeclaredFields()) {
        if (field.getType() == Citation.class && Modifier.isStatic(field.getModifiers())) {
          try {
            declared.add((Citation) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    // B1, B2, B10 (three sentences), B11–B15, B16 (three), B17 (two), B18–B22 and the two quotas
    assertEquals(22, declared.size(), declared::toString);
    declared.forEach(citation -> SourceTexts.assertQuoted(PolicySetTest.class, citation));
    for (Finding finding : SET.assess(fullyReported(), LocalDate.of(2022, 1, 15)).getFindings()) {
      SourceTexts.assertQuoted(PolicySetTest.class, finding);
    }
  }

  @Test
  void everyRuleHasAnIdOfTheDigest() {
    Set<String> digest = Set.of("B1", "B2", "B10", "B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18", "B19",
        "B20", "B21", "B22");
    for (Rule rule : HunanBenchmark2020.rules()) {
      assertTrue(digest.contains(rule.id()), rule.id());
    }
  }

  @Test
  void everyThresholdIsANamedParameter() {
    List<String> keys = SET.parameters().stream().map(Parameter::getKey).toList();
    assertEquals(25, keys.size());
    assertEquals(50, SET.parameter("generalBranchFormalMembers").orElseThrow().intValue());
    assertEquals("0.95", SET.parameter("themeEducationParticipationRate").orElseThrow().getValue().toPlainString());
  }

  // --- selection quotas (三(二), 三(三)) ---

  private static List<QuotaCheck.Candidate> candidates(String group, int count) {
    List<QuotaCheck.Candidate> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new QuotaCheck.Candidate(group + "-" + i, group));
    }
    return list;
  }

  @Test
  void eachCityRecommendsOneOrganisation() {
    QuotaCheck perCity = QuotaCheck.atMostPerGroup(SET.parameter(HunanBenchmark2020.RECOMMENDATIONS_PER_CITY).orElseThrow());
    List<QuotaCheck.Candidate> list = new ArrayList<>(candidates("4301", 1));
    list.addAll(candidates("4302", 1));
    assertEquals(List.of(), perCity.check(list));
    list.addAll(candidates("4303", 2));
    List<QuotaCheck.Breach> breaches = perCity.check(list);
    assertEquals(1, breaches.size());
    assertEquals("4303", breaches.get(0).group());
    assertEquals(2, breaches.get(0).count());
    SourceTexts.assertQuoted(PolicySetTest.class, breaches.get(0).quota().getCitation());
  }

  @Test
  void theCommitteeSelectsTenDirectlyManagedAndFourteenCityLevelOrganisations() {
    QuotaCheck direct = QuotaCheck.exactly("direct", SET.parameter(HunanBenchmark2020.DIRECTLY_MANAGED).orElseThrow());
    QuotaCheck city = QuotaCheck.exactly("city", SET.parameter(HunanBenchmark2020.CITY_LEVEL).orElseThrow());
    List<QuotaCheck.Candidate> selection = new ArrayList<>(candidates("direct", 10));
    selection.addAll(candidates("city", 14));
    assertEquals(List.of(), direct.check(selection));
    assertEquals(List.of(), city.check(selection));
    selection.addAll(candidates("city", 15));
    assertEquals(15, city.check(selection).get(0).count());
    assertEquals(9, direct.check(candidates("direct", 9)).get(0).count());
  }

  /** Both sides of each selection total: one fewer and one more than the quota are breaches naming the count. */
  @Test
  void eachSelectionTotalIsBreachedByOneFewerAndByOneMore() {
    QuotaCheck direct = QuotaCheck.exactly("direct", SET.parameter(HunanBenchmark2020.DIRECTLY_MANAGED).orElseThrow());
    QuotaCheck city = QuotaCheck.exactly("city", SET.parameter(HunanBenchmark2020.CITY_LEVEL).orElseThrow());
    assertEquals(9, direct.check(candidates("direct", 9)).get(0).count());
    assertEquals(List.of(), direct.check(candidates("direct", 10)));
    assertEquals(11, direct.check(candidates("direct", 11)).get(0).count());
    assertEquals(13, city.check(candidates("city", 13)).get(0).count());
    assertEquals(List.of(), city.check(candidates("city", 14)));
    List<QuotaCheck.Breach> fifteen = city.check(candidates("city", 15));
    assertEquals(1, fifteen.size());
    assertEquals(15, fifteen.get(0).count());
    SourceTexts.assertQuoted(PolicySetTest.class, fifteen.get(0).quota().getCitation());
  }
}
