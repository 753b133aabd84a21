package org.partyorg.rules.hubei.cpa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.hubei.SetProperties;
import org.partyorg.rules.testkit.Property;

class HubeiCpaProperties {
  private static final PolicySet CPA = HubeiCpa2016.build();

  @Test
  void everyFindingIsCitedAndDated() {
    SetProperties.findingsAreCitedAndDated(CPA);
  }

  @Test
  void everyFindingTakesItsTextFromTheSetsFiles() {
    SetProperties.findingsTakeTheirTextsFromTheSetsFiles(CPA);
  }

  @Test
  void moreStaffNeverRemovesAnObligation() {
    SetProperties.moreStaffNeverRemovesAnObligation(CPA);
  }

  @Test
  void h1IsViolatedOnlyFrom30StaffAndWithoutAnOrganisation() {
    int limit = CPA.parameter(FirmOrganisationRule.STAFF_THRESHOLD.getKey()).orElseThrow().intValue();
    Property.forAll(SetProperties.cases(CPA)).check(c -> {
      Assessment assessment = CPA.assess(c.organisation(), c.asOf());
      for (Finding finding : assessment.findings("H1")) {
        if (finding.getOutcome() == Outcome.VIOLATED) {
          assertTrue(c.organisation().getHeadCount().getAsInt() >= limit);
          assertTrue(!c.organisation().getPartyOrganisation().orElseThrow().getForm().isStandaloneOrJoint());
        }
      }
      if (c.organisation().getHeadCount().isPresent() && c.organisation().getHeadCount().getAsInt() < limit) {
        assertTrue(assessment.findings("H1").isEmpty());
      }
    });
  }
}
