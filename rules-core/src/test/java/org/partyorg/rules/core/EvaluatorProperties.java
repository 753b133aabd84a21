package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/** What must hold for every organisation and date, checked with the project's property runner. */
class EvaluatorProperties {
  private static final PolicySet SET = TestPolicySets.baseline("test-baseline", "42");
  private static final Evaluator EVALUATOR = Evaluator.of(SET);
  private static final Gen<Organisation> ORGANISATIONS = OrganisationGen.forPolicySet(SET).build();
  private static final Gen<LocalDate> DATES =
      Gens.dates(LocalDate.of(2016, 8, 14), LocalDate.of(2018, 12, 31), TestPolicySets.DEADLINE);

  private record Case(Organisation organisation, LocalDate asOf) {}

  private static final Gen<Case> CASES =
      Gens.combine(List.of(ORGANISATIONS, DATES), v -> new Case((Organisation) v.get(0), (LocalDate) v.get(1)));

  @Test
  void generatedOrganisationsAreValid() {
    Property.forAll(ORGANISATIONS).check(o -> assertEquals(List.of(), EVALUATOR.validator().violations(o)));
  }

  @Test
  void assessmentIsDeterministic() {
    Property.forAll(CASES).check(c -> assertEquals(
        EVALUATOR.assess(c.organisation(), c.asOf()), EVALUATOR.assess(c.organisation(), c.asOf())));
  }

  @Test
  void noValidOrganisationMakesTheEvaluatorThrowAndEveryFindingIsCoherent() {
    Property.forAll(CASES).check(c -> {
      for (Finding f : EVALUATOR.assess(c.organisation(), c.asOf()).getFindings()) {
        assertEquals(f.getOutcome() == Outcome.UNDECIDED, !f.getMissingFacts().isEmpty(), f::toString);
        assertFalse(f.getMessageZh().contains("{"), f::getMessageZh);
        assertFalse(f.getMessageEn().contains("{"), f::getMessageEn);
        if (f.isOverdue()) {
          assertTrue(c.asOf().isAfter(f.getDeadline().orElseThrow()), f::toString);
        }
      }
    });
  }

  @Test
  void exactlyOneBaselineRuleAppliesWhenBothMemberCountsAreKnown() {
    Property.forAll(CASES).check(c -> {
      if (c.organisation().getFormalMembers().isPresent() && c.organisation().getProbationaryMembers().isPresent()) {
        List<Finding> findings = SET.assess(c.organisation(), c.asOf()).getFindings();
        assertEquals(1, findings.size(), findings::toString);
      }
    });
  }

  @Test
  void oneMoreFormalMemberNeverTurnsStandaloneRequiredIntoAnythingWeaker() {
    Property.forAll(CASES).check(c -> {
      if (c.organisation().getFormalMembers().isEmpty()) {
        return;
      }
      // one more member is one more person on the staff too
      Organisation more = c.organisation()
          .withFormalMembers(c.organisation().getFormalMembers().getAsInt() + 1)
          .withHeadCount(c.organisation().getHeadCount().isPresent()
              ? OptionalInt.of(c.organisation().getHeadCount().getAsInt() + 1)
              : OptionalInt.empty());
      List<Finding> before = EVALUATOR.assess(c.organisation(), c.asOf()).findings("N1");
      List<Finding> after = EVALUATOR.assess(more, c.asOf()).findings("N1");
      if (!before.isEmpty()) {
        assertEquals(before.get(0).getOutcome(), after.get(0).getOutcome());
        assertEquals(before.get(0).getRequiredActions(), after.get(0).getRequiredActions());
      }
    });
  }

  @Test
  void noInvalidOrganisationGetsPastValidationAndTheBrokenFieldIsNamed() {
    Property.forAll(InvalidOrganisationGen.oneFieldBroken(ORGANISATIONS)).check(invalid -> {
      var violations = EVALUATOR.validator().violations(invalid.organisation());
      assertTrue(violations.stream().anyMatch(v -> v.getField().equals(invalid.field())),
          () -> invalid.how() + ": expected a violation at " + invalid.field() + ", got " + violations);
      for (var v : violations) {
        assertFalse(v.getMessageZh().isBlank());
        assertFalse(v.getMessageEn().isBlank());
      }
    });
  }
}
