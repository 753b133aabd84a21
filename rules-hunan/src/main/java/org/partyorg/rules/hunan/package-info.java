/**
 * The rules B1–B22 of the Hunan benchmark plan (file 001); not exported.
 *
 * <p>One rule, one place: each rule class declares the sentences it cites, its parameters (with
 * their defaults and units) and its findings' keys next to its logic. {@link
 * org.partyorg.rules.hunan.FrequencyRule} serves B14, B16, B18 and B21 and declares each of its
 * instances, per rule id, as a static factory; {@link org.partyorg.rules.hunan.TalkRule} (B17) and
 * {@link org.partyorg.rules.hunan.InventoryRule} (B20, B22) do likewise. {@link
 * org.partyorg.rules.hunan.BenchmarkPlan} is the document and the set's id; {@link
 * org.partyorg.rules.hunan.HunanBenchmark2020} only lists the set's rules, parameters and
 * vocabulary.
 */
package org.partyorg.rules.hunan;
