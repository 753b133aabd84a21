package org.partyorg.rules.hubei.wuhan;

import org.partyorg.rules.core.rule.OrganisationFacts;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * W3: a non-public enterprise with 100 or more staff has a party organisation
 * ("100人以上的建有党的组织"), of any form the document accepts: standalone or joint.
 */
final class LargeEnterpriseRule implements Rule {
  private static final MessageTemplate MET = MessageTemplate.of(
      "职工{headCount}人（{headCount.limit}人以上），已建有党的组织。",
      "{headCount} staff ({headCount.limit} or more) and a party organisation: met.");
  private static final MessageTemplate MISSING = MessageTemplate.of(
      "职工{headCount}人（{headCount.limit}人以上），须建立党的组织，期限{deadline}。",
      "{headCount} staff ({headCount.limit} or more): must have a party organisation by {deadline}.");

  private final FindingFactory findings;
  private final Parameter staffThreshold;
  private final OrganisationCheck.Prepared check;

  LargeEnterpriseRule(FindingFactory findings, Parameter staffThreshold) {
    this.findings = findings;
    this.staffThreshold = staffThreshold;
    this.check = OrganisationCheck.prepare(findings, MET, MISSING,
        (o, d) -> new Fact[] {OrganisationFacts.headCount(o, staffThreshold.intValue())});
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
    if (OrganisationFacts.headCountReaches(findings, organisation, staffThreshold.intValue(), out)) {
      out.add(check.require(organisation, asOf, Wuhan2016.acceptedForms(organisation)));
    }
  }
}
