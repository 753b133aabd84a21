package org.partyorg.rules.hubei.cpa;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * H1: an accounting firm with 30 or more staff ("员工人数达30人以上") has a party organisation,
 * standalone or joint, by 2016-11-30.
 */
final class FirmOrganisationRule implements Rule {
  /** 一. */
  static final Citation CITATION = CpaPlan.cite("一", "到2016年11月底，员工人数达30人以上的事务所，实现100%建有党的组织");
  /** "员工人数达30人以上": the staff from which a firm has a party organisation. */
  static final Parameter STAFF_THRESHOLD = Parameter.of("organisationStaffThreshold", 30, "headCount", CITATION);

  private static final Set<PartyOrganisationForm> ACCEPTED =
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT);
  private static final MessageTemplate MET = CpaPlan.MESSAGES.template("H1.met");
  private static final MessageTemplate MISSING = CpaPlan.MESSAGES.template("H1.missing");
  private static final MessageTemplate OTHER_FORM = CpaPlan.MESSAGES.template("H1.other-form");

  private final FindingFactory findings;
  private final int staffThreshold;

  private final OrganisationCheck.Prepared check;

  /** @param staffThreshold {@link #STAFF_THRESHOLD}, or a what-if's value for it */
  FirmOrganisationRule(Parameter staff, Parameter deadline) {
    int staffThreshold = staff.intValue();
    this.findings = FindingFactory.of(CpaPlan.SET_ID, "H1", CITATION, deadline).reads(staff)
        .obligation(Obligation.PARTY_ORGANISATION);
    this.staffThreshold = staffThreshold;
    this.check = OrganisationCheck.prepare(findings, MET, MISSING, OTHER_FORM,
        (o, d) -> new Fact[] {OrganisationFacts.headCount(o, staffThreshold)});
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (OrganisationFacts.headCountReaches(findings, organisation, staffThreshold, out)) {
      out.add(check.require(organisation, asOf, ACCEPTED));
    }
  }
}
