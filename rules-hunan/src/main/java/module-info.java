/**
 * The Hunan CPA and asset-appraisal "benchmark" plan of 2020 as a policy set
 * ({@code hunan-benchmark-2020}): callers reach it through
 * {@link org.partyorg.rules.api.PolicySet} and the evaluator of {@code rules-core}. Exports one
 * package, {@code org.partyorg.rules.hunan.quota}: the check of a candidate list against the
 * plan's selection quotas, which only this set declares; the rules themselves are not exported.
 */
module org.partyorg.rules.hunan {
  requires org.partyorg.rules.core;
  // transitive: the exported quota package speaks of the API's Parameter
  requires transitive org.partyorg.rules.api;

  exports org.partyorg.rules.hunan.quota;

  provides org.partyorg.rules.api.PolicySet with org.partyorg.rules.hunan.HunanBenchmark2020Provider;
}
