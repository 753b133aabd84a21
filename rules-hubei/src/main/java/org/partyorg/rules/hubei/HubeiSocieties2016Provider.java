package org.partyorg.rules.hubei;

import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.hubei.societies.HubeiSocieties2016;

/** The service provider of {@code hubei-science-societies-2016}: the Hubei science association's societies. */
public final class HubeiSocieties2016Provider extends ForwardingPolicySet {
  public HubeiSocieties2016Provider() {
    super(HubeiSocieties2016.build());
  }
}
