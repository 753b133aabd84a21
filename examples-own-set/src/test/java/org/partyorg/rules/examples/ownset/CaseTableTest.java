package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partyorg.rules.io.cases.CaseCoverage;
import org.partyorg.rules.io.cases.CaseResult;
import org.partyorg.rules.io.cases.CaseTable;

/**
 * The set's table of cases, as an analyst of one's own set writes and runs it: one dynamic test
 * per case, and the table covers both sides of the staff and member thresholds and the day
 * before, of and after both deadlines.
 */
class CaseTableTest {
  private static final String TABLE = "cases/example-hightech-2026.yaml";

  private static List<CaseResult> results() throws IOException {
    try (InputStream in = CaseTableTest.class.getClassLoader().getResourceAsStream(TABLE)) {
      return CaseTable.read(TABLE, in).run(Fixtures.EVALUATOR);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseHolds() throws IOException {
    return results().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> assertTrue(r.passed(), r::diff)));
  }

  @Test
  void theTableCoversEveryEdge() throws IOException {
    // X3's rate is a register target: no single organisation's finding reads it
    assertEquals(List.of(), CaseCoverage.uncovered(Fixtures.EVALUATOR.policySet(Fixtures.SET_ID), results(),
        Set.of("stationCoverageRate")));
  }
}
