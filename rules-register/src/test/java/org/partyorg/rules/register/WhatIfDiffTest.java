package org.partyorg.rules.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.register.Registers.AS_OF;
import static org.partyorg.rules.register.Registers.EVALUATOR;
import static org.partyorg.rules.register.Registers.LIAONING;
import static org.partyorg.rules.register.Registers.SHENYANG;
import static org.partyorg.rules.register.Registers.WUCHANG;
import static org.partyorg.rules.register.Registers.WUHAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.Evaluator;

/**
 * The two reforms over one register: Wuhan's 100-staff threshold lowered to 80 (W3 and
 * the W11 target move) and Liaoning's cap of 3 enterprises per joint organisation raised to 4 (L5).
 */
class WhatIfDiffTest {
  /** Wuhan firms of 60 to 119 staff, without a party organisation one time in two. */
  private static List<Organisation> wuhanFirms() {
    List<Organisation> firms = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      firms.add(Registers.organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUCHANG)
          .headCount(60 + i % 60)
          .formalMembers(i % 2 == 0 ? 0 : 3)
          .probationaryMembers(0)
          .partyOrganisation(i % 2 == 0 ? PartyOrganisation.none() : Registers.branch())
          .build());
    }
    return firms;
  }

  /** Liaoning firms in joint organisations between 2 to 5 enterprises. */
  private static List<Organisation> liaoningFirms() {
    List<Organisation> firms = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Organisation.Builder builder = Registers.organisation(OrganisationCategory.NON_PUBLIC_ENTERPRISE, SHENYANG)
          .headCount(20).formalMembers(1).probationaryMembers(0);
      PartyOrganisation.Builder joint = PartyOrganisation.builder()
          .form(PartyOrganisationForm.JOINT).jointScope(JointScope.BETWEEN_ENTERPRISES)
          .coveredOrganisationCount(2 + i % 4);
      firms.add(builder.partyOrganisation(joint.build()).build());
    }
    return firms;
  }

  @Test
  void wuhansThresholdAt80AddsW3ForFirmsOf80To99StaffWithoutAnOrganisationAndGrowsTheW11Base() {
    List<Organisation> register = wuhanFirms();
    Evaluator at80 = EVALUATOR.withOverrides(WUHAN, Map.of("organisationStaffThreshold", 80));
    WhatIfDiff diff = WhatIfDiff.of(EVALUATOR, at80, AS_OF).keepAtMost(1_000).over(register.stream());

    Set<String> expected = register.stream()
        .filter(o -> o.getHeadCount().getAsInt() >= 80 && o.getHeadCount().getAsInt() < 100)
        .map(Organisation::getCreditCode).collect(Collectors.toSet());
    Set<String> changed = diff.changed().stream().map(WhatIfDiff.Changed::creditCode).collect(Collectors.toSet());
    assertEquals(expected, changed);
    assertEquals(expected.size(), diff.changedOrganisations());
    for (WhatIfDiff.Changed organisation : diff.changed()) {
      ObligationChange w3 = organisation.changes().stream().filter(c -> c.getKey().equals("W3")).findFirst().orElseThrow();
      assertTrue(w3.getBefore().isEmpty(), w3.toString());
      boolean hasOrganisation = register.get((int) organisation.index()).getFormalMembers().getAsInt() > 0;
      assertEquals(hasOrganisation ? Outcome.SATISFIED : Outcome.VIOLATED, w3.getAfter().orElseThrow().outcome());
    }

    WhatIfDiff.TargetMove w11 = diff.target(WUHAN, "enterprisesWithOrganisation");
    assertEquals(expected.size(), w11.baseChange());
    assertEquals(expected.size() / 2, w11.coveredChange());
    assertTrue(w11.moved());
    assertFalse(diff.target(WUHAN, "enterprisesWithMembers").moved());
    assertEquals(Set.of("enterprisesWithOrganisation"), diff.targets().stream()
        .filter(WhatIfDiff.TargetMove::moved).map(WhatIfDiff.TargetMove::key).collect(Collectors.toSet()));
  }

  @Test
  void liaoningsCapAt4ClearsL5ForJointOrganisationsOfFourEnterprises() {
    List<Organisation> register = liaoningFirms();
    Evaluator cap4 = EVALUATOR.withOverrides(LIAONING, Map.of("jointEnterpriseCap", 4));
    WhatIfDiff diff = WhatIfDiff.of(EVALUATOR, cap4, AS_OF).over(register.stream());
    long fours = register.stream()
        .filter(o -> o.getPartyOrganisation().orElseThrow().getCoveredOrganisationCount().getAsInt() == 4).count();
    assertEquals(fours, diff.changedOrganisations());
    for (WhatIfDiff.Changed organisation : diff.changed()) {
      assertEquals(List.of("L5"), organisation.changes().stream().map(ObligationChange::getKey).toList());
      assertEquals(Outcome.VIOLATED, organisation.changes().get(0).getBefore().orElseThrow().outcome());
      assertEquals(Outcome.SATISFIED, organisation.changes().get(0).getAfter().orElseThrow().outcome());
    }
  }

  @Test
  void aDateOutsideTheModelsRangeIsRefusedAtOnceEvenForAnEmptyRegister() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> WhatIfDiff.of(EVALUATOR, EVALUATOR, LocalDate.of(1900, 1, 1)).over(Stream.empty()));
    assertTrue(error.getMessage().contains("1900-01-01"), error.getMessage());
  }

  @Test
  void theSameSetsChangeNothingAndAParallelStreamGivesTheSequentialDiff() {
    List<Organisation> register = new ArrayList<>(wuhanFirms());
    register.addAll(liaoningFirms());
    register.add(null);
    WhatIfDiff same = WhatIfDiff.of(EVALUATOR, EVALUATOR, AS_OF).over(register.stream());
    assertEquals(0, same.changedOrganisations());
    assertTrue(same.targets().stream().noneMatch(WhatIfDiff.TargetMove::moved));
    assertEquals(same.before(), same.after());

    Evaluator at80 = EVALUATOR.withOverrides(WUHAN, Map.of("organisationStaffThreshold", 80));
    AtomicLong sunk = new AtomicLong();
    WhatIfDiff.Request request = WhatIfDiff.of(EVALUATOR, at80, AS_OF).keepAtMost(5).onChange(c -> sunk.incrementAndGet());
    WhatIfDiff sequential = request.over(register.stream());
    WhatIfDiff parallel = request.over(register.parallelStream());
    assertEquals(sequential.changed(), parallel.changed());
    assertEquals(sequential.changedOrganisations(), parallel.changedOrganisations());
    assertEquals(sequential.before(), parallel.before());
    assertEquals(sequential.after(), parallel.after());
    assertEquals(5, sequential.changed().size());
    assertEquals(2 * sequential.changedOrganisations(), sunk.get());
    assertEquals(register.size(), sequential.after().read());
  }
}
