package org.partyorg.rules.hunan;

import org.partyorg.rules.core.rule.ForwardingPolicySet;

/** The service provider of {@code hunan-benchmark-2020}, found by {@link java.util.ServiceLoader}. */
public final class HunanBenchmarkProvider extends ForwardingPolicySet {
  public HunanBenchmarkProvider() {
    super(HunanBenchmark2020.build());
  }
}
