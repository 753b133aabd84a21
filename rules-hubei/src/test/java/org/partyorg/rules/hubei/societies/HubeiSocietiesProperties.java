package org.partyorg.rules.hubei.societies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.hubei.SetProperties;
import org.partyorg.rules.testkit.Property;

class HubeiSocietiesProperties {
  private static final PolicySet SOCIETIES = HubeiSocieties2016.build();

  @Test
  void everyFindingIsCitedAndDated() {
    SetProperties.findingsAreCitedAndDated(SOCIETIES);
  }

  @Test
  void everyFindingTakesItsTextFromTheSetsFiles() {
    SetProperties.findingsTakeTheirTextsFromTheSetsFiles(SOCIETIES);
  }

  @Test
  void moreStaffNeverRemovesAnObligation() {
    SetProperties.moreStaffNeverRemovesAnObligation(SOCIETIES);
  }

  /** The work group is a concession to societies without full-time staff: having none never adds a violation. */
  @Test
  void havingNoFullTimeStaffNeverAddsAViolation() {
    Property.forAll(SetProperties.cases(SOCIETIES)).check(c -> {
      Organisation withStaff = c.organisation()
          .withFullTimeStaff(c.step())
          .withHeadCount(Math.max(c.step(), c.organisation().getHeadCount().orElse(0)));
      Organisation without = withStaff.withFullTimeStaff(0);
      Set<String> staffed = SetProperties.violated(SOCIETIES.assess(withStaff, c.asOf()));
      Set<String> unstaffed = SetProperties.violated(SOCIETIES.assess(without, c.asOf()));
      assertTrue(staffed.containsAll(unstaffed), () -> "without full-time staff " + unstaffed + ", with " + staffed);
    });
  }
}
