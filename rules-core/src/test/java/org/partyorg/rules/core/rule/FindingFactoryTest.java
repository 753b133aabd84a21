package org.partyorg.rules.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.SourceDocument;

class FindingFactoryTest {
  private static final LocalDate DEADLINE = LocalDate.of(2016, 11, 30);
  private static final Citation CITATION = Citation.of(
      SourceDocument.builder().file("f.txt").title("t").issuer("i").date(LocalDate.of(2016, 1, 1)).build(), "一", "quote");
  private static final FindingFactory FINDINGS = FindingFactory.of("set", "X1", CITATION, DEADLINE);
  private static final MessageTemplate MESSAGE = MessageTemplate.of("中", "en");

  @Test
  void everyOutcomeBuildsAndOnlyALateViolationIsOverdue() {
    assertFalse(FINDINGS.satisfied(MESSAGE).isOverdue());
    assertFalse(FINDINGS.advisory(MESSAGE, Set.of()).isOverdue());
    assertEquals(Outcome.UNDECIDED, FINDINGS.undecided(List.of(ModelFacts.FORMAL_MEMBERS)).getOutcome());
    Set<RequiredAction> act = Set.of(RequiredAction.ASSIGN_INSTRUCTOR);
    assertFalse(FINDINGS.violated(DEADLINE, MESSAGE, act).isOverdue());
    assertTrue(FINDINGS.violated(DEADLINE.plusDays(1), MESSAGE, act).isOverdue());
  }

  @Test
  void theFindingsNameTheParametersReadTheDeadlineFirstEachOnce() {
    Parameter deadline = Parameter.date("obligationDeadline", DEADLINE, CITATION);
    Parameter staff = Parameter.of("staffThreshold", 100, ModelFacts.HEAD_COUNT, CITATION);
    Parameter members = Parameter.of("membersThreshold", 3, ModelFacts.FORMAL_MEMBERS, CITATION);
    FindingFactory reading = FindingFactory.of("set", "X1", CITATION, deadline).reads(staff).reads(members);
    assertEquals(List.of(deadline, staff, members), reading.satisfied(MESSAGE).getParameters());
    assertEquals(List.of(deadline, staff, members), reading.keyed("part").undecided(List.of(ModelFacts.HEAD_COUNT))
        .getParameters());
    assertTrue(reading.violated(DEADLINE.plusDays(1), MESSAGE, Set.of(RequiredAction.ASSIGN_INSTRUCTOR)).isOverdue());
    assertEquals(List.of(), FINDINGS.satisfied(MESSAGE).getParameters());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> reading.reads(staff));
    assertEquals("rule X1 names parameter staffThreshold twice", twice.getMessage());
    IllegalArgumentException notADate = assertThrows(IllegalArgumentException.class,
        () -> FindingFactory.of("set", "X1", CITATION, staff));
    assertEquals("rule X1: parameter staffThreshold is not a date, so it cannot be a deadline", notADate.getMessage());
  }
}
