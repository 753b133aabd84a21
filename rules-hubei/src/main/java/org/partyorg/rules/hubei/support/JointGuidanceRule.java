package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * How a document wants a joint organisation formed (Wuhan W8, societies S2), for an
 * organisation with party members but fewer formal members than the standalone threshold: the
 * document says "may" (可按照), so without a joint organisation the finding is advisory and
 * names the ways; with one it is satisfied and reports how many organisations it covers, since
 * neither document caps that number.
 */
public final class JointGuidanceRule implements Rule {
  private static final Set<RequiredAction> JOIN = EnumSet.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);

  private final FindingFactory guidance;
  private final FindingFactory noCap;
  private final Parameter standaloneThreshold;
  private final MessageTemplate advice;
  private final MessageTemplate met;

  /**
   * @param guidance findings that advise how to form one, citing the grouping sentence
   * @param noCap findings about an existing joint organisation, citing the sentence on its size
   */
  public JointGuidanceRule(
      FindingFactory guidance, FindingFactory noCap, Parameter standaloneThreshold, MessageTemplate advice, MessageTemplate met) {
    if (!guidance.ruleId().equals(noCap.ruleId())) {
      throw new IllegalArgumentException("one rule, one id: " + guidance.ruleId() + " and " + noCap.ruleId());
    }
    this.guidance = guidance;
    this.noCap = noCap;
    this.standaloneThreshold = standaloneThreshold;
    this.advice = advice;
    this.met = met;
  }

  @Override
  public String id() {
    return guidance.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    int threshold = standaloneThreshold.intValue();
    if (organisation.getFormalMembers().isEmpty()) {
      out.add(guidance.undecided(List.of("formalMembers"), Fact.unknown("formalMembers")));
      return;
    }
    int formal = organisation.getFormalMembers().getAsInt();
    if (formal >= threshold) {
      return;
    }
    Fact formalFact = Fact.of("formalMembers", formal, threshold);
    if (formal == 0) {
      if (organisation.getProbationaryMembers().isEmpty()) {
        out.add(guidance.undecided(List.of("probationaryMembers"), formalFact, Fact.unknown("probationaryMembers")));
        return;
      }
      if (organisation.getProbationaryMembers().getAsInt() == 0) {
        return;
      }
    }
    Fact probationary = Members.probationary(organisation);
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(guidance.undecided(List.of("partyOrganisation"), formalFact, probationary, Fact.unknown("partyOrganisation")));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    Fact form = Fact.of("partyOrganisation", party.getForm());
    if (party.getForm() == PartyOrganisationForm.JOINT) {
      Fact covered = party.getCoveredOrganisations().isEmpty()
          ? Fact.unknown("coveredOrganisations")
          : Fact.of("coveredOrganisations", party.getCoveredOrganisations().size());
      out.add(noCap.satisfied(met, formalFact, probationary, form, covered));
    } else if (party.getForm() == PartyOrganisationForm.NONE) {
      out.add(guidance.advisory(advice, JOIN, formalFact, probationary, form));
    }
  }
}
