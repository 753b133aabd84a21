package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import org.partyorg.rules.api.Parameter;
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

  private static final MessageTemplate ADVICE = SocietiesPlan.MESSAGES.template("S2.advice");
  private static final MessageTemplate MET = SocietiesPlan.MESSAGES.template("S2.met");

  /** @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if */
  JointGuidanceRule(Parameter standaloneThreshold, Parameter deadline) {
    super(
        FindingFactory.of(SocietiesPlan.SET_ID, "S2", CITATION, deadline).reads(standaloneThreshold),
        FindingFactory.of(SocietiesPlan.SET_ID, "S2", CITATION, deadline).reads(standaloneThreshold),
        standaloneThreshold.intValue(), ADVICE, MET);
  }
}
