package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.examples.ownset.Fixtures.EVALUATOR;
import static org.partyorg.rules.examples.ownset.Fixtures.SET_ID;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/**
 * Properties over generated enterprises of the set's jurisdiction (the testkit biases head-counts
 * to 49/50/51 and formal members to 2/3/4 from the set's parameters, and gives the HIGH_TECH
 * trait now and then), each with the extra fact {@code serviceStation} absent, false or true, on
 * dates around both deadlines.
 */
class OwnSetProperties {
  private static final PolicySet SET = EVALUATOR.policySet(SET_ID);

  /** An organisation (with or without the extra fact) and an as-of date. */
  private record Case(Organisation organisation, LocalDate asOf) {}

  private static final Gen<Case> CASES = Gens.combine(
      List.of(
          OrganisationGen.forPolicySet(SET).build(),
          Gens.optional(Gens.booleans()),
          Gens.dates(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31),
              Fixtures.X1_DEADLINE, Fixtures.X2_DEADLINE)),
      parts -> {
        Organisation organisation = (Organisation) parts.get(0);
        @SuppressWarnings("unchecked")
        Optional<Boolean> station = (Optional<Boolean>) parts.get(1);
        // the testkit gives the extra facts a set declares, each given or not: here, every value
        Organisation withStation = station
            .<Organisation>map(s -> organisation.withExtraFacts(Map.of(Fixtures.SERVICE_STATION, s)))
            .orElse(organisation);
        return new Case(withStation, (LocalDate) parts.get(2));
      })
      // the testkit's records are valid, but some cannot be assessed on an early date (a party
      // organisation founded after it): those the evaluator would reject are left out
      .filter(c -> EVALUATOR.validator().violations(c.organisation(), c.asOf()).isEmpty());

  @Test
  void theSetGivesExactlyTheKeysItDeclaresEachAtMostOnce() {
    assertEquals(List.of("X1", "X2"), SET.findingKeys());
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Property.forAll(CASES).tries(3000).check(c -> {
      Set<String> keys = new HashSet<>();
      for (Finding finding : EVALUATOR.assess(c.organisation(), c.asOf()).getFindings()) {
        assertEquals(SET_ID, finding.getPolicySetId(), "no bundled set speaks to 3201");
        assertTrue(SET.findingKeys().contains(finding.getKey()), finding::toString);
        assertTrue(keys.add(finding.getKey()), () -> "two findings keyed " + finding.getKey());
        seen.add(finding.getKey());
      }
    });
    assertEquals(Set.copyOf(SET.findingKeys()), seen, "every declared key comes up");
  }

  @Test
  void x1IsGivenExactlyForHighTechEnterprisesNotKnownToBeBelowFiftyStaff() {
    Property.forAll(CASES).check(c -> {
      Organisation o = c.organisation();
      boolean concerned = o.hasTrait(Fixtures.HIGH_TECH)
          && (o.getHeadCount().isEmpty() || o.getHeadCount().getAsInt() >= 50);
      List<Finding> x1 = EVALUATOR.assess(o, c.asOf()).findings("X1");
      assertEquals(concerned ? 1 : 0, x1.size(), x1::toString);
    });
  }

  @Test
  void anAbsentStationIsNeverReadAsFalse() {
    Property.forAll(CASES).check(c -> {
      Organisation o = c.organisation();
      for (Finding x1 : EVALUATOR.assess(o, c.asOf()).findings("X1")) {
        Object station = o.getExtraFacts().get(Fixtures.SERVICE_STATION);
        if (station == null) {
          assertEquals(Outcome.UNDECIDED, x1.getOutcome(), x1::toString);
          assertTrue(x1.getMissingFacts().contains(Fixtures.SERVICE_STATION), x1::toString);
        } else if (o.getHeadCount().isPresent()) {
          assertEquals((Boolean) station ? Outcome.SATISFIED : Outcome.VIOLATED, x1.getOutcome(), x1::toString);
          assertEquals(x1.getOutcome() == Outcome.VIOLATED && c.asOf().isAfter(Fixtures.X1_DEADLINE), x1.isOverdue());
        }
      }
    });
  }
}
