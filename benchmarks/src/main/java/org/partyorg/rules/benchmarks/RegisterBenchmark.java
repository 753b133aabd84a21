package org.partyorg.rules.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.WhatIfDiff;
import org.partyorg.rules.register.planner.JointPlan;
import org.partyorg.rules.register.planner.JointPlanner;

/**
 * Issue 11's register figures, each one whole run timed on its own (single shot), on both cores:
 * <ul>
 *   <li>{@code coverageReport}: {@link RegisterWorkload#PROVINCE_SIZE 10,000,000} records
 *       generated as they are read, streamed in parallel into a {@link CoverageReport}, in a
 *       JVM whose heap is capped at 256 MB (goal: under 10 s);
 *   <li>{@code planner}: {@link RegisterWorkload#PLANNER_SIZE 1,000,000} enterprises with 1–2
 *       formal members planned into joint organisations under Liaoning's cap (goal: under 5 s);
 *       the candidates are built before the timing;
 *   <li>{@code whatIfDiff}: 1,000,000 records streamed once through the sets as written and
 *       through Wuhan with its 100-staff threshold at 80 (goal: under 5 s).
 * </ul>
 * Each returns its result so that nothing is optimised away; {@code RegisterBenchmarkTest} runs the
 * same calls on small registers in the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RegisterBenchmark {
  @Param({"10000000"})
  public int records;

  @Param({"1000000"})
  public int diffRecords;

  private Evaluator evaluator;
  private Evaluator wuhanAt80;
  private JointPlanner planner;

  @Setup(Level.Trial)
  public void setUp() {
    evaluator = Evaluator.discover();
    wuhanAt80 = whatIf(evaluator);
    planner = JointPlanner.forSet(evaluator.policySet("liaoning-2016"));
  }

  /** The planner's input: a state of its own, so that only the planner's fork builds it. */
  @State(Scope.Benchmark)
  public static class Candidates {
    @Param({"1000000"})
    public int candidates;

    List<Organisation> list;

    @Setup(Level.Trial)
    public void setUp() {
      list = RegisterWorkload.candidates(RegisterWorkload.DEFAULT_SEED, candidates);
    }
  }

  static Evaluator whatIf(Evaluator evaluator) {
    return evaluator.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
  }

  static CoverageReport report(Evaluator evaluator, int records) {
    return CoverageReport.of(evaluator, RegisterWorkload.AS_OF)
        .baseline("liaoning-2016", "jointOrganisationGrowth", 1_000)
        .over(RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, records).parallel());
  }

  static WhatIfDiff diff(Evaluator before, Evaluator after, int records) {
    return WhatIfDiff.of(before, after, RegisterWorkload.AS_OF)
        .over(RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, records).parallel());
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
  public CoverageReport coverageReport() {
    return report(evaluator, records);
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xms4g"})
  public JointPlan planner(Candidates input) {
    return planner.plan(input.list);
  }

  @Benchmark
  @Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
  public WhatIfDiff whatIfDiff() {
    return diff(evaluator, wuhanAt80, diffRecords);
  }
}
