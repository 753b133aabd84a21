package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.examples.ownset.Fixtures.EVALUATOR;
import static org.partyorg.rules.examples.ownset.Fixtures.IN_TIME;
import static org.partyorg.rules.examples.ownset.Fixtures.highTech;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.InvalidOrganisationException;
import org.partyorg.rules.core.Violation;

/**
 * The set's words: declared in its vocabulary, accepted on an organisation because the set is
 * discovered, and anything else rejected by the evaluator like any invalid record, naming the
 * field.
 */
class VocabularyTest {
  @Test
  void theSetDeclaresItsAction_TraitAndExtraFact() {
    Vocabulary vocabulary = EVALUATOR.policySet(Fixtures.SET_ID).vocabulary();
    assertEquals(List.of("SET_UP_SERVICE_STATION"), vocabulary.getActions().stream().map(a -> a.code()).toList());
    assertEquals(List.of("HIGH_TECH"), vocabulary.getTraits().stream().map(Trait::code).toList());
    assertEquals("高新技术企业", vocabulary.getTraits().get(0).chineseName());
    FactType station = vocabulary.getFacts().get(0);
    assertEquals(List.of("serviceStation"), vocabulary.getFacts().stream().map(FactType::getName).toList());
    assertEquals(FactKind.FLAG, station.getKind());
    assertEquals(Unit.NONE, station.getUnit());
    assertEquals("党群服务站建立情况", station.getNameZh());
    assertEquals("information on whether a party-and-mass service station is set up", station.getNameEn());
  }

  @Test
  void theDeclaredWordsAreAccepted() {
    List<AssessmentResult> results = assessAll(highTech(60, true), highTech(60, false), highTech(60));
    assertTrue(results.stream().allMatch(AssessmentResult::isAssessed), results::toString);
  }

  @Test
  void anUndeclaredTraitIsRejectedNamingTheField() {
    Violation violation = onlyRejection(highTech(60, true).withTraits(Fixtures.HIGH_TECH, Trait.of("UNICORN")));
    assertEquals("traits", violation.getField());
    assertEquals(Optional.of("UNICORN"), violation.getValue());
    assertTrue(violation.getMessageEn().startsWith("The trait code “UNICORN” is not declared by any policy set in use;"
        + " the declared traits are "), violation::getMessageEn);
    assertTrue(violation.getMessageEn().contains("high-tech enterprise (“HIGH_TECH”)"), "the message lists the declared traits: " + violation);
    assertTrue(violation.getMessageZh().startsWith("组织特征代码“UNICORN”不是本系统所用各文件规定的特征；可填报的特征："),
        violation::getMessageZh);
    assertTrue(violation.getMessageZh().contains("高新技术企业（“HIGH_TECH”）"), violation::getMessageZh);
  }

  @Test
  void anUndeclaredExtraFactIsRejectedNamingTheField() {
    Violation violation = onlyRejection(highTech(60).withExtraFacts(Map.of("staffCanteen", true)));
    assertEquals("extraFacts.staffCanteen", violation.getField());
    assertEquals("The extra fact “staffCanteen” is not one any policy set in use needs.", violation.getMessageEn());
    assertEquals("补充事实“staffCanteen”不是本系统所用各文件需要的事实。", violation.getMessageZh());
  }

  @Test
  void aServiceStationThatIsNotABooleanIsRejectedNamingTheField() {
    for (Object notABoolean : List.of("yes", 1, "true")) {
      Violation violation = onlyRejection(highTech(60).withExtraFacts(Map.of("serviceStation", notABoolean)));
      assertEquals("extraFacts.serviceStation", violation.getField());
      assertEquals("The information on whether a party-and-mass service station is set up must be yes or no, got “"
          + notABoolean + "”.", violation.getMessageEn());
      assertEquals("党群服务站建立情况应为是或否，实为“" + notABoolean + "”。", violation.getMessageZh());
    }
  }

  @Test
  void theSingleRecordPathThrowsTheSameViolations() {
    Organisation bad = highTech(60).withExtraFacts(Map.of("serviceStation", "yes"));
    InvalidOrganisationException e = assertThrows(InvalidOrganisationException.class,
        () -> EVALUATOR.assess(bad, IN_TIME));
    assertEquals(List.of("extraFacts.serviceStation"), e.getViolations().stream().map(Violation::getField).toList());
  }

  @Test
  void withoutTheSetTheBundledSetsRejectItsWords() {
    // the words are accepted because the set that declares them is on the path, and only then
    List<PolicySet> bundled = EVALUATOR.policySets().stream().filter(s -> !s.id().equals(Fixtures.SET_ID)).toList();
    Evaluator withoutIt = Evaluator.of(bundled);
    List<Violation> violations = withoutIt.validator().violations(highTech(60, true), IN_TIME);
    assertEquals(List.of("extraFacts.serviceStation", "traits"), violations.stream().map(Violation::getField).toList());
  }

  private static List<AssessmentResult> assessAll(Organisation... organisations) {
    return EVALUATOR.assessAll(Stream.of(organisations), IN_TIME).toList();
  }

  private static Violation onlyRejection(Organisation organisation) {
    AssessmentResult result = assessAll(organisation).get(0);
    assertFalse(result.isAssessed(), result::toString);
    assertEquals(1, result.getRejections().size(), result.getRejections()::toString);
    return result.getRejections().get(0);
  }
}
