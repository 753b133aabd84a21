package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L3: a non-public enterprise with 100 or more staff has a party organisation of its own
 * (全部单独组建党组织). A joint organisation does not meet it.
 *
 * <p>An own organisation needs the formal members N1 asks for (3): an enterprise of this size
 * with fewer known formal members is also asked to recruit, even if it reports a standalone
 * organisation. That keeps the rule from going quiet exactly where L4 ("50人至99人的要有党员")
 * stops applying.
 */
final class OwnOrganisationRule implements Rule {
  static final Citation CITATION =
      Notice64.cite("二", "在非公有制企业，职工人数100人以上的全部单独组建党组织，50人至99人的要有党员。");

  private static final MessageTemplate MET = Notice64.MESSAGES.template("L3.met");
  private static final MessageTemplate TOO_FEW_MEMBERS = Notice64.MESSAGES.template("L3.too-few-members");
  private static final MessageTemplate JOINT = Notice64.MESSAGES.template("L3.joint");
  private static final MessageTemplate JOINT_TOO_FEW = Notice64.MESSAGES.template("L3.joint.too-few-members");
  private static final MessageTemplate NONE = Notice64.MESSAGES.template("L3.none");
  private static final MessageTemplate NONE_TOO_FEW = Notice64.MESSAGES.template("L3.none.too-few-members");
  private static final MessageTemplate OTHER_FORM = Notice64.MESSAGES.template("L3.other-form");
  private static final MessageTemplate OTHER_FORM_TOO_FEW = Notice64.MESSAGES.template("L3.other-form.too-few-members");

  private static final Set<RequiredAction> RECRUIT = Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS);

  private final FindingFactory findings;
  private final int staffThreshold;
  private final int standaloneFormalMembers;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared tooFewMembers;
  private final FindingFactory.Prepared inJoint;
  private final FindingFactory.Prepared inJointTooFewMembers;
  private final FindingFactory.Prepared none;
  private final FindingFactory.Prepared noneTooFewMembers;
  private final FindingFactory.Prepared otherForm;
  private final FindingFactory.Prepared otherFormTooFewMembers;

  OwnOrganisationRule(Parameter staff, Parameter standalone, Parameter deadline) {
    int staffThreshold = staff.intValue();
    int standaloneFormalMembers = standalone.intValue();
    this.findings = FindingFactory.of(Notice64.SET_ID, "L3", CITATION, deadline).reads(staff, standalone);
    this.staffThreshold = staffThreshold;
    this.standaloneFormalMembers = standaloneFormalMembers;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      OrganisationFacts.headCount(o, staffThreshold),
      OrganisationFacts.partyOrganisation(o),
      OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, o.getFormalMembers(), standaloneFormalMembers)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.tooFewMembers = findings.prepareViolated(TOO_FEW_MEMBERS, RECRUIT, facts);
    Set<RequiredAction> split = Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION);
    Set<RequiredAction> recruitAndSplit =
        Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS, RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION);
    Set<RequiredAction> establish = Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION);
    Set<RequiredAction> recruitAndEstablish =
        Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS, RequiredAction.ESTABLISH_STANDALONE_ORGANISATION);
    this.inJoint = findings.prepareViolated(JOINT, split, facts);
    this.inJointTooFewMembers = findings.prepareViolated(JOINT_TOO_FEW, recruitAndSplit, facts);
    this.none = findings.prepareViolated(NONE, establish, facts);
    this.noneTooFewMembers = findings.prepareViolated(NONE_TOO_FEW, recruitAndEstablish, facts);
    this.otherForm = findings.prepareViolated(OTHER_FORM, establish, facts);
    this.otherFormTooFewMembers = findings.prepareViolated(OTHER_FORM_TOO_FEW, recruitAndEstablish, facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (!(organisation.getCategory() == OrganisationCategory.NON_PUBLIC_ENTERPRISE && OrganisationFacts.headCountWithin(findings, organisation, staffThreshold, Integer.MAX_VALUE, out))) {
      return;
    }
    OptionalInt formal = organisation.getFormalMembers();
    boolean tooFew = formal.isPresent() && formal.getAsInt() < standaloneFormalMembers;
    if (organisation.getPartyOrganisation().isEmpty()) {
      // too few members is a known gap whatever the unreported organisation is
      Fact[] facts = {
        OrganisationFacts.headCount(organisation, staffThreshold), Fact.unknown(ModelFacts.PARTY_ORGANISATION),
        OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, formal, standaloneFormalMembers)
      };
      out.add(tooFew
          ? findings.violated(asOf, TOO_FEW_MEMBERS, RECRUIT, facts)
          : findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), facts));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    FindingFactory.Prepared finding;
    if (form == PartyOrganisationForm.STANDALONE) {
      finding = tooFew ? tooFewMembers : met;
    } else if (form == PartyOrganisationForm.JOINT) {
      finding = tooFew ? inJointTooFewMembers : inJoint;
    } else if (form == PartyOrganisationForm.NONE) {
      finding = tooFew ? noneTooFewMembers : none;
    } else {
      finding = tooFew ? otherFormTooFewMembers : otherForm;
    }
    out.add(finding.of(organisation, asOf));
  }
}
