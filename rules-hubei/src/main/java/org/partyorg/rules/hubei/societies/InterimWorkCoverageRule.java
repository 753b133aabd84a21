package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.core.rule.WorkCoverageCheck;

/**
 * S6: a society that has no party organisation yet (尚不具备条件建立党组织的), whatever its
 * members, has party work coverage in the meantime: an instructor and mass organisations.
 * Unlike N3, which is about societies without members, it also covers a society whose members
 * have not formed or joined an organisation yet; N1 or N2 still asks for that.
 */
final class InterimWorkCoverageRule implements Rule {
  /** 一, the sentence N3 rests on too; due with the concentrated formation, 2016-11-25. */
  static final Citation CITATION = SocietiesPlan.N3;

  private static final MessageTemplate MET = SocietiesPlan.MESSAGES.template("S6.met");
  private static final MessageTemplate MISSING = SocietiesPlan.MESSAGES.template("S6.missing");

  private static final Fact NO_PARTY_ORGANISATION = Fact.of(ModelFacts.PARTY_ORGANISATION, PartyOrganisationForm.NONE);

  private final FindingFactory findings;
  private final WorkCoverageCheck.Prepared check;

  InterimWorkCoverageRule(Parameter deadline) {
    this.findings = FindingFactory.of(SocietiesPlan.SET_ID, "S6", CITATION, deadline);
    this.check = WorkCoverageCheck.prepare(findings, MET, MISSING, (o, d) -> new Fact[] {NO_PARTY_ORGANISATION});
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    if (organisation.getPartyOrganisation().get().getForm() != PartyOrganisationForm.NONE) {
      return;
    }
    out.add(check.judge(organisation, asOf));
  }
}
