package org.partyorg.rules.hubei.wuhan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.hubei.TestOrganisations.assertNoFinding;
import static org.partyorg.rules.hubei.TestOrganisations.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.hubei.TestOrganisations;

/**
 * The example: Wuhan's 100-staff threshold (W3) lowered to 80, and a deadline moved. The
 * variant's findings and texts say 80 and the new date in both languages, never the document's.
 */
class WuhanWhatIfTest {
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final PolicySet EIGHTY = WUHAN.withOverrides(Map.of("organisationStaffThreshold", 80));
  private static final LocalDate AS_OF = LocalDate.of(2016, 11, 25);

  private static Organisation firm(int staff, PartyOrganisation party) {
    return TestOrganisations.enterprise().withHeadCount(staff).withFormalMembers(2).withProbationaryMembers(0)
        .withPartyOrganisation(party);
  }

  @Test
  void eightyStaffNowOweAPartyOrganisationAndTheTextsSayEighty() {
    Organisation ninety = firm(90, PartyOrganisation.none());
    assertNoFinding(WUHAN.assess(ninety, AS_OF), "W3");
    Finding w3 = only(EIGHTY.assess(ninety, AS_OF), "W3");
    assertEquals(Outcome.VIOLATED, w3.getOutcome());
    assertEquals("职工90人（80人以上），尚未建立党组织，应于2016年11月30日前建立党组织。", w3.getMessageZh());
    assertEquals("90 staff (80 or more) and no party organisation: must set one up by 30 November 2016.", w3.getMessageEn());
    assertEquals(80, w3.getFact("headCount").orElseThrow().getLimit().orElseThrow());
  }

  @Test
  void theLoweredThresholdHasBothSides() {
    assertNoFinding(EIGHTY.assess(firm(79, PartyOrganisation.none()), AS_OF), "W3");
    assertEquals(Outcome.VIOLATED, only(EIGHTY.assess(firm(80, PartyOrganisation.none()), AS_OF), "W3").getOutcome());
  }

  @Test
  void noTextOfW3SaysTheDocumentsHundredOnceTheThresholdIsEighty() {
    List<PartyOrganisation> forms = List.of(PartyOrganisation.none(),
        PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).build(),
        PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build());
    for (int staff : new int[] {80, 99, 100, 150}) {
      for (PartyOrganisation party : forms) {
        Finding w3 = only(EIGHTY.assess(firm(staff, party), AS_OF), "W3");
        String both = w3.getMessageZh() + " | " + w3.getMessageEn();
        assertTrue(both.contains("80人以上") && both.contains("80 or more"), both);
        assertFalse(both.replace("职工100人", "").replace("100 staff", "").contains("100"), both);
      }
    }
  }

  private static Target target(PolicySet set, String key) {
    return set.targets().stream().filter(t -> t.getKey().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void theW11TargetsDescriptionsSayTheVariantsHeadCountBands() {
    Target organisation = target(EIGHTY, "enterprisesWithOrganisation");
    assertTrue(organisation.getDescriptionZh().contains("职工80人以上的非公企业全部建有党组织"), organisation.getDescriptionZh());
    assertTrue(organisation.getDescriptionEn().contains("with 80 or more staff"), organisation.getDescriptionEn());
    assertFalse(organisation.getDescriptionZh().contains("100人") || organisation.getDescriptionEn().contains("100 or more"));
    PolicySet bands = WUHAN.withOverrides(Map.of("membersStaffThreshold", 40, "socialServiceStaffThreshold", 20));
    Target members = target(bands, "enterprisesWithMembers");
    assertTrue(members.getDescriptionZh().contains("职工40人以上") && members.getDescriptionEn().contains("with 40 or more staff"),
        members.getDescriptionZh() + " | " + members.getDescriptionEn());
    Target social = target(bands, "socialOrganisationsWithOrganisation");
    assertTrue(social.getDescriptionZh().contains("从业人员20人以上") && social.getDescriptionEn().contains("with 20 or more staff"),
        social.getDescriptionZh() + " | " + social.getDescriptionEn());
  }

  @Test
  void aMovedDeadlineIsTheFindingsAndTheTargetsAndTheTextsSayIt() {
    LocalDate moved = LocalDate.of(2016, 12, 15);
    PolicySet later = WUHAN.withOverrides(Map.of("obligationDeadline", moved));
    Organisation large = firm(120, PartyOrganisation.none());
    Finding w3 = only(later.assess(large, moved), "W3");
    assertEquals(Optional.of(moved), w3.getDeadline());
    assertTrue(w3.getMessageZh().endsWith("应于2016年12月15日前建立党组织。"), w3.getMessageZh());
    assertTrue(w3.getMessageEn().endsWith("by 15 December 2016."), w3.getMessageEn());
    // the day before and of the moved deadline are in time, the day after is overdue
    assertFalse(only(later.assess(large, moved.minusDays(1)), "W3").isOverdue());
    assertFalse(w3.isOverdue());
    assertTrue(only(later.assess(large, moved.plusDays(1)), "W3").isOverdue());
    // the document's deadline has passed on the day the variant's has not
    assertTrue(only(WUHAN.assess(large, moved), "W3").isOverdue());
    for (Target target : later.targets()) {
      if (target.getRuleId().equals("W11")) {
        assertEquals(Optional.of(moved), target.getDeadline(), target.getKey());
      }
    }
    assertEquals(Map.of("obligationDeadline", later.parameter("obligationDeadline").orElseThrow()), later.overrides());
  }
}
