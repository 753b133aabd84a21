package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;

/** The README's main job: every sample is valid, reached by a set on its date, and printed. */
class AssessSamplesTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();

  private static String run(LocalDate asOf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessSamples.run(EVALUATOR, SampleOrganisations.all(), asOf, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everySampleIsValidAndEverySetIsUsedBySomeSample() {
    List<Organisation> samples = SampleOrganisations.all();
    for (Organisation sample : samples) {
      assertEquals(List.of(), EVALUATOR.validator().violations(sample), sample::getName);
    }
    for (PolicySet set : EVALUATOR.policySets()) {
      assertTrue(samples.stream().anyMatch(s -> set.appliesTo(s, SampleOrganisations.asOf(s))),
          () -> "no sample shows " + set.id());
    }
  }

  @Test
  void theRunPrintsEachSampleWithItsFindingsAndSources() {
    String out = run(null);
    for (Organisation sample : SampleOrganisations.all()) {
      assertTrue(out.contains("■ " + sample.getName()), sample::getName);
    }
    assertFalse(out.contains("no policy set applies"), out);
    assertTrue(out.contains("wuhan-2016 W3 VIOLATED  by 2016-11-30 (OVERDUE)"), out);
    assertTrue(out.contains("2020年第三季度未召开党员大会"), out);
    assertTrue(out.contains("source: 004_eef17925aec6244e.txt"), out);
    assertTrue(out.contains("wuhan-2016 W5.entities SATISFIED"), "findings are shown by their keys: " + out);
    assertTrue(out.contains("! the sets disagree on N2:"), "the Wuhan society's conflict is shown: " + out);
  }

  @Test
  void oneDateForAllRejectsTheHunanSampleWhoseBranchDidNotExistYet() {
    String out = run(LocalDate.of(2016, 12, 1));
    assertTrue(out.contains("as of 2016-12-01"), out);
    assertTrue(out.contains("not assessed on this date:"), out);
    assertTrue(out.contains("晚于评估基准日2016年12月1日"), "the Hunan sample's branch did not exist in 2016: " + out);
  }
}
