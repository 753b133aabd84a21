package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.MemberBand;
import org.partyorg.rules.core.rule.MemberBandRule;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * The logic of a document's guidance on how to form a joint organisation (Wuhan W8, societies
 * S2), for an organisation with party members but fewer formal members than the standalone
 * threshold: without a joint organisation the finding is advisory and names the ways; with one
 * it is satisfied and reports how many organisations it covers, since neither document caps
 * that number. It applies where N2 does, so it is a rule of N2's {@link MemberBand} and cannot
 * decide where N2 cannot. Each document's rule extends it with its id, sentences, deadline and
 * messages.
 */
public abstract class JointGuidance extends MemberBandRule {
  private static final Set<RequiredAction> JOIN = Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION);

  private final List<String> keys;
  private final FindingFactory.Prepared inJoint;
  private final FindingFactory.Prepared advised;

  /**
   * @param guidance findings that advise how to form one, citing the grouping sentence
   * @param noCap findings about an existing joint organisation, citing the sentence on its size
   * @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if
   * @param advice the message advising how to form one
   * @param met the message about an existing joint organisation
   */
  protected JointGuidance(
      FindingFactory guidance, FindingFactory noCap, int standaloneThreshold, MessageTemplate advice, MessageTemplate met) {
    super(guidance, standaloneThreshold, MemberBand.JOINT);
    if (!guidance.ruleId().equals(noCap.ruleId())) {
      throw new IllegalArgumentException("one rule, one id: " + guidance.ruleId() + " and " + noCap.ruleId());
    }
    this.keys = Rule.keysOf(guidance, noCap);
    this.inJoint = noCap.prepareSatisfied(met, (o, d) -> {
      PartyOrganisation party = o.getPartyOrganisation().get();
      return new Fact[] {
        formalMembers(o), probationaryMembers(o), Fact.of(ModelFacts.PARTY_ORGANISATION, party.getForm()),
        party.coveredCount().isPresent()
            ? Fact.of(ModelFacts.COVERED_ORGANISATIONS, party.coveredCount().getAsInt())
            : Fact.unknown(ModelFacts.COVERED_ORGANISATIONS)
      };
    });
    this.advised = guidance.prepareAdvisory(advice, JOIN, (o, d) -> new Fact[] {
      formalMembers(o), probationaryMembers(o), OrganisationFacts.partyOrganisation(o)
    });
  }

  @Override
  public final List<String> keys() {
    return keys;
  }

  @Override
  protected final void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings().undecided(List.of(ModelFacts.PARTY_ORGANISATION), formalMembers(organisation),
          probationaryMembers(organisation), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    if (form == PartyOrganisationForm.JOINT) {
      out.add(inJoint.of(organisation, asOf));
    } else if (form == PartyOrganisationForm.NONE) {
      out.add(advised.of(organisation, asOf));
    }
  }

  // the advice speaks of the threshold, so the finding that lacks the probationary count reports it too
  @Override
  protected final Fact noFormalMembers() {
    return Fact.of(ModelFacts.FORMAL_MEMBERS, 0, standaloneThreshold());
  }
}
