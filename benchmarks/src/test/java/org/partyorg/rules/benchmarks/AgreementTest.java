package org.partyorg.rules.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.benchmarks.drools.DroolsBaseline;
import org.partyorg.rules.benchmarks.drools.EnterpriseFact;
import org.partyorg.rules.core.Evaluator;

/**
 * The five paths the benchmarks measure give the same (policy set, rule id, outcome) multiset
 * for every record of the 100,000-record sample, which is the first 100,000 records of the
 * benchmarks' register. It checks answers only, never speed.
 */
class AgreementTest {
  private static final int BATCH = 1_000;

  private static Evaluator evaluator;
  private static DroolsBaseline drools;
  private static Organisation[] sample;

  @BeforeAll
  static void build() {
    evaluator = Evaluator.discover();
    drools = DroolsBaseline.build();
    sample = Workload.generate(Workload.DEFAULT_SEED, Workload.SAMPLE_SIZE);
  }

  @Test
  void allFivePathsAgreeOnEveryRecordOfTheSample() {
    assertAgreement(sample, Workload.AS_OF);
  }

  /**
   * Before 2016-08-14 the Wuhan document is not yet issued, while Liaoning's (2016-08-03) is in
   * force: every path must leave the Wuhan records without findings and still assess the others.
   */
  @Test
  void allFivePathsAgreeBetweenTheTwoDocumentsDates() {
    LocalDate between = LocalDate.of(2016, 8, 10);
    Organisation[] records = Arrays.copyOf(sample, 2 * BATCH);
    Map<String, int[][]> answers = assertAgreement(records, between);
    int[][] library = answers.get("evaluatorAssess");
    int wuhan = 0;
    for (int i = 0; i < records.length; i++) {
      if (records[i].getDivisionCode().startsWith("4201")) {
        wuhan++;
        assertEquals(0, library[i].length, "a Wuhan record assessed before the document's date");
      } else {
        assertTrue(library[i].length > 0, "a Liaoning record without findings");
      }
    }
    assertTrue(wuhan > 0 && wuhan < records.length, "both regions among the records");
  }

  /** Runs the five paths over the records and fails on the first record where they differ. */
  private static Map<String, int[][]> assertAgreement(Organisation[] records, LocalDate asOf) {
    Map<String, int[][]> answers = new LinkedHashMap<>();
    int[][] validating = new int[records.length][];
    int[][] prevalidated = new int[records.length][];
    int[][] handWritten = new int[records.length][];
    int[][] droolsPerRecord = new int[records.length][];
    int[][] droolsBatch = new int[records.length][];
    int[] out = new int[Codes.MAX_PER_RECORD];
    for (Organisation record : records) {
      evaluator.validator().validate(record); // the pre-validated path's records are validated once, here
    }
    for (int i = 0; i < records.length; i++) {
      Organisation record = records[i];
      validating[i] = Codes.of(List.of(evaluator.assess(record, asOf)));
      List<Assessment> perSet = new ArrayList<>(1);
      for (PolicySet set : evaluator.applicableSets(record, asOf)) {
        perSet.add(set.assess(record, asOf));
      }
      prevalidated[i] = Codes.of(perSet);
      handWritten[i] = Codes.sorted(out, HandWritten.assess(record, asOf, out));
      droolsPerRecord[i] = drools.assess(record, asOf).codes();
    }
    for (int from = 0; from < records.length; from += BATCH) {
      List<EnterpriseFact> facts = new ArrayList<>(BATCH);
      for (int i = from; i < Math.min(from + BATCH, records.length); i++) {
        facts.add(EnterpriseFact.of(records[i], asOf));
      }
      drools.assessBatch(facts);
      for (int k = 0; k < facts.size(); k++) {
        droolsBatch[from + k] = facts.get(k).codes();
      }
    }
    answers.put("evaluatorAssess", validating);
    answers.put("setsAssessPrevalidated", prevalidated);
    answers.put("handWritten", handWritten);
    answers.put("droolsPerRecord", droolsPerRecord);
    answers.put("droolsBatch1000", droolsBatch);
    for (int i = 0; i < records.length; i++) {
      for (Map.Entry<String, int[][]> path : answers.entrySet()) {
        if (!Arrays.equals(validating[i], path.getValue()[i])) {
          StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
              "record %d on %s: %s differs from evaluatorAssess%n  record: %s%n", i, asOf, path.getKey(), records[i]));
          for (Map.Entry<String, int[][]> each : answers.entrySet()) {
            message.append(String.format(Locale.ROOT, "  %-22s %s%n", each.getKey(), Codes.describe(each.getValue()[i])));
          }
          fail(message.toString());
        }
      }
    }
    return answers;
  }

  /** The workload's findings are exactly those its javadoc names, with every outcome it names. */
  @Test
  void theSampleExercisesExactlyTheNamedRulesAndOutcomes() {
    List<String> expected = List.of(
        "wuhan-2016/W2 SATISFIED", "wuhan-2016/W2 VIOLATED",
        "wuhan-2016/W3 SATISFIED", "wuhan-2016/W3 VIOLATED",
        "wuhan-2016/N1 SATISFIED", "wuhan-2016/N1 VIOLATED",
        "wuhan-2016/N2 SATISFIED", "wuhan-2016/N2 ADVISORY", "wuhan-2016/N2 VIOLATED",
        "wuhan-2016/N3 SATISFIED", "wuhan-2016/N3 VIOLATED",
        "wuhan-2016/W7 VIOLATED",
        "wuhan-2016/W8 SATISFIED", "wuhan-2016/W8 ADVISORY",
        "wuhan-2016/W12 ADVISORY",
        "liaoning-2016/L3 SATISFIED", "liaoning-2016/L3 VIOLATED",
        "liaoning-2016/L4 SATISFIED", "liaoning-2016/L4 VIOLATED",
        "liaoning-2016/L5 SATISFIED", "liaoning-2016/L5 VIOLATED",
        "liaoning-2016/N1 SATISFIED", "liaoning-2016/N1 VIOLATED",
        "liaoning-2016/N2 SATISFIED", "liaoning-2016/N2 ADVISORY", "liaoning-2016/N2 VIOLATED",
        "liaoning-2016/N3 SATISFIED", "liaoning-2016/N3 VIOLATED",
        "liaoning-2016/L10 SATISFIED", "liaoning-2016/L10 VIOLATED",
        "liaoning-2016/L11 SATISFIED", "liaoning-2016/L11 VIOLATED",
        "liaoning-2016/L13 SATISFIED", "liaoning-2016/L13 ADVISORY");
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Organisation record : sample) {
      for (int code : Codes.of(List.of(evaluator.assess(record, Workload.AS_OF)))) {
        seen.merge(Codes.describe(code), 1, Integer::sum);
      }
    }
    assertEquals(expected.stream().sorted().toList(), seen.keySet().stream().sorted().toList(),
        "findings seen with their counts: " + seen);
    // every outcome of every exercised rule is common, not a stray case
    seen.forEach((finding, count) -> assertTrue(count >= 100, finding + " only " + count + " times"));
  }
}
