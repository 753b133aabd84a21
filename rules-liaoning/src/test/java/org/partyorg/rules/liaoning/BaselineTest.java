package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.Fixtures.only;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.WorkCoverage;

/** L9: the baseline N1–N3, cited to 三3 of the Liaoning notice, due by 2016-11-30. */
class BaselineTest {
  private static Organisation members(int formal, int probationary) {
    return enterprise().withHeadCount(10).withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  @Test
  void threeFormalMembersMustSetUpTheirOwnAndTwoAJointOne() {
    Finding n1 = only(members(3, 0), "N1");
    assertEquals(Outcome.VIOLATED, n1.getOutcome());
    assertEquals(Liaoning2016.N1, n1.getCitation());
    assertEquals(Fixtures.REPORT_DEADLINE, n1.getDeadline().orElseThrow());
    assertEquals(0, Fixtures.findings(members(2, 0), Fixtures.IN_TIME, "N1").size());
    Finding n2 = only(members(2, 0), "N2");
    assertEquals(Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION), n2.getRequiredActions());
    assertEquals(Liaoning2016.N2, n2.getCitation());
  }

  @Test
  void noMembersMeansWorkCoverage() {
    Finding n3 = only(members(0, 0).withWorkCoverage(WorkCoverage.none()), "N3");
    assertEquals(Outcome.VIOLATED, n3.getOutcome());
    assertEquals(Liaoning2016.N3, n3.getCitation());
    WorkCoverage union = WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build();
    assertEquals(Outcome.SATISFIED, only(members(0, 0).withWorkCoverage(union), "N3").getOutcome());
  }

  @Test
  void overdueOnlyTheDayAfterTheReportDeadline() {
    assertFalse(only(members(3, 0), LocalDate.of(2016, 11, 29), "N1").isOverdue());
    assertFalse(only(members(3, 0), LocalDate.of(2016, 11, 30), "N1").isOverdue());
    assertTrue(only(members(3, 0), LocalDate.of(2016, 12, 1), "N1").isOverdue());
  }

  @Test
  void aJointOrganisationIsOverdueOnlyTheDayAfterTheReportDeadline() {
    Organisation two = members(2, 0);
    assertEquals(Fixtures.REPORT_DEADLINE, only(two, "N2").getDeadline().orElseThrow());
    assertFalse(only(two, LocalDate.of(2016, 11, 29), "N2").isOverdue());
    assertFalse(only(two, LocalDate.of(2016, 11, 30), "N2").isOverdue());
    assertTrue(only(two, LocalDate.of(2016, 12, 1), "N2").isOverdue());
  }

  @Test
  void workCoverageIsOverdueOnlyTheDayAfterTheReportDeadline() {
    Organisation none = members(0, 0).withWorkCoverage(WorkCoverage.none());
    assertEquals(Fixtures.REPORT_DEADLINE, only(none, "N3").getDeadline().orElseThrow());
    assertFalse(only(none, LocalDate.of(2016, 11, 29), "N3").isOverdue());
    assertFalse(only(none, LocalDate.of(2016, 11, 30), "N3").isOverdue());
    assertTrue(only(none, LocalDate.of(2016, 12, 1), "N3").isOverdue());
  }
}
