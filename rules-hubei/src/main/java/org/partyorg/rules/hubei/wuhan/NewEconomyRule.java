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
 * W4: internet (互联网) and cultural-creative (文化创意) enterprises that are large and ready
 * ("规模较大、具备组建条件") have a party organisation. The document gives no size for "large":
 * it is the department's judgement, reported as {@link #LARGE_AND_READY}. Without that
 * report the finding is advisory: the rule applies once the department so judges.
 */
final class NewEconomyRule implements Rule {
  /** 三（二）, "规模较大、具备组建条件的互联网、文化创意等企业建有党的组织", due 2016-11-30. */
  static final Citation CITATION = WuhanPlan.ENTERPRISES;

  /** 互联网企业. */
  static final Trait INTERNET = Trait.of("INTERNET", "互联网企业", "internet enterprise");
  /** 文化创意企业. */
  static final Trait CULTURAL_CREATIVE = Trait.of("CULTURAL_CREATIVE", "文化创意企业", "cultural and creative enterprise");
  /** 规模较大、具备组建条件: judged large and ready for a party organisation by the district. */
  static final Trait LARGE_AND_READY = Trait.of("LARGE_AND_READY",
      "规模较大、具备组建条件的企业", "large enterprise ready to form a party organisation");

  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W4.met");
  private static final MessageTemplate MISSING = WuhanPlan.MESSAGES.template("W4.missing");
  private static final MessageTemplate OTHER_FORM = WuhanPlan.MESSAGES.template("W4.other-form");
  private static final MessageTemplate NOT_JUDGED = WuhanPlan.MESSAGES.template("W4.not-judged");

  private final FindingFactory findings;
  private final OrganisationCheck.Prepared check;

  NewEconomyRule(Parameter deadline) {
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W4", CITATION, deadline)
        .obligation(Obligation.PARTY_ORGANISATION);
    this.check = OrganisationCheck.prepare(findings, MET, MISSING, OTHER_FORM, (o, d) -> new Fact[] {OrganisationFacts.traits(o)});
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE
        || !(organisation.hasTrait(INTERNET) || organisation.hasTrait(CULTURAL_CREATIVE))) {
      return;
    }
    if (!organisation.hasTrait(LARGE_AND_READY)) {
      out.add(findings.advisory(NOT_JUDGED, Set.of(), OrganisationFacts.traits(organisation)));
      return;
    }
    out.add(check.require(organisation, asOf, FunctionalOrganisationRule.acceptedForms(organisation)));
  }
}
