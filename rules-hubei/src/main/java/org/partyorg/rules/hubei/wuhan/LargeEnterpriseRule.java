package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * W3: a non-public enterprise with 100 or more staff has a party organisation
 * ("100人以上的建有党的组织"), of any form the document accepts: standalone or joint.
 */
final class LargeEnterpriseRule implements Rule {
  /** 三（二）, "100人以上的建有党的组织", due 2016-11-30. */
  static final Citation CITATION = WuhanPlan.ENTERPRISES;
  /** "100人以上": the staff from which an enterprise has a party organisation. */
  static final Parameter STAFF_THRESHOLD = Parameter.of("organisationStaffThreshold", 100, "headCount", CITATION);

  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W3.met");
  private static final MessageTemplate MISSING = WuhanPlan.MESSAGES.template("W3.missing");
  private static final MessageTemplate OTHER_FORM = WuhanPlan.MESSAGES.template("W3.other-form");

  private final FindingFactory findings;
  private final int staffThreshold;
  private final OrganisationCheck.Prepared check;

  /** @param staffThreshold {@link #STAFF_THRESHOLD}, or a what-if's value for it */
  LargeEnterpriseRule(Parameter staff, Parameter deadline) {
    int staffThreshold = staff.intValue();
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W3", CITATION, deadline).reads(staff)
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
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
      return;
    }
    if (OrganisationFacts.headCountReaches(findings, organisation, staffThreshold, out)) {
      out.add(check.require(organisation, asOf, FunctionalOrganisationRule.acceptedForms(organisation)));
    }
  }
}
