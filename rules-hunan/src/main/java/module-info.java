/**
 * The Hunan CPA and asset-appraisal "benchmark" plan of 2020 as a policy set
 * ({@code hunan-benchmark-2020}). Exports nothing: callers reach it through
 * {@link org.partyorg.rules.api.PolicySet} and the evaluator of {@code rules-core}.
 */
module org.partyorg.rules.hunan {
  requires org.partyorg.rules.core;

  provides org.partyorg.rules.api.PolicySet with org.partyorg.rules.hunan.HunanBenchmarkProvider;
}
