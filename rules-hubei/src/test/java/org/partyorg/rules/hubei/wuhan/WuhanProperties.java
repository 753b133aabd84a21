package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.hubei.SetProperties;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.Property;

class WuhanProperties {
  private static final PolicySet WUHAN = Wuhan2016.build();

  @Test
  void everyFindingIsCitedAndDated() {
    SetProperties.findingsAreCitedAndDated(WUHAN);
  }

  @Test
  void everyFindingTakesItsTextFromTheSetsFiles() {
    SetProperties.findingsTakeTheirTextsFromTheSetsFiles(WUHAN);
  }

  @Test
  void moreStaffNeverRemovesAnObligation() {
    SetProperties.moreStaffNeverRemovesAnObligation(WUHAN);
  }

  @Test
  void aShellZombieOrShadowEnterpriseNeverGetsAnObligation() {
    Property.forAll(Gens.combine(
            List.of(SetProperties.cases(WUHAN), Gens.oneOf(OutsideBaseRule.SHELL, OutsideBaseRule.ZOMBIE, OutsideBaseRule.SHADOW)),
            v -> {
              SetProperties.Case c = (SetProperties.Case) v.get(0);
              Set<Trait> traits = new LinkedHashSet<>(Set.of((Trait) v.get(1)));
              traits.addAll(c.organisation().getTraits());
              return new SetProperties.Case(
                  c.organisation().withCategory(OrganisationCategory.NON_PUBLIC_ENTERPRISE).withTraits(traits),
                  c.asOf(), c.step());
            }))
        .check(c -> {
          Assessment assessment = WUHAN.assess(c.organisation(), c.asOf());
          assertEquals(1, assessment.getFindings().size(), assessment.getFindings()::toString);
          Finding finding = assessment.getFindings().get(0);
          assertEquals("W10", finding.getRuleId());
          assertEquals(Outcome.ADVISORY, finding.getOutcome());
          assertTrue(finding.getRequiredActions().isEmpty());
        });
  }

  @Test
  void exactlyOneBaselineRuleWhenTheMembersAreKnown() {
    Property.forAll(SetProperties.cases(WUHAN).filter(c -> c.organisation().getFormalMembers().isPresent()
            && c.organisation().getProbationaryMembers().isPresent()))
        .check(c -> {
          Assessment assessment = WUHAN.assess(c.organisation(), c.asOf());
          int baseline = assessment.findings("N1").size() + assessment.findings("N2").size() + assessment.findings("N3").size();
          boolean excluded = !assessment.findings("W10").isEmpty();
          assertEquals(excluded ? 0 : 1, baseline, assessment.getFindings()::toString);
        });
  }

  @Test
  void threeFormalMembersInAJointOrganisationAlwaysSplitOut() {
    Property.forAll(SetProperties.cases(WUHAN)).check(c -> {
      Assessment assessment = WUHAN.assess(c.organisation(), c.asOf());
      boolean joint = c.organisation().getPartyOrganisation().map(p -> p.getForm() == PartyOrganisationForm.JOINT).orElse(false);
      boolean enough = c.organisation().getFormalMembers().orElse(0) >= 3;
      boolean excluded = !assessment.findings("W10").isEmpty();
      assertEquals(joint && enough && !excluded, assessment.findings("W7").stream().anyMatch(f -> f.getOutcome() == Outcome.VIOLATED));
      assertFalse(!enough && assessment.findings("W7").stream().anyMatch(f -> f.getOutcome() == Outcome.VIOLATED));
    });
  }
}
