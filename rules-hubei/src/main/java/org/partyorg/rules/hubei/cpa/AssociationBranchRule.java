package org.partyorg.rules.hubei.cpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.MemberBand;
import org.partyorg.rules.core.rule.MemberBandRule;

/**
 * H5: the members of a firm that cannot form a branch of its own (不具备成立党支部条件: fewer
 * formal members than the standalone threshold) may be managed by the provincial CPA
 * association's branch (归口管理). The model has no form for that: the caller reports it as a
 * joint organisation built around an industry body ({@link JointScope#INDUSTRY_BODY}), which
 * also meets N2. A firm with members and no organisation gets advice naming this way. H5
 * applies where N2 does, so it is a rule of N2's {@link MemberBand}.
 */
final class AssociationBranchRule extends MemberBandRule {
  /** 二（三）, due with the baseline, 2016-11-30 (一, "到2016年11月底"). */
  static final Citation CITATION = CpaPlan.cite("二（三）",
      "成立省注册会计师协会党支部，归口管理不具备成立党支部条件的事务所党员、协会代管的注册会计师党员");

  private static final MessageTemplate MANAGED = CpaPlan.MESSAGES.template("H5.managed");
  private static final MessageTemplate MAY = CpaPlan.MESSAGES.template("H5.may");
  private static final Set<RequiredAction> TRANSFER = Set.of(MembershipTransferRule.TRANSFER_MEMBERSHIP);

  /** @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if */
  AssociationBranchRule(Parameter standaloneThreshold, Parameter deadline) {
    super(FindingFactory.of(CpaPlan.SET_ID, "H5", CITATION, deadline).reads(standaloneThreshold),
        standaloneThreshold.intValue(), MemberBand.JOINT);
  }

  @Override
  protected void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Fact formal = formalMembers(organisation);
    Fact probationary = probationaryMembers(organisation);
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings().undecided(List.of(ModelFacts.PARTY_ORGANISATION), formal, probationary, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    Fact form = Fact.of(ModelFacts.PARTY_ORGANISATION, party.getForm());
    if (party.getForm() == PartyOrganisationForm.JOINT && party.getJointScope().orElse(null) == JointScope.INDUSTRY_BODY) {
      out.add(findings().satisfied(MANAGED, formal, probationary, form, Fact.of(ModelFacts.JOINT_SCOPE, JointScope.INDUSTRY_BODY)));
    } else if (party.getForm() == PartyOrganisationForm.NONE) {
      out.add(findings().advisory(MAY, TRANSFER, formal, probationary, form));
    }
  }

  // H5's messages speak of the threshold, so the finding that lacks the probationary count reports it too
  @Override
  protected Fact noFormalMembers() {
    return Fact.of(ModelFacts.FORMAL_MEMBERS, 0, standaloneThreshold());
  }
}
