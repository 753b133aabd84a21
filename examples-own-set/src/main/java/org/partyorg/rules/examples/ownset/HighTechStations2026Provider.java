package org.partyorg.rules.examples.ownset;

import org.partyorg.rules.core.rule.ForwardingPolicySet;

/**
 * The service provider of {@code example-hightech-2026} (a fictional document; see
 * {@link HighTechStations2026}): registered in {@code module-info.java} and in
 * {@code META-INF/services/org.partyorg.rules.api.PolicySet}. Public, with a public no-argument
 * constructor, as {@link java.util.ServiceLoader} needs; its package is not exported.
 */
public final class HighTechStations2026Provider extends ForwardingPolicySet {
  public HighTechStations2026Provider() {
    super(HighTechStations2026.build());
  }
}
