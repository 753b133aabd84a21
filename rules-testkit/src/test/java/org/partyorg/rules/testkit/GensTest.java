package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Trait;

class GensTest {
  @Test
  void intsComeUpOnBothSidesOfEveryThresholdOften() {
    Gen<Integer> gen = Gens.ints(0, 2000, 50, 100);
    SplittableRandom random = new SplittableRandom(1);
    int near = 0;
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      int value = gen.sample(random);
      seen.add(value);
      if (Math.abs(value - 50) <= 1 || Math.abs(value - 100) <= 1) {
        near++;
      }
    }
    assertTrue(seen.containsAll(List.of(49, 50, 51, 99, 100, 101)), seen::toString);
    assertTrue(near > 300, "only " + near + " of 1000 values were next to a threshold");
  }

  @Test
  void intsStayInRange() {
    Gen<Integer> gen = Gens.ints(5, 7, 0, 6, 100);
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 500; i++) {
      int value = gen.sample(random);
      assertTrue(value >= 5 && value <= 7, "out of range: " + value);
    }
  }

  @Test
  void anIntShrinksFirstToTheNearestThresholdThenInHalvingSteps() {
    Shrinkable<Integer> value = Gens.shrinkInt(57, new int[] {0, 50, 100});
    assertEquals(List.of(50, 54, 56), value.shrinks().map(Shrinkable::value).toList());
  }

  @Test
  void anIntBelowAThresholdShrinksUpTowardIt() {
    Shrinkable<Integer> value = Gens.shrinkInt(46, new int[] {0, 50});
    assertEquals(List.of(50, 48, 47), value.shrinks().map(Shrinkable::value).toList());
  }

  @Test
  void anIntAtAThresholdDoesNotShrink() {
    assertEquals(0, Gens.shrinkInt(50, new int[] {0, 50}).shrinks().count());
  }

  @Test
  void datesShrinkTowardTheDeadline() {
    LocalDate deadline = LocalDate.of(2016, 11, 30);
    Gen<LocalDate> gen = Gens.dates(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31), deadline);
    SplittableRandom random = new SplittableRandom(3);
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < 400; i++) {
      Shrinkable<LocalDate> date = gen.generate(random);
      seen.add(date.value());
      date.shrinks().findFirst().ifPresent(first -> assertTrue(
          first.value().equals(deadline) || first.value().equals(LocalDate.of(2016, 1, 1)),
          "first shrink of " + date.value() + " is " + first.value()));
    }
    assertTrue(seen.containsAll(List.of(deadline.minusDays(1), deadline, deadline.plusDays(1))), "deadline neighbours not generated");
  }

  @Test
  void anOptionalShrinksToAbsentFirst() {
    Gen<Optional<Integer>> gen = Gens.optional(Gens.ints(0, 10));
    SplittableRandom random = new SplittableRandom(4);
    Shrinkable<Optional<Integer>> present;
    do {
      present = gen.generate(random);
    } while (present.value().isEmpty());
    assertEquals(Optional.empty(), present.shrinks().findFirst().orElseThrow().value());
  }

  @Test
  void organisationsComeWithoutAPark_InNoPark_AndInParksOfEveryLevel() {
    Gen<Organisation> gen = OrganisationGen.builder().build();
    SplittableRandom random = new SplittableRandom(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      Optional<Park> park = gen.sample(random).getPark();
      seen.add(park.map(p -> p.getLevel() + (p.getName().isPresent() ? " named" : "")).orElse("not reported"));
      park.ifPresent(p -> assertEquals(p.exists(), p.getName().isPresent(), p::toString));
    }
    assertEquals(Set.of("not reported", "NONE", "NATIONAL named", "PROVINCIAL named", "CITY named", "DISTRICT named"), seen);
  }

  /**
   * The inside of a party organisation comes up in every shape the rules read, and holds
   * together as the validator requires: names on the roster, events in the period, talks between
   * two people, no term or founding after the history's end.
   */
  @Test
  void partyOrganisationsComeWithTheirStructureRecordAndGovernanceHoldingTogether() {
    LocalDate end = LocalDate.of(2020, 7, 24);
    Gen<Organisation> gen = OrganisationGen.builder().historyUntil(end).build();
    SplittableRandom random = new SplittableRandom(11);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 3_000; i++) {
      Organisation o = gen.sample(random);
      if (o.getFormalMembers().equals(OptionalInt.of(0)) && o.getProbationaryMembers().equals(OptionalInt.of(0))) {
        seen.add("no members");
      }
      o.getSanctionRecord().ifPresent(r -> seen.add(r.getSanctions().isEmpty() ? "no sanctions" : "sanctions"));
      Optional<PartyOrganisation> party = o.getPartyOrganisation();
      if (party.isEmpty() || !party.get().exists()) {
        party.ifPresent(p -> assertTrue(p.getStructure().isEmpty() && p.getActivityRecord().isEmpty()
            && p.getGovernance().isEmpty(), p::toString));
        continue;
      }
      PartyOrganisation p = party.get();
      p.getFoundingDate().ifPresent(d -> assertTrue(!d.isAfter(end), d::toString));
      p.getGovernance().ifPresent(g -> seen.add("governance"));
      p.coveredCount().ifPresent(n -> {
        assertEquals(PartyOrganisationForm.JOINT, p.getForm());
        assertEquals(p.getCoveredOrganisations().size(), Set.copyOf(p.getCoveredOrganisations()).size());
        seen.add(p.getCoveredOrganisations().isEmpty() ? "covered count" : "covered codes");
      });
      p.getStructure().ifPresent(s -> {
        Set<String> roster = new HashSet<>();
        s.getMembers().forEach(m -> roster.add(m.getName()));
        assertEquals(s.getMembers().size(), roster.size(), "every name on the roster once");
        seen.add(roster.isEmpty() ? "no roster" : "roster");
        if (!s.getPlatforms().isEmpty()) {
          seen.add(p.getForm() == PartyOrganisationForm.JOINT ? "joint platforms" : "own platform");
        }
        s.getCommittee().ifPresent(c -> {
          seen.add(c.hasCommittee() ? "committee" : c.getSecretary().isPresent() ? "secretary only" : "vacant");
          c.getTermStart().ifPresent(d -> assertTrue(!d.isAfter(end), d::toString));
          if (!roster.isEmpty()) {
            c.getSecretary().ifPresent(n -> assertTrue(roster.contains(n), n));
            c.getDisciplineInspector().ifPresent(n -> assertTrue(roster.contains(n), n));
            c.getMembers().forEach(n -> assertTrue(roster.contains(n), n));
          }
        });
        for (PartyGroup group : s.getPartyGroups()) {
          seen.add("party groups");
          Set<String> names = new HashSet<>();
          group.getMembers().forEach(m -> assertTrue(names.add(m.getName()), group::toString));
          assertTrue(roster.isEmpty() || roster.containsAll(names), group::toString);
        }
      });
      p.getActivityRecord().ifPresent(r -> {
        assertTrue(!r.getPeriodTo().isBefore(r.getPeriodFrom()), r::toString);
        for (ActivityEvent e : r.getEvents()) {
          assertTrue(!e.getDate().isBefore(r.getPeriodFrom()) && !e.getDate().isAfter(r.getPeriodTo()), e::toString);
          seen.add(e.getKind().toString());
          if (e.getKind() == ActivityKind.TALK) {
            assertTrue(!e.getLeader().orElseThrow().equals(e.getCounterpart().orElseThrow()), e::toString);
          }
        }
        if (r.getThemeEducationMembers().isPresent() && r.getThemeEducationParticipants().isPresent()) {
          assertTrue(r.getThemeEducationParticipants().getAsInt() <= r.getThemeEducationMembers().getAsInt());
          seen.add("theme education");
        }
        r.getInstitutions().ifPresent(x -> seen.add("institutions"));
        r.getFacilities().ifPresent(x -> seen.add("facilities"));
      });
    }
    Set<String> expected = new TreeSet<>(List.of("no members", "no sanctions", "sanctions", "governance",
        "covered count", "covered codes", "roster", "no roster", "joint platforms", "own platform", "committee",
        "secretary only", "vacant", "party groups", "theme education", "institutions", "facilities"));
    for (ActivityKind kind : ActivityKind.values()) {
      expected.add(kind.toString());
    }
    assertEquals(expected, seen);
  }

  @Test
  void theSameSeedGivesEqualOrganisationsListingTheirTraitsInTheOrderGiven() {
    Set<Trait> universe = new LinkedHashSet<>(List.of(Trait.of("C"), Trait.of("A"), Trait.of("B")));
    Gen<Organisation> one = OrganisationGen.builder().traits(universe, 0.5).build();
    Gen<Organisation> other = OrganisationGen.builder().traits(universe, 0.5).build();
    SplittableRandom a = new SplittableRandom(3);
    SplittableRandom b = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      Organisation first = one.sample(a);
      Organisation second = other.sample(b);
      assertEquals(first, second);
      assertEquals(first.toString(), second.toString());
      // in the universe's order, in every virtual machine: texts list the traits in it
      List<Trait> listed = List.copyOf(first.getTraits());
      assertEquals(universe.stream().filter(listed::contains).toList(), listed);
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    Gen<Integer> gen = Gens.ints(0, 1_000_000, 3);
    SplittableRandom a = new SplittableRandom(99);
    SplittableRandom b = new SplittableRandom(99);
    for (int i = 0; i < 100; i++) {
      assertEquals(gen.sample(a), gen.sample(b));
    }
  }

  @Test
  void combinedValuesShrinkOnePartAtATime() {
    Gen<Integer> four = random -> Gens.shrinkInt(4, new int[] {0});
    Gen<List<Object>> gen = Gens.combine(List.of(Gens.constant("x"), four), v -> v);
    Shrinkable<List<Object>> value = gen.generate(new SplittableRandom(5));
    assertEquals(List.of("x", 4), value.value());
    assertEquals(List.of(List.of("x", 0), List.of("x", 2), List.of("x", 3)),
        value.shrinks().map(Shrinkable::value).toList());
  }

  @Test
  void filteredGeneratorsShrinkOnlyToAcceptedValues() {
    Gen<Integer> even = Gens.ints(0, 100).filter(v -> v % 2 == 0);
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 50; i++) {
      Shrinkable<Integer> value = even.generate(random);
      assertEquals(0, value.value() % 2);
      value.shrinks().forEach(s -> assertEquals(0, s.value() % 2));
    }
  }
}
