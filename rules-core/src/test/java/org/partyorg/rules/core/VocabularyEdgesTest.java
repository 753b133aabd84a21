package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;

/** What an outside tester broke in the open vocabularies, fixed by kind and pinned here. */
class VocabularyEdgesTest {
  private static final FactType ROOMS = FactType.count("activityRooms", Unit.ITEMS, "活动室数", "activity rooms");
  private static final FactType ZONE = FactType.code("zone", "所在片区", "zone");
  private static final FactType ZONES = FactType.codes("zones", "覆盖片区", "zones");
  private static final Evaluator EVALUATOR = Evaluator.of(TestPolicySets.withVocabulary("a", "42",
      Vocabulary.builder().facts(ROOMS, ZONE, ZONES).build()));
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  private static List<Violation> violations(Organisation organisation) {
    return EVALUATOR.validator().violations(organisation);
  }

  @Test
  void aCallersNameForAnExtraFactCannotForgeALine() {
    Violation v = violations(TestOrganisations.enterprise().withExtraFacts(Map.of("foo\nINFO forged", 1))).get(0);
    assertFalse(v.getField().contains("\n"), v::getField);
    assertFalse(v.getMessageEn().contains("\n") || v.getMessageZh().contains("\n"), v::toString);
    InvalidOrganisationException e = assertThrows(InvalidOrganisationException.class,
        () -> EVALUATOR.assess(TestOrganisations.enterprise().withExtraFacts(Map.of("x\nINFO forged", 1)), AS_OF));
    assertFalse(e.getMessage().contains("\nINFO forged"), e.getMessage());
    assertEquals("该项", v.getFieldNameZh(), "a name the caller chose is no field of the model");
  }

  @Test
  void tooManyTraitsOrExtraFactsAreOneViolationAndUndeclaredOnesStopAtTheReportingLimit() {
    Set<Trait> traits = new LinkedHashSet<>();
    for (int i = 0; i <= ModelLimits.MAX_ENTRIES; i++) {
      traits.add(Trait.of("T" + i));
    }
    assertEquals(List.of("traits"), violations(TestOrganisations.enterprise().withTraits(traits)).stream()
        .map(Violation::getField).toList());
    Map<String, Object> extra = new LinkedHashMap<>();
    for (int i = 0; i < 150; i++) {
      extra.put("f" + i, 1);
    }
    List<Violation> listed = violations(TestOrganisations.enterprise().withExtraFacts(extra));
    assertEquals(ModelLimits.MAX_REPORTED + 1, listed.size());
  }

  @Test
  void anExtraFactHoldsExactlyTheTypeTheModelDocumentsForItsKind() {
    assertEquals(List.of(), violations(TestOrganisations.enterprise()
        .withExtraFacts(Map.of("activityRooms", 2, "zone", "A", "zones", List.of("A", "B")))));
    Map<String, Object> wrong = Map.of("activityRooms", 2L, "zone", Thread.State.NEW, "zones", Set.of("A"));
    assertEquals(List.of("extraFacts.activityRooms", "extraFacts.zone", "extraFacts.zones"),
        violations(TestOrganisations.enterprise().withExtraFacts(wrong)).stream().map(Violation::getField).toList());
  }

  @Test
  void anErrorOrANullFindingFromARuleComesBackRejectedAndTheBatchGoesOn() {
    Evaluator failing = Evaluator.of(TestPolicySets.failing("f", "42", () -> {
      throw new AssertionError("boom");
    }));
    List<AssessmentResult> results = failing.assessAll(
        Stream.of(TestOrganisations.enterprise(), TestOrganisations.enterprise()), AS_OF).toList();
    assertEquals(2, results.size());
    assertTrue(results.stream().allMatch(r -> r.getFailure().isPresent()), results::toString);
    assertThrows(AssessmentFailedException.class, () -> failing.assess(TestOrganisations.enterprise(), AS_OF));
    Evaluator nulls = Evaluator.of(TestPolicySets.failing("n", "42", () -> null));
    AssessmentFailedException e =
        assertThrows(AssessmentFailedException.class, () -> nulls.assess(TestOrganisations.enterprise(), AS_OF));
    assertTrue(e.getCause().getMessage().contains("null finding"), e.getCause()::getMessage);
  }
}
