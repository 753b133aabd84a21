package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/**
 * An analyst's what-if, checked as a property: Wuhan's 100-staff threshold (W3) lowered to 80
 * never removes an obligation, and adds W3 exactly for the enterprises of 80 to 99 staff without
 * a party organisation.
 */
class WhatIfEightyStaffPropertyTest {
  private static final Evaluator BASE = Evaluator.discover();
  private static final Evaluator EIGHTY = BASE.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  private static List<Finding> findings(Evaluator evaluator, Organisation organisation) {
    return evaluator.assess(organisation, AS_OF, "wuhan-2016").getFindings();
  }

  private static boolean owesW3(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.getKey().equals("W3") && f.getOutcome() == Outcome.VIOLATED);
  }

  @Test
  void eightyStaffNeverRemovesAnObligationAndAddsExactlyTheFirmsOf80To99() {
    AtomicInteger added = new AtomicInteger();
    // from a fixed seed: the count asserted below must come up every run, not on most seeds
    Property.forAll(OrganisationGen.forPolicySet(BASE.policySet("wuhan-2016")).thresholds("headCount", 80).build())
        .tries(2000).seed(20161201L).check(organisation -> {
          List<Finding> base = findings(BASE, organisation);
          List<Finding> eighty = findings(EIGHTY, organisation);
          for (Finding before : base) {
            if (before.getOutcome() == Outcome.VIOLATED) {
              assertTrue(eighty.stream()
                  .anyMatch(after -> after.getKey().equals(before.getKey()) && after.getOutcome() == Outcome.VIOLATED),
                  () -> "the reform removed " + before);
            }
          }
          boolean gained = owesW3(eighty) && !owesW3(base);
          boolean band = organisation.getCategory() == OrganisationCategory.NON_PUBLIC_ENTERPRISE
              && organisation.getHeadCount().isPresent()
              && organisation.getHeadCount().getAsInt() >= 80 && organisation.getHeadCount().getAsInt() <= 99
              && owesW3(findings(BASE, organisation.withHeadCount(100)));
          if (gained) {
            added.incrementAndGet();
          }
          assertEquals(band, gained, () -> organisation.getHeadCount() + " staff: W3 gained " + gained);
        });
    assertTrue(added.get() > 0, "no firm of 80 to 99 staff came up: the property checked nothing");
  }
}
