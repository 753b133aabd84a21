package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * N2: an organisation with party members but fewer than 3 formal members sets up a joint
 * party organisation with others. A standalone one in that case is advisory, not a violation:
 * the organisation is covered, but the form is not the one the document prescribes.
 */
final class JointRule extends MemberBandRule {
  private static final MessageTemplate MET =
      MessageTemplate.of(
          "正式党员{formalMembers}名，不足{formalMembers.limit}名，已建立联合党组织。",
          "{formalMembers} formal members, fewer than {formalMembers.limit}, and a joint party organisation: met.");
  private static final MessageTemplate NONE =
      MessageTemplate.of(
          "有党员但正式党员仅{formalMembers}名，不足{formalMembers.limit}名，须联合组建党组织，期限{deadline}。",
          "party members but only {formalMembers} formal members, fewer than {formalMembers.limit}: must set up or join a joint party organisation by {deadline}.");
  private static final MessageTemplate STANDALONE =
      MessageTemplate.of(
          "正式党员{formalMembers}名，不足{formalMembers.limit}名，不具备单独组建条件，应联合组建党组织。",
          "{formalMembers} formal members, fewer than the {formalMembers.limit} a standalone organisation needs: the document prescribes a joint one.");
  private static final Set<RequiredAction> JOIN =
      EnumSet.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);

  private final Set<PartyOrganisationForm> accepted;

  JointRule(FindingFactory findings, int threshold, Set<PartyOrganisationForm> accepted) {
    super(findings, threshold, MemberBand.JOINT);
    this.accepted = EnumSet.copyOf(accepted);
  }

  @Override
  protected void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Fact formal = formalMembers(organisation);
    Fact probationaryFact = probationaryMembers(organisation);
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings().undecided(List.of("partyOrganisation"), formal, probationaryFact, Fact.unknown("partyOrganisation")));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    Fact current = Fact.of("partyOrganisation", form);
    if (accepted.contains(form)) {
      out.add(findings().satisfied(MET, formal, probationaryFact, current));
    } else if (form == PartyOrganisationForm.STANDALONE) {
      out.add(findings().advisory(STANDALONE, JOIN, formal, probationaryFact, current));
    } else {
      out.add(findings().violated(asOf, NONE, JOIN, formal, probationaryFact, current));
    }
  }
}
