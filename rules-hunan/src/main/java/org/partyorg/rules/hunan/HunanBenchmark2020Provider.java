package org.partyorg.rules.hunan;

import org.partyorg.rules.core.rule.ForwardingPolicySet;

/** The service provider of {@code hunan-benchmark-2020}, found by {@link java.util.ServiceLoader}. */
public final class HunanBenchmark2020Provider extends ForwardingPolicySet {
  public HunanBenchmark2020Provider() {
    super(HunanBenchmark2020.build());
  }
}
