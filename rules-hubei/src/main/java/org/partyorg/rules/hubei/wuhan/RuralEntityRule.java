package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * W6: rural new business entities (农村新型经营主体) that meet the conditions (符合条件) all have a
 * party organisation. The document does not define the conditions; meeting them is the
 * department's judgement, reported as {@link #MEETS_FORMATION_CONDITIONS}. Without it the
 * finding is advisory.
 */
final class RuralEntityRule implements Rule {
  /** 三（二）, "符合条件的农村新型经营主体建有党的组织", due 2016-11-30. */
  static final Citation CITATION = WuhanPlan.ENTERPRISES;

  /** 符合条件 (W6; W1's eligible coverage): judged by the district to meet the conditions for a party organisation. */
  static final Trait MEETS_FORMATION_CONDITIONS = Trait.of("MEETS_FORMATION_CONDITIONS",
      "符合建立党组织条件的组织", "organisation that meets the conditions for a party organisation");

  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W6.met");
  private static final MessageTemplate MISSING = WuhanPlan.MESSAGES.template("W6.missing");
  private static final MessageTemplate OTHER_FORM = WuhanPlan.MESSAGES.template("W6.other-form");
  private static final MessageTemplate NOT_JUDGED = WuhanPlan.MESSAGES.template("W6.not-judged");

  private final FindingFactory findings;
  private final OrganisationCheck.Prepared check;

  RuralEntityRule(Parameter deadline) {
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W6", CITATION, deadline)
        .obligation(Obligation.PARTY_ORGANISATION);
    this.check = OrganisationCheck.prepare(findings, MET, MISSING, OTHER_FORM, (o, d) -> new Fact[] {OrganisationFacts.traits(o)});
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY) {
      return;
    }
    if (!organisation.hasTrait(MEETS_FORMATION_CONDITIONS)) {
      out.add(findings.advisory(NOT_JUDGED, Set.of(), OrganisationFacts.traits(organisation)));
      return;
    }
    out.add(check.require(organisation, asOf, FunctionalOrganisationRule.acceptedForms(organisation)));
  }
}
