package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.hubei.wuhan.Wuhan2016;

/** Pairs findings by set and key, and reports only outcome, deadline and action changes. */
class ObligationChangeTest {
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final PolicySet WUHAN = Wuhan2016.build();
  private static final PolicySet WUHAN_80 = Wuhan2016.build(Map.of("organisationStaffThreshold", BigDecimal.valueOf(80)));

  private static Organisation firm(String code, int staff) {
    return Organisation.builder()
        .creditCode(code)
        .name("武汉某科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode("420106")
        .headCount(staff)
        .formalMembers(1)
        .probationaryMembers(0)
        .partyOrganisation(PartyOrganisation.none())
        .build();
  }

  private static List<ObligationChange> changes(Organisation firm) {
    return ObligationChange.between(WUHAN.assess(firm, AS_OF), WUHAN_80.assess(firm, AS_OF));
  }

  @Test
  void aFirmBetweenTheOldAndTheNewThresholdNowOwesAPartyOrganisation() {
    List<ObligationChange> changes = changes(firm("91420106MA4KTEXT1G", 85));
    ObligationChange w3 = changes.stream().filter(c -> c.getKey().equals("W3")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), w3.getBefore());
    assertEquals(Outcome.VIOLATED, w3.getAfter().orElseThrow().outcome());
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), w3.getAfter().orElseThrow().deadline());
    assertTrue(w3.getAfter().orElseThrow().actions().contains(RequiredAction.ESTABLISH_PARTY_ORGANISATION)
        || !w3.getAfter().orElseThrow().actions().isEmpty(), w3.toString());
    assertEquals("91420106MA4KTEXT1G", w3.getCreditCode());
    assertEquals("wuhan-2016", w3.getPolicySetId());
  }

  @Test
  void firmsOnTheSameSideOfBothThresholdsDoNotChange() {
    assertEquals(List.of(), changes(firm("91420106MA4KTEXT1G", 79)));
    assertEquals(List.of(), changes(firm("91420106MA4KTEXT1G", 120)));
    assertEquals(Set.of("W3"), Set.copyOf(changes(firm("91420106MA4KTEXT1G", 80)).stream().map(ObligationChange::getKey).toList()));
  }

  @Test
  void assessmentsOfTwoOrganisationsCannotBeCompared() {
    Assessment one = WUHAN.assess(firm("91420106MA4KTEXT1G", 85), AS_OF);
    Assessment other = WUHAN.assess(firm("91420106MA4KTEXT1G", 85), AS_OF.plusDays(1));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ObligationChange.between(one, other));
    assertTrue(error.getMessage().contains("2016-10-02"), error.getMessage());
  }
}
