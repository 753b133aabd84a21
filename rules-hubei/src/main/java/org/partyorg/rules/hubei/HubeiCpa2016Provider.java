package org.partyorg.rules.hubei;

import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.hubei.cpa.HubeiCpa2016;

/** The service provider of {@code hubei-cpa-2016}: accounting firms in Hubei (42). */
public final class HubeiCpa2016Provider extends ForwardingPolicySet {
  public HubeiCpa2016Provider() {
    super(HubeiCpa2016.build());
  }
}
