package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * A rule about how a party organisation is staffed and run (L10's two sentences): it speaks of
 * an organisation that has one, so it applies only to a form that counts as a party
 * organisation ({@link Facts#PARTY_ORGANISATION_FORMS}) and cannot decide while the party
 * organisation is not reported.
 */
abstract class GovernanceRule implements Rule {
  final FindingFactory findings;

  GovernanceRule(FindingFactory findings) {
    this.findings = findings;
  }

  @Override
  public final String id() {
    return findings.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(findings);
  }

  @Override
  public final void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    if (Notice64.PARTY_ORGANISATION_FORMS.contains(party.getForm())) {
      evaluateGovernance(organisation, party, asOf, out);
    }
  }

  /** Called only with a party organisation of a counting form, {@code organisation}'s own. */
  abstract void evaluateGovernance(Organisation organisation, PartyOrganisation party, LocalDate asOf, List<Finding> out);
}
