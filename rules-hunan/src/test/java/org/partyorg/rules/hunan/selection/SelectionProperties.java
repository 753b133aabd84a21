package org.partyorg.rules.hunan.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.hunan.quota.QuotaCheck;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.MessageChecks;
import org.partyorg.rules.testkit.Property;

/** What holds for every application and every batch, whatever is filled in or left out. */
class SelectionProperties {
  private static final LocalDate DUE = Forms.DUE;

  private static Optional<Result> result(Review review, String key) {
    return review.results().stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** Applications near every boundary: lengths 499–501, dates around the due date and the 3 years, wrong fields. */
  static Gen<Application> applications() {
    Gen<Optional<String>> names = Gens.optional(Gens.oneOf("湖南测试会计师事务所党支部", " \u3000", "党\n支部", "支".repeat(201)));
    Gen<Optional<LocalDate>> founded = Gens.optional(
        Gens.dates(LocalDate.of(1920, 1, 1), LocalDate.of(2020, 9, 1), LocalDate.of(2017, 8, 15), LocalDate.of(2017, 8, 16)));
    Gen<OptionalInt> counts = Gens.optionalInts(Gens.ints(-1, 200, 0));
    Gen<Optional<String>> bases = Gens.optional(Gens.combine(
        List.of(Gens.ints(1, 502, 499, 500, 501), Gens.oneOf("事", "𠀀", "a")), parts -> ((String) parts.get(1)).repeat((Integer) parts.get(0))));
    Gen<Optional<LocalDate>> submitted = Gens.optional(
        Gens.dates(LocalDate.of(2020, 7, 20), LocalDate.of(2020, 9, 30), DUE));
    Gen<Integer> channel = Gens.ints(0, 4);
    Gen<Optional<LocalDate>> penalty = Gens.optional(
        Gens.dates(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 9, 30), LocalDate.of(2017, 8, 15)));
    Gen<Integer> practice = Gens.ints(0, 3);
    Gen<Integer> who = Gens.ints(1, 6);
    return Gens.combine(List.of(names, founded, names, counts, counts, bases, submitted, channel, penalty, practice, who),
        p -> build(p));
  }

  @SuppressWarnings("unchecked")
  private static Application build(List<Object> p) {
    Optional<LocalDate> founded = (Optional<LocalDate>) p.get(1);
    int n = (Integer) p.get(10);
    Application.Builder b = Application.builder()
        .partyOrganisationName((Optional<String>) p.get(0))
        .foundingDate(founded)
        .secretary((Optional<String>) p.get(2))
        .headCount((OptionalInt) p.get(3))
        .members((OptionalInt) p.get(4))
        .basis((Optional<String>) p.get(5))
        .submitted((Optional<LocalDate>) p.get(6));
    switch ((Integer) p.get(7)) {
      case 0 -> b.city("430100");
      case 1 -> b.city("430200");
      case 2 -> b.directlyManaged(true);
      case 3 -> b.city("439900");
      default -> { }
    }
    int practice = (Integer) p.get(9);
    if (practice > 0) {
      Organisation record = Forms.practice(n, founded.filter(d -> d.getYear() >= 1922 && practice == 1).orElse(null));
      Optional<LocalDate> penalty = (Optional<LocalDate>) p.get(8);
      record = record.withSanctionRecord(penalty.map(d -> SanctionRecord.of(Sanction.of(SanctionKind.ADMINISTRATIVE_PENALTY, d)))
          .orElse(SanctionRecord.none()));
      b.practice(practice == 3 ? record.withDivisionCode("4301") : record);
    }
    return b.build();
  }

  @Test
  void theFormIsCompleteExactlyWhenNoFieldIsMissingOrWrong() {
    Property.forAll(applications()).check(a -> {
      Review review = Forms.SELECTION.review(a);
      Outcome form = result(review, "B4.form").orElseThrow().outcome();
      assertEquals(review.problems().isEmpty(), form == Outcome.SATISFIED, review::toString);
      // a wrong field makes the application ineligible as it stands
      assertTrue(review.problems().isEmpty() || review.verdict() == Verdict.INELIGIBLE, review::toString);
    });
  }

  @Test
  void theBasisAndTheDueDateAreJudgedByCodePointsAndByTheDayInclusive() {
    Property.forAll(applications()).check(a -> {
      Review review = Forms.SELECTION.review(a);
      Optional<Result> basis = result(review, "B4.basis");
      assertEquals(a.getBasis().isPresent(), basis.isPresent());
      a.getBasis().ifPresent(text -> assertEquals(text.codePointCount(0, text.length()) <= 500,
          basis.get().outcome() == Outcome.SATISFIED, () -> text.length() + " units"));
      Outcome due = result(review, "B4.due").orElseThrow().outcome();
      assertEquals(a.getSubmitted().map(d -> d.isAfter(DUE) ? Outcome.VIOLATED : Outcome.SATISFIED).orElse(Outcome.UNDECIDED), due);
      // without a date of submission nothing that depends on it is decided
      if (a.getSubmitted().isEmpty()) {
        assertEquals(Outcome.UNDECIDED, result(review, "B1").orElseThrow().outcome());
        assertEquals(Outcome.UNDECIDED, result(review, "B2").orElseThrow().outcome());
      }
    });
  }

  @Test
  void everyTextPassesTheStyleChecksAndEveryValueShownIsBounded() {
    Property.forAll(applications()).tries(300).check(a -> {
      Review review = Forms.SELECTION.review(a);
      List<String> problems = new ArrayList<>();
      for (Problem p : review.problems()) {
        MessageChecks.chinese(p.messageZh()).forEach(m -> problems.add(m + ": " + p.messageZh()));
        MessageChecks.english(p.messageEn()).forEach(m -> problems.add(m + ": " + p.messageEn()));
        p.value().ifPresent(v -> assertTrue(v.codePointCount(0, v.length()) <= 64 + "…(10000 chars)".length(), v));
      }
      for (Result r : review.results()) {
        MessageChecks.chinese(r.messageZh()).forEach(m -> problems.add(m + ": " + r.messageZh()));
        MessageChecks.english(r.messageEn()).forEach(m -> problems.add(m + ": " + r.messageEn()));
      }
      assertEquals(List.of(), problems);
    });
  }

  /** Nothing in a batch changes another's review, and the order of the batch changes nothing. */
  @Test
  void aBatchReviewsEachAsAloneAndItsOrderDoesNotMatter() {
    Gen<List<Application>> batches = random -> {
      SplittableRandom r = random.split();
      int size = r.nextInt(0, 8);
      List<Application> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(applications().sample(r));
      }
      return org.partyorg.rules.testkit.Shrinkable.of(list, java.util.stream.Stream::empty);
    };
    Property.forAll(batches).tries(150).check(list -> {
      BatchReview batch = Forms.SELECTION.review(list);
      for (int i = 0; i < list.size(); i++) {
        Review alone = Forms.SELECTION.review(list.get(i));
        Review inBatch = batch.reviews().get(i);
        assertEquals(alone.problems(), inBatch.problems());
        assertEquals(alone.results(), inBatch.results());
        assertEquals(i + 1, inBatch.position());
      }
      List<Application> reversed = new ArrayList<>(list);
      Collections.reverse(reversed);
      BatchReview other = Forms.SELECTION.review(reversed);
      assertEquals(breaches(batch), breaches(other));
      assertEquals(batch.directlyManaged(), other.directlyManaged());
      assertEquals(batch.cityLevel(), other.cityLevel());
      assertTrue(batch.cityLevel().eligible() <= Math.min(14, batch.reviews(Verdict.ELIGIBLE).size()));
      // every named over-quota city is a breach, its positions are its recommendations
      assertEquals(batch.cityBreaches().size(), batch.overQuota().size());
      for (BatchReview.OverQuota over : batch.overQuota()) {
        assertTrue(over.positions().size() >= over.breach().count(), over::toString);
        assertEquals(List.of(), MessageChecks.chinese(over.messageZh()), over.messageZh());
        assertEquals(List.of(), MessageChecks.english(over.messageEn()), over.messageEn());
      }
      for (BatchReview.Total total : List.of(batch.directlyManaged(), batch.cityLevel())) {
        assertEquals(List.of(), MessageChecks.chinese(total.messageZh()), total.messageZh());
        assertEquals(List.of(), MessageChecks.english(total.messageEn()), total.messageEn());
      }
    });
  }

  private static Map<String, Integer> breaches(BatchReview batch) {
    Map<String, Integer> counts = new TreeMap<>();
    for (QuotaCheck.Breach b : batch.cityBreaches()) {
      counts.put(b.group(), b.count());
    }
    return counts;
  }
}
