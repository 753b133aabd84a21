package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L4: a non-public enterprise with 50 to 99 staff has party members (要有党员), formal or
 * probationary. From 100 staff on L3 asks for more. The texts state the lower bound only
 * ("50人以上"): the upper one is L3's threshold, not a limit of this finding's facts.
 */
final class PartyMembersRule implements Rule {
  private static final Set<RequiredAction> RECRUIT = Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS);
  private static final MessageTemplate MET = Notice64.MESSAGES.template("L4.met");
  private static final MessageTemplate NONE = Notice64.MESSAGES.template("L4.none");

  private final FindingFactory findings;
  private final int staffThreshold;
  private final int upperStaffThreshold;
  private final FindingFactory.Prepared hasMembers;
  private final FindingFactory.Prepared noMembers;

  /**
   * @param staffThreshold 50, from which members are required
   * @param upperStaffThreshold 100, L3's threshold, from which this rule gives way to L3
   */
  PartyMembersRule(Parameter staff, Parameter upperStaff, Parameter deadline) {
    int staffThreshold = staff.intValue();
    int upperStaffThreshold = upperStaff.intValue();
    this.findings = FindingFactory.of(Notice64.SET_ID, "L4", OwnOrganisationRule.CITATION, deadline).reads(staff, upperStaff);
    this.staffThreshold = staffThreshold;
    this.upperStaffThreshold = upperStaffThreshold;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      OrganisationFacts.headCount(o, staffThreshold),
      OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, o.getFormalMembers()), OrganisationFacts.of(ModelFacts.PROBATIONARY_MEMBERS, o.getProbationaryMembers())
    };
    this.hasMembers = findings.prepareSatisfied(MET, facts);
    this.noMembers = findings.prepareViolated(NONE, RECRUIT, facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (!(organisation.getCategory() == OrganisationCategory.NON_PUBLIC_ENTERPRISE && OrganisationFacts.headCountWithin(findings, organisation, staffThreshold, upperStaffThreshold, out))) {
      return;
    }
    OptionalInt formal = organisation.getFormalMembers();
    OptionalInt probationary = organisation.getProbationaryMembers();
    // one known member of either kind is enough; zero needs both counts known
    if (isPositive(formal) || isPositive(probationary)) {
      out.add(hasMembers.of(organisation, asOf));
    } else if (formal.isPresent() && probationary.isPresent()) {
      out.add(noMembers.of(organisation, asOf));
    } else {
      List<FactType> missing = new ArrayList<>(2);
      if (formal.isEmpty()) {
        missing.add(ModelFacts.FORMAL_MEMBERS);
      }
      if (probationary.isEmpty()) {
        missing.add(ModelFacts.PROBATIONARY_MEMBERS);
      }
      out.add(findings.undecided(missing, OrganisationFacts.headCount(organisation, staffThreshold),
          OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, formal), OrganisationFacts.of(ModelFacts.PROBATIONARY_MEMBERS, probationary)));
    }
  }

  private static boolean isPositive(OptionalInt count) {
    return count.isPresent() && count.getAsInt() > 0;
  }
}
