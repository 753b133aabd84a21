package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionRecord;

class PartGenTest {
  private static final LocalDate END = LocalDate.of(2020, 7, 24);

  @Test
  void parksComeInNoParkAndNamedAtEveryLevel() {
    Gen<Park> parks = PartGen.parks();
    SplittableRandom random = new SplittableRandom(1);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 500; i++) {
      Park park = parks.sample(random);
      // the model requires a name for a park the organisation is in, and none for no park
      assertEquals(park.exists(), park.getName().isPresent(), park::toString);
      seen.add(park.getLevel() + (park.getName().isPresent() ? " named" : ""));
    }
    assertEquals(new TreeSet<>(List.of("NONE", "NATIONAL named", "PROVINCIAL named", "CITY named", "DISTRICT named")),
        seen);
  }

  @Test
  void sanctionsComeOnBothSidesOfTheDayThreeYearsBeforeTheHistorysEndDescribedOrNot() {
    Gen<Sanction> sanctions = PartGen.sanctions(OrganisationGen.builder().historyUntil(END));
    LocalDate threeYears = END.minusYears(3);
    SplittableRandom random = new SplittableRandom(2);
    Set<LocalDate> dates = new HashSet<>();
    int described = 0;
    for (int i = 0; i < 1_000; i++) {
      Sanction sanction = sanctions.sample(random);
      dates.add(sanction.getDate());
      if (sanction.getDescription().isPresent()) {
        described++;
      }
    }
    assertTrue(dates.containsAll(List.of(threeYears.minusDays(1), threeYears, threeYears.plusDays(1))), dates::toString);
    assertTrue(described > 600 && described < 900, described + " of 1000 described, expected about 750");
  }

  @Test
  void sanctionRecordsAreSometimesKnownToBeEmpty() {
    Gen<SanctionRecord> records = PartGen.sanctionRecords();
    SplittableRandom random = new SplittableRandom(3);
    Set<Integer> sizes = new TreeSet<>();
    for (int i = 0; i < 300; i++) {
      sizes.add(records.sample(random).getSanctions().size());
    }
    assertEquals(Set.of(0, 1, 2, 3), sizes);
  }

  @Test
  void partyOrganisationsComeKnownNoneAndInEveryForm() {
    Gen<PartyOrganisation> parties = PartGen.partyOrganisations();
    SplittableRandom random = new SplittableRandom(4);
    Set<PartyOrganisationForm> forms = new TreeSet<>();
    for (int i = 0; i < 500; i++) {
      PartyOrganisation party = parties.sample(random);
      forms.add(party.getForm());
      if (!party.exists()) {
        assertEquals(PartyOrganisation.none(), party);
      }
    }
    assertEquals(Set.of(PartyOrganisationForm.values()), forms);
  }

  /** A structure and a record alone hold together as inside an organisation: names on the roster, events in the period. */
  @Test
  void structuresAndRecordsHoldTogetherAndStartNoLaterThanTheHistorysEnd() {
    OrganisationGen organisations = OrganisationGen.builder().historyUntil(END);
    Gen<BranchStructure> structures = PartGen.branchStructures(organisations);
    Gen<ActivityRecord> records = PartGen.activityRecords(organisations);
    SplittableRandom random = new SplittableRandom(5);
    int terms = 0;
    Set<String> leaders = new TreeSet<>();
    for (int i = 0; i < 500; i++) {
      BranchStructure structure = structures.sample(random);
      Set<String> roster = new HashSet<>(structure.getMembers().stream().map(PartyMember::getName).toList());
      if (structure.getCommittee().flatMap(c -> c.getTermStart()).isPresent()) {
        terms++;
        assertTrue(!structure.getCommittee().get().getTermStart().get().isAfter(END), structure::toString);
      }
      structure.getCommittee().flatMap(c -> c.getSecretary())
          .ifPresent(s -> assertTrue(roster.isEmpty() || roster.contains(s), structure::toString));
      ActivityRecord record = records.sample(random);
      for (ActivityEvent event : record.getEvents()) {
        assertTrue(!event.getDate().isBefore(record.getPeriodFrom()) && !event.getDate().isAfter(record.getPeriodTo()),
            event::toString);
        if (event.getKind() == ActivityKind.TALK) {
          assertTrue(event.getLeader().isPresent() && event.getCounterpart().isPresent(), event::toString);
        } else {
          assertTrue(event.getCounterpart().isEmpty(), event::toString);
          leaders.add(event.getKind() + (event.getLeader().isPresent() ? " led" : ""));
        }
      }
    }
    assertTrue(terms > 100, terms + " terms of 500 structures");
    // a lecture or a study names who gave it, or does not
    assertTrue(leaders.containsAll(List.of("PARTY_LECTURE", "PARTY_LECTURE led", "COLLECTIVE_STUDY",
        "COLLECTIVE_STUDY led", "GENERAL_MEETING")), leaders::toString);
  }

  @Test
  void theSameSeedGivesTheSamePartsAndTheBuilderIsReadWhenTheFactoryIsCalled() {
    OrganisationGen organisations = OrganisationGen.builder().historyUntil(END);
    Gen<BranchStructure> structures = PartGen.branchStructures(organisations);
    Gen<Sanction> sanctions = PartGen.sanctions(organisations);
    List<Object> first = sample(structures, sanctions);
    // changing the builder afterwards changes neither generator
    organisations.historyUntil(LocalDate.of(2001, 1, 1)).thresholds("formalMembers", 20);
    assertEquals(first, sample(structures, sanctions));
  }

  private static List<Object> sample(Gen<?> one, Gen<?> other) {
    SplittableRandom random = new SplittableRandom(6);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(one.sample(random));
      values.add(other.sample(random));
    }
    return values;
  }

  @Test
  void aMissingBuilderIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PartGen.activityRecords(null));
    assertEquals("organisations", e.getMessage());
  }
}
