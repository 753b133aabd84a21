package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;

/** The runner finds planted mistakes and shrinks them to the boundary. */
class PropertyTest {
  private static final Gen<Organisation> ORGANISATIONS =
      OrganisationGen.builder().thresholds("headCount", 50, 100).build();

  /** The rule under test, with the threshold planted wrong: 4 where the document says 3. */
  private static boolean plantedStandaloneRequired(Organisation organisation) {
    return organisation.getFormalMembers().orElse(0) >= 4;
  }

  /** And a staff threshold planted at 60 where the document says 50. */
  private static boolean plantedMembersRequired(Organisation organisation) {
    return organisation.getHeadCount().orElse(0) >= 60;
  }

  @Test
  void aWrongMemberThresholdIsFoundAndShrunkToTheBoundary() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(ORGANISATIONS).seed(7).checkThat(organisation -> {
          OptionalInt formal = organisation.getFormalMembers();
          return formal.isEmpty() || plantedStandaloneRequired(organisation) == (formal.getAsInt() >= 3);
        }));
    Organisation smallest = (Organisation) failure.smallest();
    assertEquals(OptionalInt.of(3), smallest.getFormalMembers());
    assertTrue(failure.getMessage().contains("seed 7"), failure.getMessage());
    assertTrue(failure.getMessage().contains("-Dpartyorg.seed=7"), failure.getMessage());
  }

  @Test
  void aWrongStaffThresholdShrinksToFiftyAndOtherFactsToAbsent() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(ORGANISATIONS).seed(11).checkThat(organisation -> {
          OptionalInt staff = organisation.getHeadCount();
          return staff.isEmpty() || plantedMembersRequired(organisation) == (staff.getAsInt() >= 50);
        }));
    Organisation smallest = (Organisation) failure.smallest();
    assertEquals(OptionalInt.of(50), smallest.getHeadCount());
    assertTrue(smallest.getFinances().isEmpty(), smallest::toString);
    assertTrue(smallest.getWorkCoverage().isEmpty(), smallest::toString);
    assertTrue(smallest.getPartyOrganisation().isEmpty(), smallest::toString);
    assertTrue(smallest.getTraits().isEmpty(), smallest::toString);
  }

  @Test
  void theSameSeedReplaysTheSameFailure() {
    String first = assertThrows(PropertyFailure.class, () ->
        Property.forAll(ORGANISATIONS).seed(12345).checkThat(o -> o.getHeadCount().orElse(0) < 1500)).getMessage();
    String second = assertThrows(PropertyFailure.class, () ->
        Property.forAll(ORGANISATIONS).seed(12345).checkThat(o -> o.getHeadCount().orElse(0) < 1500)).getMessage();
    assertEquals(first, second);
  }

  @Test
  void theSeedSystemPropertyOverridesTheSeed() {
    String viaProperty;
    System.setProperty(Property.SEED_PROPERTY, "424242");
    try {
      viaProperty = assertThrows(PropertyFailure.class, () ->
          Property.forAll(ORGANISATIONS).seed(1).checkThat(o -> o.getHeadCount().orElse(0) < 1500)).getMessage();
    } finally {
      System.clearProperty(Property.SEED_PROPERTY);
    }
    assertTrue(viaProperty.contains("seed 424242"), viaProperty);
  }

  @Test
  void aPropertyThatHoldsRunsEveryTry() {
    AtomicInteger calls = new AtomicInteger();
    Property.forAll(ORGANISATIONS).tries(123).check(o -> calls.incrementAndGet());
    assertEquals(123, calls.get());
  }

  @Test
  void anExceptionInTheCheckIsAFailureToo() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.ints(0, 100)).seed(3).check(v -> {
          if (v >= 10) {
            throw new IllegalStateException("boom at " + v);
          }
        }));
    assertEquals(10, failure.smallest());
    assertTrue(failure.getCause() instanceof IllegalStateException);
  }

  @Test
  void generatedOrganisationsKeepFullTimeStaffWithinHeadCount() {
    Property.forAll(ORGANISATIONS).checkThat(o -> o.getHeadCount().isEmpty() || o.getFullTimeStaff().isEmpty()
        || o.getFullTimeStaff().getAsInt() <= o.getHeadCount().getAsInt());
  }
}
