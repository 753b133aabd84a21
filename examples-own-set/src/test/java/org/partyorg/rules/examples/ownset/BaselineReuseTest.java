package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.partyorg.rules.examples.ownset.Fixtures.IN_TIME;
import static org.partyorg.rules.examples.ownset.Fixtures.SET_ID;
import static org.partyorg.rules.examples.ownset.Fixtures.X2_DEADLINE;
import static org.partyorg.rules.examples.ownset.Fixtures.assess;
import static org.partyorg.rules.examples.ownset.Fixtures.enterprise;
import static org.partyorg.rules.examples.ownset.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * X2: the baseline's N1, taken one by one with {@code BaselineRules.standaloneRule} under the
 * notice's own rule id, sentence and deadline. Its findings are keyed {@code X2}, never
 * {@code N1}, and it applies to every enterprise of the set, high-tech or not.
 */
class BaselineReuseTest {
  private static Organisation withMembers(int formal) {
    return enterprise().withHeadCount(30).withFormalMembers(formal).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  @Test
  void x2IsKeyedByTheNoticesOwnIdAndCitesItsSentence() {
    Assessment assessment = assess(withMembers(3), IN_TIME);
    Finding x2 = assessment.finding(SET_ID, "X2").orElseThrow();
    assertEquals("X2", x2.getRuleId());
    assertEquals(SET_ID, x2.getPolicySetId());
    assertEquals(Outcome.VIOLATED, x2.getOutcome());
    assertEquals(Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), x2.getRequiredActions());
    assertEquals(Optional.of(X2_DEADLINE), x2.getDeadline());
    assertEquals("二", x2.getCitation().getSection());
    assertEquals("区内非公有制企业有3名以上正式党员的，应当于2026年9月30日前单独建立党组织。", x2.getCitation().getQuote());
    assertEquals(Optional.of("standalone.none"), x2.getMessageTemplate().getKey(), "the baseline's text, shared by every set");
    assertEquals("正式党员3名（3名以上），尚未建立党组织，应于2026年9月30日前单独组建党组织。", x2.getMessageZh());
    assertEquals("3 formal members (3 or more) and no party organisation: must set up a party organisation of its own by"
        + " 30 September 2026.", x2.getMessageEn());
    assertEquals(Optional.empty(), assessment.finding(SET_ID, "N1"), "the baseline's own key does not appear");
    assertEquals(List.of(), assessment.findings("N2"), "only N1 was taken");
    assertEquals(List.of(), assessment.findings("N3"), "only N1 was taken");
  }

  @ParameterizedTest(name = "{0} formal members: {1}")
  @CsvSource({"2, NONE", "3, VIOLATED", "4, VIOLATED"})
  void threeFormalMembersIsWhereX2Starts(int formal, String expected) {
    List<Finding> found = assess(withMembers(formal), IN_TIME).findings("X2");
    if (expected.equals("NONE")) {
      assertEquals(List.of(), found);
    } else {
      assertEquals(Outcome.valueOf(expected), found.get(0).getOutcome());
    }
  }

  @ParameterizedTest(name = "{0}: overdue {1}")
  @CsvSource({"2026-09-29, false", "2026-09-30, false", "2026-10-01, true"})
  void x2IsOverdueOnlyAfterItsOwnDeadline(LocalDate asOf, boolean overdue) {
    assertEquals(overdue, only(withMembers(3), asOf, "X2").isOverdue());
  }

  @Test
  void aStandaloneOrganisationMeetsX2AndAJointOneMustSplitOut() {
    PartyOrganisation own = PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE)
        .foundingDate(LocalDate.of(2020, 7, 1)).build();
    assertEquals(Outcome.SATISFIED, only(withMembers(3).withPartyOrganisation(own), IN_TIME, "X2").getOutcome());
    PartyOrganisation joint = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
        .foundingDate(LocalDate.of(2020, 7, 1))
        .addCoveredOrganisations(Fixtures.code("MA0000001"), Fixtures.code("MB0000002")).build();
    Finding split = only(withMembers(3).withPartyOrganisation(joint), IN_TIME, "X2");
    assertEquals(Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), split.getRequiredActions());
  }

  @Test
  void unknownFormalMembersAreUndecidedNamingThem() {
    Finding x2 = only(enterprise().withPartyOrganisation(PartyOrganisation.none()), IN_TIME, "X2");
    assertEquals(Outcome.UNDECIDED, x2.getOutcome());
    assertEquals(List.of("formalMembers"), x2.getMissingFacts());
  }
}
