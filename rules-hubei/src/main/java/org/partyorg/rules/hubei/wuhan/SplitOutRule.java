package org.partyorg.rules.hubei.wuhan;

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
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * W7, the Wuhan addition to N1: an organisation in an existing joint organisation that now
 * has the formal members for its own is split out of it ("对其中具备单独组建党组织条件的……
 * 单独组建党的组织"). The sentence names joint organisations that cover too many units or are
 * long established, without a number for either; N1 ("凡……必须") already obliges every such
 * organisation, so the library does not make the split wait for those qualifiers, and reports
 * the count covered and the founding date as facts.
 */
final class SplitOutRule implements Rule {
  /** 二（四）2, due with the concentrated formation, 2016-11-20. */
  static final Citation CITATION = WuhanPlan.cite("二（四）2",
      "已建立的联合党组织，覆盖企业（单位）过多、建立时间较长的，对其中具备单独组建党组织条件的，要及时调整优化组织设置，单独组建党的组织");

  private static final MessageTemplate SPLIT = WuhanPlan.MESSAGES.template("W7.split-out");
  private static final Set<RequiredAction> SPLIT_OUT = Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION);

  private final FindingFactory findings;
  private final int standaloneThreshold;

  private final FindingFactory.Prepared split;

  /** @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if */
  SplitOutRule(Parameter standalone, Parameter deadline) {
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W7", CITATION, deadline).reads(standalone);
    int standaloneThreshold = standalone.intValue();
    this.standaloneThreshold = standaloneThreshold;
    this.split = findings.prepareViolated(SPLIT, SPLIT_OUT, (o, d) -> {
      PartyOrganisation joint = o.getPartyOrganisation().get();
      return new Fact[] {
        Fact.of(ModelFacts.FORMAL_MEMBERS, o.getFormalMembers().getAsInt(), standaloneThreshold),
        Fact.of(ModelFacts.PARTY_ORGANISATION, PartyOrganisationForm.JOINT),
        joint.coveredCount().isPresent()
            ? Fact.of(ModelFacts.COVERED_ORGANISATIONS, joint.coveredCount().getAsInt())
            : Fact.unknown(ModelFacts.COVERED_ORGANISATIONS),
        joint.getFoundingDate().isPresent()
            ? Fact.of(ModelFacts.FOUNDING_DATE, joint.getFoundingDate().get())
            : Fact.unknown(ModelFacts.FOUNDING_DATE)
      };
    });
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()
        || organisation.getPartyOrganisation().get().getForm() != PartyOrganisationForm.JOINT) {
      return;
    }
    if (organisation.getFormalMembers().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.FORMAL_MEMBERS), Fact.unknown(ModelFacts.FORMAL_MEMBERS),
          Fact.of(ModelFacts.PARTY_ORGANISATION, PartyOrganisationForm.JOINT)));
      return;
    }
    if (organisation.getFormalMembers().getAsInt() >= standaloneThreshold) {
      out.add(split.of(organisation, asOf));
    }
  }
}
