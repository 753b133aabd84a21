package org.partyorg.rules.liaoning;

import org.partyorg.rules.core.rule.ForwardingPolicySet;

/** The service provider of {@code liaoning-2016}; see {@link Liaoning2016}. */
public final class Liaoning2016Provider extends ForwardingPolicySet {
  public Liaoning2016Provider() {
    super(Liaoning2016.build());
  }
}
