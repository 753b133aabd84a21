package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * W4: internet (互联网) and cultural-creative (文化创意) enterprises that are large and ready
 * ("规模较大、具备组建条件") have a party organisation. The document gives no size for "large":
 * it is the department's judgement, reported as {@link Trait#LARGE_AND_READY}. Without that
 * report the finding is advisory: the rule applies once the department so judges.
 */
final class NewEconomyRule implements Rule {
  private static final MessageTemplate MET = MessageTemplate.of(
      "规模较大、具备组建条件的{traits}企业，已建有党的组织。",
      "a large {traits} enterprise ready for a party organisation, and it has one: met.");
  private static final MessageTemplate MISSING = MessageTemplate.of(
      "规模较大、具备组建条件的{traits}企业，须建立党的组织，期限{deadline}。",
      "a large {traits} enterprise ready for a party organisation: must have one by {deadline}.");
  private static final MessageTemplate NOT_JUDGED = MessageTemplate.of(
      "{traits}企业：如经认定规模较大、具备组建条件，须于{deadline}前建立党的组织。",
      "a {traits} enterprise: if judged large and ready, it must have a party organisation by {deadline}.");

  private final FindingFactory findings;
  private final OrganisationCheck.Prepared check;

  NewEconomyRule(FindingFactory findings) {
    this.findings = findings;
    this.check = OrganisationCheck.prepare(findings, MET, MISSING, (o, d) -> new Fact[] {Fact.of(ModelFacts.TRAITS, o.getTraits())});
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE
        || !(organisation.hasTrait(Wuhan2016.INTERNET) || organisation.hasTrait(Wuhan2016.CULTURAL_CREATIVE))) {
      return;
    }
    if (!organisation.hasTrait(Wuhan2016.LARGE_AND_READY)) {
      out.add(findings.advisory(NOT_JUDGED, Set.of(), Fact.of(ModelFacts.TRAITS, organisation.getTraits())));
      return;
    }
    out.add(check.require(organisation, asOf, Wuhan2016.acceptedForms(organisation)));
  }
}
