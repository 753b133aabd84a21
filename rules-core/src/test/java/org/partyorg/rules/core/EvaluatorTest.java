package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ForwardingPolicySet;

class EvaluatorTest {
  private static final PolicySet HUBEI = TestPolicySets.baseline("hubei-test", "42");
  private static final PolicySet WUHAN = TestPolicySets.baseline("wuhan-test", "4201");
  private static final PolicySet LIAONING = TestPolicySets.baseline("liaoning-test", "21");
  private static final Evaluator EVALUATOR = Evaluator.of(WUHAN, LIAONING, HUBEI);
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);

  @Test
  void setsAreOrderedById() {
    assertEquals(List.of("hubei-test", "liaoning-test", "wuhan-test"),
        EVALUATOR.policySets().stream().map(PolicySet::id).toList());
  }

  @Test
  void anOrganisationUnderTwoSetsGetsBothSetsFindingsEachNamingItsSet() {
    Assessment a = EVALUATOR.assess(
        TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(PartyOrganisation.none()), AS_OF);
    assertEquals(List.of("hubei-test", "wuhan-test"), a.getPolicySetIds());
    assertEquals(List.of("hubei-test/N1", "wuhan-test/N1"),
        a.getFindings().stream().map(f -> f.getPolicySetId() + "/" + f.getRuleId()).toList());
    assertEquals(2, a.findings("N1").size());
  }

  @Test
  void anOrganisationOutsideEveryJurisdictionGetsNoFindings() {
    Assessment a = EVALUATOR.assess(TestOrganisations.enterprise().withDivisionCode("110101").withFormalMembers(3), AS_OF);
    assertEquals(List.of(), a.getPolicySetIds());
    assertEquals(List.of(), a.getFindings());
  }

  @Test
  void noSetAppliesBeforeItsDocumentsDate() {
    LocalDate before = TestPolicySets.WUHAN.getDate().minusDays(1);
    assertEquals(List.of(), EVALUATOR.applicableSets(TestOrganisations.enterprise(), before));
    assertEquals(2, EVALUATOR.applicableSets(TestOrganisations.enterprise(), TestPolicySets.WUHAN.getDate()).size());
  }

  @Test
  void oneSetCanBeNamed() {
    Assessment a = EVALUATOR.assess(TestOrganisations.enterprise().withFormalMembers(3), AS_OF, "wuhan-test");
    assertEquals(List.of("wuhan-test"), a.getPolicySetIds());
  }

  @Test
  void aNamedSetThatDoesNotApplyGivesNoFindings() {
    Assessment a = EVALUATOR.assess(TestOrganisations.enterprise().withFormalMembers(3), AS_OF, "liaoning-test");
    assertEquals(List.of(), a.getFindings());
  }

  @Test
  void anUnknownIdIsAnErrorListingTheKnownOnes() {
    UnknownPolicySetException e = assertThrows(UnknownPolicySetException.class,
        () -> EVALUATOR.assess(TestOrganisations.enterprise(), AS_OF, "shanghai-2016"));
    assertEquals("no policy set with id 'shanghai-2016'; known ids: [hubei-test, liaoning-test, wuhan-test]", e.getMessage());
    assertEquals(List.of("hubei-test", "liaoning-test", "wuhan-test"), e.getKnownIds());
  }

  @Test
  void twoSetsWithOneIdFailAtStartUpNamingTheId() {
    PolicySet twin = TestPolicySets.baseline("wuhan-test", "4202");
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> Evaluator.of(WUHAN, twin));
    assertTrue(e.getMessage().contains("two policy sets have the id 'wuhan-test'"), e.getMessage());
  }

  @Test
  void aBlankIdFailsAtStartUp() {
    PolicySet blank = new ForwardingPolicySet(WUHAN) {
      @Override
      public String id() {
        return " ";
      }
    };
    PolicySetDiscoveryException e = assertThrows(PolicySetDiscoveryException.class, () -> Evaluator.of(blank));
    assertTrue(e.getMessage().contains("has a blank id"), e.getMessage());
  }

  @Test
  void anInvalidOrganisationIsRejectedBeforeAnyRuleRuns() {
    InvalidOrganisationException e = assertThrows(InvalidOrganisationException.class,
        () -> EVALUATOR.assess(TestOrganisations.enterprise().withHeadCount(-1), AS_OF));
    assertEquals("headCount", e.getViolations().get(0).getField());
  }

  @Test
  void aBatchReturnsEveryRecordAssessedOrRejectedInOrder() {
    List<AssessmentResult> results = EVALUATOR.assessAll(Stream.of(
        TestOrganisations.enterprise().withFormalMembers(3),
        TestOrganisations.enterprise().withFormalMembers(-3),
        TestOrganisations.enterprise().withFormalMembers(1)), AS_OF).toList();
    assertEquals(3, results.size());
    assertTrue(results.get(0).isAssessed());
    assertEquals("formalMembers", results.get(1).getRejections().get(0).getField());
    assertTrue(results.get(2).isAssessed());
    assertEquals("N2", results.get(2).getAssessment().orElseThrow().getFindings().stream()
        .map(Finding::getRuleId).filter(id -> !id.equals("N1")).findFirst().orElseThrow());
  }

  @Test
  void discoveryWithoutProvidersIsAnError() {
    // rules-core has no provider of its own: discovery over its path finds none, which is an error
    // (the message is checked in PolicySetDiscoveryTest)
    assertThrows(PolicySetDiscoveryException.class, Evaluator::discover);
  }
}
