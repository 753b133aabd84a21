package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * N2: an organisation with party members but fewer than 3 formal members sets up a joint
 * party organisation with others. A standalone one in that case is advisory, not a violation:
 * the organisation is covered, but the form is not the one the document prescribes.
 */
final class JointRule extends MemberBandRule {
  private static final MessageTemplate MET = BaselineRules.MESSAGES.template("joint.met");
  /** Met by a form the document accepts besides a joint one: the text says which. */
  private static final MessageTemplate MET_FUNCTIONAL = BaselineRules.MESSAGES.template("joint.functional");
  private static final MessageTemplate MET_WORK_GROUP = BaselineRules.MESSAGES.template("joint.work-group");
  private static final MessageTemplate NONE = BaselineRules.MESSAGES.template("joint.none");
  /** A form the document does not accept here (functional, council-level work group): the text names it. */
  private static final MessageTemplate OTHER_FORM = BaselineRules.MESSAGES.template("joint.other-form");
  private static final MessageTemplate STANDALONE = BaselineRules.MESSAGES.template("joint.standalone");
  private static final Set<RequiredAction> JOIN =
      Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);

  private final Set<PartyOrganisationForm> accepted;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared metFunctional;
  private final FindingFactory.Prepared metWorkGroup;
  private final FindingFactory.Prepared standalone;
  private final FindingFactory.Prepared none;
  private final FindingFactory.Prepared otherForm;
  private final FindingFactory.Prepared unreported;

  JointRule(FindingFactory findings, int threshold, Set<PartyOrganisationForm> accepted) {
    super(findings, threshold, MemberBand.JOINT);
    this.accepted = EnumSet.copyOf(accepted);
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      formalMembers(o), probationaryMembers(o), OrganisationFacts.partyOrganisation(o)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.metFunctional = findings.prepareSatisfied(MET_FUNCTIONAL, facts);
    this.metWorkGroup = findings.prepareSatisfied(MET_WORK_GROUP, facts);
    this.standalone = findings.prepareAdvisory(STANDALONE, JOIN, facts);
    this.none = findings.prepareViolated(NONE, JOIN, facts);
    this.otherForm = findings.prepareViolated(OTHER_FORM, JOIN, facts);
    this.unreported = findings.prepareUndecided(List.of(ModelFacts.PARTY_ORGANISATION),
        (o, d) -> new Fact[] {formalMembers(o), probationaryMembers(o), Fact.unknown(ModelFacts.PARTY_ORGANISATION)});
  }

  @Override
  protected void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(unreported.of(organisation, asOf));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    if (accepted.contains(form)) {
      out.add((form == PartyOrganisationForm.FUNCTIONAL ? metFunctional
          : form == PartyOrganisationForm.COUNCIL_WORK_GROUP ? metWorkGroup : met).of(organisation, asOf));
    } else if (form == PartyOrganisationForm.STANDALONE) {
      out.add(standalone.of(organisation, asOf));
    } else if (form == PartyOrganisationForm.NONE) {
      out.add(none.of(organisation, asOf));
    } else {
      out.add(otherForm.of(organisation, asOf));
    }
  }
}
