/**
 * The Hunan CPA and asset-appraisal "benchmark" plan of 2020 as a policy set
 * ({@code hunan-benchmark-2020}): callers reach it through
 * {@link org.partyorg.rules.api.PolicySet} and the evaluator of {@code rules-core}. Exports two
 * packages: {@code org.partyorg.rules.hunan.quota}, the check of a candidate list against the
 * plan's selection quotas, which only this set declares; and
 * {@code org.partyorg.rules.hunan.selection}, the review of applications (附件1) and of a batch
 * against those quotas. The rules themselves are not exported.
 */
module org.partyorg.rules.hunan {
  // transitive: the exported selection package speaks of the engine's OrganisationValidator
  requires transitive org.partyorg.rules.core;
  // transitive: the exported quota package speaks of the API's Parameter
  requires transitive org.partyorg.rules.api;
  requires static org.immutables.value.annotations;

  exports org.partyorg.rules.hunan.quota;
  exports org.partyorg.rules.hunan.selection;

  provides org.partyorg.rules.api.PolicySet with org.partyorg.rules.hunan.HunanBenchmark2020Provider;
}
