package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;

class JurisdictionTest {
  private static Organisation at(String division, OrganisationCategory category) {
    return Organisation.builder().creditCode("91350100M000100Y43").name("x").category(category).divisionCode(division).build();
  }

  @Test
  void coversByDivisionPrefixAndCategory() {
    Jurisdiction wuhan = Jurisdiction.of("4201", EnumSet.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE));
    assertTrue(wuhan.covers(at("420106", OrganisationCategory.NON_PUBLIC_ENTERPRISE)));
    assertFalse(wuhan.covers(at("420200", OrganisationCategory.NON_PUBLIC_ENTERPRISE)));
    assertFalse(wuhan.covers(at("420106", OrganisationCategory.FOUNDATION)));
  }

  @Test
  void aPrefixMustBeTwoToSixDigits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Jurisdiction.of("4", Set.of(OrganisationCategory.FOUNDATION)));
    assertEquals("division prefix '4' is not 2 to 6 digits of a GB/T 2260 code", e.getMessage());
  }

  @Test
  void anEffectivePeriodIncludesBothEnds() {
    EffectivePeriod period = EffectivePeriod.between(LocalDate.of(2016, 8, 3), LocalDate.of(2016, 12, 31));
    assertFalse(period.contains(LocalDate.of(2016, 8, 2)));
    assertTrue(period.contains(LocalDate.of(2016, 8, 3)));
    assertTrue(period.contains(LocalDate.of(2016, 12, 31)));
    assertFalse(period.contains(LocalDate.of(2017, 1, 1)));
    assertTrue(EffectivePeriod.from(LocalDate.of(2016, 8, 3)).contains(LocalDate.of(2030, 1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> EffectivePeriod.between(LocalDate.of(2016, 8, 3), LocalDate.of(2016, 8, 2)));
  }
}
