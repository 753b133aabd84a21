package org.partyorg.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.WhatIfDiff;
import org.partyorg.rules.register.planner.JointPlan;
import org.partyorg.rules.register.planner.JointPlanner;

/**
 * What the register benchmarks measure is right on small registers: the parallel report equals
 * the sequential one and accounts for every record, the planner reaches its bound with groups
 * within the cap, and the what-if diff moves only what the threshold touches.
 */
class RegisterBenchmarkTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();

  @Test
  void theReportAccountsForEveryRecordAndAParallelRunEqualsASequentialOne() {
    CoverageReport parallel = RegisterBenchmark.report(EVALUATOR, 20_000);
    CoverageReport sequential = CoverageReport.of(EVALUATOR, RegisterWorkload.AS_OF)
        .baseline("liaoning-2016", "jointOrganisationGrowth", 1_000)
        .over(RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, 20_000));
    assertEquals(sequential, parallel);
    assertEquals(20_000, parallel.read());
    assertEquals(parallel.read(), parallel.assessed() + parallel.excluded() + parallel.rejected());
    assertTrue(parallel.rejected() > 0);
    assertTrue(parallel.targets().size() >= 10, parallel.targets().toString());
  }

  @Test
  void thePlannerReachesItsBoundWithinLiaoningsCap() {
    List<Organisation> candidates = RegisterWorkload.candidates(RegisterWorkload.DEFAULT_SEED, 20_000);
    JointPlan plan = JointPlanner.forSet(EVALUATOR.policySet("liaoning-2016")).plan(candidates);
    assertEquals(20_000, plan.candidates());
    assertTrue(plan.placed() > 15_000, "placed " + plan.placed());
    assertTrue(plan.placed() <= plan.upperBound());
    assertTrue(plan.proposals().stream().allMatch(p -> p.organisations() <= 3 && p.formalMembers() >= 3));
    assertEquals(plan.placed(), plan.proposals().stream().mapToInt(p -> p.organisations()).sum());
  }

  @Test
  void theDiffMovesOnlyWhatTheThresholdTouches() {
    WhatIfDiff diff = RegisterBenchmark.diff(EVALUATOR, RegisterBenchmark.whatIf(EVALUATOR), 20_000);
    assertTrue(diff.changedOrganisations() > 0);
    assertTrue(diff.changed().stream().allMatch(c -> c.changes().stream().allMatch(
        change -> change.getPolicySetId().equals("wuhan-2016"))), diff.changed().toString());
    assertTrue(diff.target("wuhan-2016", "enterprisesWithOrganisation").moved());
    assertTrue(diff.targets().stream().filter(WhatIfDiff.TargetMove::moved)
        .allMatch(m -> m.policySetId().equals("wuhan-2016")), diff.toString());
  }
}
