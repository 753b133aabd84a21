package org.partyorg.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;

/**
 * The register benchmarks' register is deterministic, every 2016 set with register targets meets
 * a share of it, and its invalid records are the ones it means to be invalid.
 */
class RegisterWorkloadTest {
  private static final int N = 20_000;

  @Test
  void aRecordDependsOnlyOnTheSeedAndItsIndex() {
    List<Organisation> sequential = RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, 2_000).toList();
    List<Organisation> parallel = RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, 2_000).parallel().toList();
    assertEquals(sequential, parallel);
    assertEquals(sequential.get(1_234), RegisterWorkload.record(RegisterWorkload.DEFAULT_SEED, 1_234));
  }

  @Test
  void everySetWithTargetsMeetsItsShareAndOnlyTheMeantRecordsAreRejected() {
    Evaluator evaluator = Evaluator.discover();
    Map<String, Long> bySet = new TreeMap<>();
    long rejected = 0;
    long meantInvalid = 0;
    for (AssessmentResult result : evaluator.assessAll(
        RegisterWorkload.stream(RegisterWorkload.DEFAULT_SEED, N), RegisterWorkload.AS_OF).toList()) {
      Organisation record = RegisterWorkload.record(RegisterWorkload.DEFAULT_SEED, (int) result.getIndex());
      boolean meant = record.getHeadCount().isPresent()
          && record.getFormalMembers().getAsInt() > record.getHeadCount().getAsInt();
      meantInvalid += meant ? 1 : 0;
      if (!result.isAssessed()) {
        rejected++;
        assertTrue(meant, () -> "record " + result.getIndex() + " rejected: " + result.getRejections());
        continue;
      }
      for (PolicySet set : evaluator.applicableSets(record, RegisterWorkload.AS_OF)) {
        bySet.merge(set.id(), 1L, Long::sum);
      }
    }
    assertEquals(meantInvalid, rejected);
    assertTrue(rejected > 0 && rejected < N / 200, "rejected " + rejected);
    Map<String, Long> expectedShare = Map.of(
        "wuhan-2016", N * 45L / 100, "liaoning-2016", N * 45L / 100,
        // Hubei's accounting firms, and Wuhan's too: a Wuhan accounting firm is under both sets
        "hubei-cpa-2016", N * 5L / 100 + N * 45L / 100 / 3 / 6, "hubei-science-societies-2016", N * 5L / 100);
    expectedShare.forEach((id, share) -> {
      long seen = bySet.getOrDefault(id, 0L);
      assertTrue(seen > share * 8 / 10 && seen < share * 13 / 10, id + " applies to " + seen + " of " + N + ": " + bySet);
    });
    assertEquals(expectedShare.keySet(), bySet.keySet().stream().filter(expectedShare::containsKey).collect(Collectors.toSet()));
  }
}
