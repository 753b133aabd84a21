package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * S3: a society without full-time staff (无专职人员) may set up a party-building work group at
 * council level (理事会层面党建工作小组) instead. For such a society the work group counts
 * wherever N1 and N2 ask for an organisation; in a society with full-time staff it does not.
 */
final class WorkGroupRule implements Rule {
  private static final MessageTemplate MET = MessageTemplate.of(
      "学会无专职人员，已在理事会层面设立党建工作小组。",
      "a society without full-time staff with a council-level party-building work group: accepted.");
  private static final MessageTemplate MAY = MessageTemplate.of(
      "学会无专职人员，可以在理事会层面设立党建工作小组，期限{deadline}。",
      "a society without full-time staff: may set up a council-level party-building work group, by {deadline}.");
  private static final MessageTemplate NOT_ALLOWED = MessageTemplate.of(
      "学会有专职人员{fullTimeStaff}名，理事会层面党建工作小组仅适用于无专职人员的学会，不计入党组织覆盖。",
      "a society with {fullTimeStaff} full-time staff: the council-level work group is only for societies without any, so it does not count as a party organisation.");
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  private final FindingFactory findings;
  private final Parameter maxFullTimeStaff;

  WorkGroupRule(FindingFactory findings, Parameter maxFullTimeStaff) {
    this.findings = findings;
    this.maxFullTimeStaff = maxFullTimeStaff;
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<Boolean> noStaff = HubeiSocieties2016.withoutFullTimeStaff(organisation, maxFullTimeStaff);
    Fact staff = organisation.getFullTimeStaff().isPresent()
        ? Fact.of(ModelFacts.FULL_TIME_STAFF, organisation.getFullTimeStaff().getAsInt(), maxFullTimeStaff.intValue())
        : Fact.unknown(ModelFacts.FULL_TIME_STAFF);
    Optional<PartyOrganisationForm> form = organisation.getPartyOrganisation().map(p -> p.getForm());
    if (form.isEmpty()) {
      if (!noStaff.isPresent() || noStaff.get()) {
        List<FactType> missing = new ArrayList<>(List.of(ModelFacts.PARTY_ORGANISATION));
        if (noStaff.isEmpty()) {
          missing.add(0, ModelFacts.FULL_TIME_STAFF);
        }
        out.add(findings.undecided(missing, staff, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      }
      return;
    }
    Fact current = Fact.of(ModelFacts.PARTY_ORGANISATION, form.get());
    if (form.get() != PartyOrganisationForm.COUNCIL_WORK_GROUP && form.get() != PartyOrganisationForm.NONE) {
      return;
    }
    if (noStaff.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.FULL_TIME_STAFF), staff, current));
    } else if (form.get() == PartyOrganisationForm.COUNCIL_WORK_GROUP) {
      out.add(noStaff.get()
          ? findings.satisfied(MET, staff, current)
          : findings.advisory(NOT_ALLOWED, ESTABLISH, staff, current));
    } else if (noStaff.get()) {
      out.add(findings.advisory(MAY, ESTABLISH, staff, current));
    }
  }
}
