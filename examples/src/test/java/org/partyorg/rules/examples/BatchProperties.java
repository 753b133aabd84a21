package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.Violation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/**
 * {@link Evaluator#assessAll} over every discovered policy set keeps its promise for any mix of
 * valid records, records broken one field at a time (the edges of every range among them) and
 * null elements: one result per element, at its position; a valid record assessed, a broken one
 * rejected naming the broken field, a null one rejected; and no rule ever fails.
 */
class BatchProperties {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final int RECORDS = 6;

  /** A record and, when it was broken, the field it was broken at. */
  private record Entry(Organisation organisation, String brokenField) {}

  private record Batch(List<Entry> entries, LocalDate asOf) {}

  private static final Gen<Organisation> VALID = OrganisationGen.builder().build();

  private static final Gen<Entry> ENTRY = Gens.frequencyOneOf(
      VALID.map(o -> new Entry(o, null)),
      VALID.map(o -> new Entry(o, null)),
      InvalidOrganisationGen.oneFieldBroken(VALID).map(i -> new Entry(i.organisation(), i.field())),
      InvalidOrganisationGen.oneFieldBroken(VALID).map(i -> new Entry(i.organisation(), i.field())),
      Gens.constant(new Entry(null, null)));

  private static final Gen<Batch> BATCHES;

  static {
    List<Gen<?>> parts = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      parts.add(ENTRY);
    }
    // every set's period, from the first document's date to long after the last
    parts.add(Gens.dates(LocalDate.of(2016, 8, 3), LocalDate.of(2030, 12, 31),
        LocalDate.of(2016, 11, 20), LocalDate.of(2016, 11, 30), LocalDate.of(2020, 7, 24)));
    BATCHES = Gens.combine(parts, v -> {
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        entries.add((Entry) v.get(i));
      }
      return new Batch(entries, (LocalDate) v.get(RECORDS));
    });
  }

  @Test
  void everyElementComesBackAssessedOrRejectedAtItsPositionAndNoRuleFails() {
    Property.forAll(BATCHES).tries(300).check(batch -> {
      List<AssessmentResult> results = EVALUATOR.assessAll(
          batch.entries().stream().map(Entry::organisation), batch.asOf()).toList();
      assertEquals(batch.entries().size(), results.size());
      for (int i = 0; i < results.size(); i++) {
        Entry entry = batch.entries().get(i);
        AssessmentResult result = results.get(i);
        assertEquals(i, result.getIndex());
        assertTrue(result.getFailure().isEmpty(), () -> "a rule failed on " + entry + ": " + result.getRejections());
        if (entry.organisation() == null) {
          assertEquals("", result.getRejections().get(0).getField());
        } else if (entry.brokenField() != null) {
          List<String> fields = result.getRejections().stream().map(Violation::getField).toList();
          assertTrue(fields.contains(entry.brokenField()), () -> "expected " + entry.brokenField() + " among " + fields);
          for (Violation v : result.getRejections()) {
            assertTrue(v.getMessageZh().length() < 400 && v.getMessageEn().length() < 400, v::toString);
            assertTrue(v.getMessageZh().chars().noneMatch(c -> c < 0x20), v::toString);
          }
        } else {
          assertTrue(result.isAssessed(), () -> "a valid record was rejected: " + result.getRejections());
        }
      }
    });
  }
}
