package org.partyorg.rules.hubei;

import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.hubei.wuhan.Wuhan2016;

/** The service provider of {@code wuhan-2016}: Wuhan 2016, two-new organisations under 4201. */
public final class Wuhan2016Provider extends ForwardingPolicySet {
  public Wuhan2016Provider() {
    super(Wuhan2016.build());
  }
}
