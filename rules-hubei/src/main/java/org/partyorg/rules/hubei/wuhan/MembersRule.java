package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * W2: a non-public enterprise with 50 or more staff has party members ("职工50人以上的有党员").
 * 党员 without 正式: formal and probationary members both count.
 */
final class MembersRule implements Rule {
  /** 三（二）, "职工50人以上的有党员", due 2016-11-30. */
  static final Citation CITATION = WuhanPlan.ENTERPRISES;
  /** "职工50人以上": the staff from which an enterprise has party members. */
  static final Parameter STAFF_THRESHOLD = Parameter.of("membersStaffThreshold", 50, "headCount", CITATION);

  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W2.met");
  private static final MessageTemplate NONE = WuhanPlan.MESSAGES.template("W2.missing");
  private static final Set<RequiredAction> RECRUIT = Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS);

  private final FindingFactory findings;
  private final int staffThreshold;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared none;

  /** @param staffThreshold {@link #STAFF_THRESHOLD}, or a what-if's value for it */
  MembersRule(Parameter staff, Parameter deadline) {
    int staffThreshold = staff.intValue();
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W2", CITATION, deadline).reads(staff)
        .obligation(Obligation.PARTY_MEMBERS);
    this.staffThreshold = staffThreshold;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      OrganisationFacts.headCount(o, staffThreshold), OrganisationFacts.formalMembers(o), OrganisationFacts.probationaryMembers(o)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.none = findings.prepareViolated(NONE, RECRUIT, facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE
        || !OrganisationFacts.headCountReaches(findings, organisation, staffThreshold, out)) {
      return;
    }
    Optional<Boolean> hasMembers = OrganisationFacts.hasAnyMembers(organisation);
    if (hasMembers.isEmpty()) {
      out.add(findings.undecided(OrganisationFacts.missingMemberCounts(organisation), OrganisationFacts.headCount(organisation, staffThreshold),
          OrganisationFacts.formalMembers(organisation), OrganisationFacts.probationaryMembers(organisation)));
    } else {
      out.add((hasMembers.get() ? met : none).of(organisation, asOf));
    }
  }
}
