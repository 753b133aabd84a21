package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.OrganisationValidator;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.Shrinkable;

/** Properties of the audit rules over generated activity records. */
class AuditProperties {
  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2021, 12, 31);
  private static final List<String> PEOPLE = List.of("书记", "委员甲", "纪检乙", "党员丙", "党员丁");
  private static final OrganisationValidator VALIDATOR = OrganisationValidator.create();
  /** Quarter ends and the first days after them, where the boundaries are. */
  private static final LocalDate[] BOUNDARIES = IntStream.rangeClosed(1, 4)
      .mapToObj(q -> LocalDate.of(2021, q * 3, 1).withDayOfMonth(LocalDate.of(2021, q * 3, 1).lengthOfMonth()))
      .toArray(LocalDate[]::new);

  private static Gen<ActivityEvent> events() {
    return Gens.combine(
        List.of(Gens.oneOf(ActivityKind.values()), Gens.dates(FROM, TO, BOUNDARIES), Gens.oneOf(PEOPLE), Gens.oneOf(PEOPLE)),
        v -> {
          ActivityKind kind = (ActivityKind) v.get(0);
          LocalDate date = (LocalDate) v.get(1);
          String other = v.get(3).equals("书记") ? (String) v.get(2) : (String) v.get(3);
          return kind == ActivityKind.TALK && !other.equals("书记")
              ? ActivityEvent.talk(date, "书记", other)
              : ActivityEvent.of(kind == ActivityKind.TALK ? ActivityKind.COLLECTIVE_STUDY : kind, date);
        });
  }

  /** Lists of up to {@code max} elements; a list shrinks by dropping one element at a time. */
  private static <T> Gen<List<T>> lists(Gen<T> element, int max) {
    return random -> {
      int size = random.nextInt(max + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(element.sample(random));
      }
      return shrinkingList(values);
    };
  }

  private static <T> Shrinkable<List<T>> shrinkingList(List<T> values) {
    return Shrinkable.of(List.copyOf(values), () -> IntStream.range(0, values.size()).mapToObj(i -> {
      List<T> smaller = new ArrayList<>(values);
      smaller.remove(i);
      return shrinkingList(smaller);
    }));
  }

  private record Case(Organisation organisation, ActivityEvent added, LocalDate asOf) {}

  private static Gen<Case> cases() {
    return Gens.combine(
        List.of(lists(events(), 40), events(), Gens.dates(FROM, LocalDate.of(2022, 3, 31), BOUNDARIES),
            Gens.optional(Gens.dates(LocalDate.of(2020, 1, 1), TO, BOUNDARIES)), Gens.ints(1, 20, 7, 3),
            Gens.booleans()),
        v -> {
          @SuppressWarnings("unchecked")
          List<ActivityEvent> events = (List<ActivityEvent>) v.get(0);
          @SuppressWarnings("unchecked")
          Optional<LocalDate> founded = (Optional<LocalDate>) v.get(3);
          boolean committee = (Boolean) v.get(5);
          return new Case(organisation(events, founded, (Integer) v.get(4), committee),
              (ActivityEvent) v.get(1), (LocalDate) v.get(2));
        });
  }

  private static Organisation organisation(
      List<ActivityEvent> events, Optional<LocalDate> founded, int formal, boolean committee) {
    BranchCommittee.Builder leadership = BranchCommittee.builder().secretary("书记").disciplineInspector("纪检乙");
    if (committee) {
      leadership.addMembers("委员甲");
    }
    BranchStructure structure = BranchStructure.builder()
        .committee(leadership.build())
        .members(PEOPLE.stream().map(PartyMember::formal).toList())
        .build();
    Organisation firm = Fixtures.firmWithBranch(formal);
    return firm.withPartyOrganisation(firm.getPartyOrganisation().orElseThrow()
        .withFoundingDate(founded).withStructure(structure)
        .withActivityRecord(ActivityRecord.of(FROM, TO).withEvents(events)));
  }

  private static Organisation withEvents(Organisation organisation, List<ActivityEvent> events, LocalDate from, LocalDate to) {
    PartyOrganisation party = organisation.getPartyOrganisation().orElseThrow();
    return organisation.withPartyOrganisation(
        party.withActivityRecord(ActivityRecord.of(from, to).withEvents(events)));
  }

  /** Each violated finding as rule id and quoted sentence (B16 has three). */
  private static Set<String> violated(Organisation organisation, LocalDate asOf) {
    Set<String> result = new TreeSet<>();
    for (Finding finding : Fixtures.SET.assess(organisation, asOf).getFindings()) {
      if (finding.getOutcome() == Outcome.VIOLATED) {
        result.add(finding.getRuleId() + " " + finding.getCitation().getQuote());
      }
    }
    return result;
  }

  @Test
  void addingAnActivityNeverCreatesAViolation() {
    Property.forAll(cases()).check(c -> {
      assertEquals(List.of(), VALIDATOR.violations(c.organisation()));
      List<ActivityEvent> more = new ArrayList<>(c.organisation().getPartyOrganisation().orElseThrow()
          .getActivityRecord().orElseThrow().getEvents());
      more.add(c.added());
      Organisation after = withEvents(c.organisation(), more, FROM, TO);
      Set<String> before = violated(c.organisation(), c.asOf());
      Set<String> now = violated(after, c.asOf());
      assertTrue(before.containsAll(now), () -> "adding " + c.added() + " created " + diff(now, before));
    });
  }

  private static Set<String> diff(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  /** The missing periods of the quarterly rules (B16's general meeting, B18), in order. */
  private static List<String> quarterlyGaps(Organisation organisation, LocalDate asOf) {
    List<String> gaps = new ArrayList<>();
    for (Finding finding : Fixtures.SET.assess(organisation, asOf).getFindings()) {
      boolean quarterly = finding.getRuleId().equals("B18")
          || finding.getCitation().equals(FrequencyRule.B16_GENERAL_MEETING);
      if (quarterly) {
        finding.fact("missingPeriods").ifPresent(p -> ((List<?>) p).forEach(x -> gaps.add(finding.getRuleId() + " " + x)));
      }
    }
    return gaps;
  }

  @Test
  void anAuditOfTheYearIsTheUnionOfTheAuditsOfItsQuartersForTheQuarterlyRules() {
    Property.forAll(cases()).check(c -> {
      LocalDate asOf = LocalDate.of(2022, 1, 15);
      List<ActivityEvent> all = c.organisation().getPartyOrganisation().orElseThrow()
          .getActivityRecord().orElseThrow().getEvents();
      Set<String> union = new TreeSet<>();
      for (int q = 0; q < 4; q++) {
        LocalDate start = FROM.plusMonths(3L * q);
        LocalDate end = start.plusMonths(3).minusDays(1);
        List<ActivityEvent> inQuarter = all.stream()
            .filter(e -> !e.getDate().isBefore(start) && !e.getDate().isAfter(end)).toList();
        union.addAll(quarterlyGaps(withEvents(c.organisation(), inQuarter, start, end), asOf));
      }
      assertEquals(union, new TreeSet<>(quarterlyGaps(c.organisation(), asOf)));
    });
  }

  @Test
  void theGeneratorReachesBothOutcomesOfTheQuarterlyRule() {
    // guards the properties above against a generator that only ever makes one kind of case
    Set<Outcome> seen = new TreeSet<>();
    Property.forAll(cases()).tries(200).seed(42).check(c -> Fixtures.findings(c.organisation(), LocalDate.of(2022, 1, 15), "B18")
        .forEach(f -> seen.add(f.getOutcome())));
    assertTrue(seen.containsAll(Set.of(Outcome.SATISFIED, Outcome.VIOLATED)), seen::toString);
  }
}
