/**
 * A policy set written the way a user writes their own, against {@code rules-core} only: the
 * fictional notice 示例文件（虚构，仅作演示）：某高新区关于在高新技术企业建立党群服务站的通知, as
 * the set {@code example-hightech-2026}, found as a service beside the bundled sets.
 *
 * <p>The module exports nothing: callers reach the set through the evaluator, and name its words
 * by their codes ({@code Trait.of("HIGH_TECH")}, the extra fact {@code serviceStation}).
 */
module org.partyorg.rules.examples.ownset {
  requires org.partyorg.rules.core;

  provides org.partyorg.rules.api.PolicySet with
      org.partyorg.rules.examples.ownset.HighTechStations2026Provider;
}
