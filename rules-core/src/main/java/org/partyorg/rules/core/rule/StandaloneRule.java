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

/** N1: an organisation with 3 or more formal members sets up its own party organisation. */
final class StandaloneRule extends MemberBandRule {
  private static final MessageTemplate MET = BaselineRules.MESSAGES.template("standalone.met");
  /** Met by a form the document accepts besides its own organisation: the text says which. */
  private static final MessageTemplate MET_FUNCTIONAL = BaselineRules.MESSAGES.template("standalone.functional");
  private static final MessageTemplate MET_WORK_GROUP = BaselineRules.MESSAGES.template("standalone.work-group");
  private static final MessageTemplate NONE = BaselineRules.MESSAGES.template("standalone.none");
  /** A form the document does not accept here (functional, council-level work group): the text names it. */
  private static final MessageTemplate OTHER_FORM = BaselineRules.MESSAGES.template("standalone.other-form");
  private static final MessageTemplate IN_JOINT = BaselineRules.MESSAGES.template("standalone.in-joint");
  private static final Set<RequiredAction> ESTABLISH =
      Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION);
  private static final Set<RequiredAction> SPLIT_OUT =
      Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION);

  private final Set<PartyOrganisationForm> accepted;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared metFunctional;
  private final FindingFactory.Prepared metWorkGroup;
  private final FindingFactory.Prepared inJoint;
  private final FindingFactory.Prepared none;
  private final FindingFactory.Prepared otherForm;
  private final FindingFactory.Prepared unreported;

  StandaloneRule(FindingFactory findings, int threshold, Set<PartyOrganisationForm> accepted) {
    super(findings, threshold, MemberBand.STANDALONE);
    this.accepted = EnumSet.copyOf(accepted);
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      formalMembers(o), OrganisationFacts.partyOrganisation(o)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.metFunctional = findings.prepareSatisfied(MET_FUNCTIONAL, facts);
    this.metWorkGroup = findings.prepareSatisfied(MET_WORK_GROUP, facts);
    this.inJoint = findings.prepareViolated(IN_JOINT, SPLIT_OUT, facts);
    this.none = findings.prepareViolated(NONE, ESTABLISH, facts);
    this.otherForm = findings.prepareViolated(OTHER_FORM, ESTABLISH, facts);
    this.unreported = findings.prepareUndecided(List.of(ModelFacts.PARTY_ORGANISATION),
        (o, d) -> new Fact[] {formalMembers(o), Fact.unknown(ModelFacts.PARTY_ORGANISATION)});
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
    } else if (form == PartyOrganisationForm.JOINT) {
      out.add(inJoint.of(organisation, asOf));
    } else if (form == PartyOrganisationForm.NONE) {
      out.add(none.of(organisation, asOf));
    } else {
      out.add(otherForm.of(organisation, asOf));
    }
  }
}
