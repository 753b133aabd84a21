package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants a finding keeps whoever builds it. */
class FindingTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("测试文件").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();

  private static Finding.Builder base(Outcome outcome) {
    return Finding.builder().ruleId("N1").policySetId("s").outcome(outcome)
        .citation(Citation.of(DOC, "一", "句子")).messageTemplate(MessageTemplate.of("", ""));
  }

  @Test
  void overdueNeedsAViolationWithADeadline() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base(Outcome.SATISFIED).overdue(true).deadline(LocalDate.of(2016, 1, 1)).build());
    assertTrue(e.getMessage().contains("overdue"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> base(Outcome.VIOLATED).overdue(true).build());
  }

  @Test
  void exactlyTheUndecidedFindingsNameMissingFacts() {
    assertThrows(IllegalArgumentException.class, () -> base(Outcome.UNDECIDED).build());
    assertThrows(IllegalArgumentException.class, () -> base(Outcome.VIOLATED).addMissingFacts(ModelFacts.HEAD_COUNT).build());
  }

  @Test
  void aSatisfiedFindingRequiresNothing() {
    assertThrows(IllegalArgumentException.class,
        () -> base(Outcome.SATISFIED).addRequiredActions(RequiredAction.ASSIGN_INSTRUCTOR).build());
  }

  @Test
  void aCitationNeedsSectionAndQuote() {
    assertThrows(IllegalArgumentException.class, () -> Citation.of(DOC, "一", " "));
    assertThrows(IllegalArgumentException.class, () -> Citation.of(DOC, "", "句子"));
  }

  @Test
  void aFactGivenTwiceIsListedOnce() {
    Fact staff = Fact.of(ModelFacts.HEAD_COUNT, 30, 30);
    Fact members = Fact.of(ModelFacts.FORMAL_MEMBERS, 2);
    assertEquals(List.of(staff, members), base(Outcome.SATISFIED).facts(staff, members, staff).build().getFacts());
    // the same fact with another value is another fact
    Fact fewer = Fact.of(ModelFacts.HEAD_COUNT, 29, 30);
    assertEquals(List.of(staff, fewer), base(Outcome.SATISFIED).facts(staff, fewer).build().getFacts());
  }

  @Test
  void aFindingNamesEachParameterItReadOnce() {
    Parameter staff = Parameter.of("staffThreshold", 100, ModelFacts.HEAD_COUNT, Citation.of(DOC, "一", "句子"));
    Parameter members = Parameter.of("membersThreshold", 3, ModelFacts.FORMAL_MEMBERS, Citation.of(DOC, "一", "句子"));
    Finding finding = base(Outcome.SATISFIED).parameters(staff, members).build();
    assertEquals(List.of(staff, members), finding.getParameters());
    assertEquals(java.util.Optional.of(members), finding.parameter("membersThreshold"));
    assertEquals(java.util.Optional.empty(), finding.parameter("coverageRate"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base(Outcome.SATISFIED).parameters(List.of(staff, members, staff)).build());
    assertEquals("finding N1 names parameter staffThreshold twice", e.getMessage());
  }
}
