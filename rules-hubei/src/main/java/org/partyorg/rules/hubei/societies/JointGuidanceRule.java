package org.partyorg.rules.hubei.societies;

import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.hubei.support.JointGuidance;

/**
 * S2: how a society with party members but fewer formal members than N1's threshold forms a
 * joint organisation: by region, by trade or with its supporting unit, as the society and the
 * unit wish, by 2016-11-25. Advisory without a joint organisation, satisfied with one, whatever
 * the number it covers; it applies where N2 does.
 */
final class JointGuidanceRule extends JointGuidance {
  /** 三3, the grouping principles: the sentence N2 rests on too; one sentence for the advice and the joint organisation alike. */
  static final Citation CITATION = SocietiesPlan.N2;

  private static final MessageTemplate ADVICE = MessageTemplate.of(
      "正式党员{formalMembers}名，不足{formalMembers.limit}名：按照“行业相近、地域相邻、便于管理”的原则，充分尊重学会及挂靠单位意愿，采取区域联建、同业共建、挂靠组建等方式建立联合党组织，期限{deadline}。",
      "{formalMembers} formal members, fewer than {formalMembers.limit}: form a joint organisation by region, by trade or with the supporting unit (挂靠单位), as the society and the unit wish, by {deadline}.");
  private static final MessageTemplate MET = MessageTemplate.of(
      "已联合组建党组织，覆盖单位{partyOrganisation.coveredOrganisations}个。",
      "in a joint organisation covering {partyOrganisation.coveredOrganisations} organisations: met.");

  /** @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if */
  JointGuidanceRule(int standaloneThreshold) {
    super(
        FindingFactory.of(SocietiesPlan.SET_ID, "S2", CITATION, SocietiesPlan.FORMATION_DEADLINE),
        FindingFactory.of(SocietiesPlan.SET_ID, "S2", CITATION, SocietiesPlan.FORMATION_DEADLINE),
        standaloneThreshold, ADVICE, MET);
  }
}
