package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.hubei.support.JointGuidance;

/**
 * W8: how an organisation with party members but fewer formal members than N1's threshold forms
 * a joint organisation, by 2016-11-20. The document says "may" (可按照) and names the ways, so
 * without a joint organisation the finding is advisory ({@code W8.grouping}); and it sets no cap
 * on the organisations one covers, only "a reasonable number", so with one it is satisfied and
 * reports the number covered ({@code W8.size}). It applies where N2 does.
 */
final class JointGuidanceRule extends JointGuidance {
  /** 二（四）3, the grouping principles: the sentence N2 rests on too. */
  static final Citation GROUPING_CITATION = WuhanPlan.N2;
  /** 二（四）3: no cap on the number of organisations covered. */
  static final Citation SIZE_CITATION = WuhanPlan.cite("二（四）3", "要按照便于党组织开展活动、有利于党员发挥作用的原则，合理确定联合组建企业（单位）数");

  private static final MessageTemplate ADVICE = WuhanPlan.MESSAGES.template("W8.grouping.advice");
  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W8.size.met");

  /** @param standaloneThreshold N1's formal members (the baseline's parameter), after a what-if */
  JointGuidanceRule(Parameter standaloneThreshold, Parameter deadline) {
    super(
        FindingFactory.of(WuhanPlan.SET_ID, "W8", GROUPING_CITATION, deadline).reads(standaloneThreshold).keyed("grouping"),
        FindingFactory.of(WuhanPlan.SET_ID, "W8", SIZE_CITATION, deadline).reads(standaloneThreshold).keyed("size"),
        standaloneThreshold.intValue(), ADVICE, MET);
  }
}
