package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.liaoning.ledger.LedgerClass;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.SourceTexts;

/** What holds for every organisation, date and amount, checked with the project's property runner. */
class Liaoning2016Properties {
  private static final Evaluator EVALUATOR = Evaluator.of(Fixtures.SET);
  private static final LocalDate[] DEADLINES = {
    LocalDate.of(2016, 9, 30), LocalDate.of(2016, 11, 30), LocalDate.of(2016, 12, 31)
  };
  private static final Gen<LocalDate> DATES =
      Gens.dates(LocalDate.of(2016, 8, 3), LocalDate.of(2017, 12, 31), DEADLINES);

  /** Generated organisations, a third of them with a reported governance of their party organisation. */
  private static final Gen<Organisation> ORGANISATIONS =
      Gens.combine(
          List.of(OrganisationGen.forPolicySet(Fixtures.SET).build(), Gens.optional(governance()), Gens.booleans()),
          v -> withGovernance((Organisation) v.get(0), (Optional<?>) v.get(1), (Boolean) v.get(2)));

  private record Case(Organisation organisation, LocalDate asOf) {}

  private static final Gen<Case> CASES =
      Gens.combine(List.of(ORGANISATIONS, DATES), v -> new Case((Organisation) v.get(0), (LocalDate) v.get(1)));

  private static Gen<PartyOrganisationGovernance> governance() {
    Gen<Optional<Boolean>> flag = Gens.optional(Gens.booleans());
    return Gens.combine(
        List.of(flag, flag, flag, Gens.optionalInts(Gens.ints(0, 5, 1)), flag),
        v -> PartyOrganisationGovernance.builder()
            .secretaryIsInvestorOrHead(bool(v.get(0)))
            .fullTimeDeputySecretary(bool(v.get(1)))
            .partyAndMassWorkDepartment(bool(v.get(2)))
            .fullTimePartyAffairsStaff((OptionalInt) v.get(3))
            .affiliationAdjusted(bool(v.get(4)))
            .build());
  }

  @SuppressWarnings("unchecked")
  private static Optional<Boolean> bool(Object value) {
    return (Optional<Boolean>) value;
  }

  private static Organisation withGovernance(Organisation organisation, Optional<?> governance, boolean use) {
    Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
    if (!use || governance.isEmpty() || party.isEmpty() || !party.get().exists()) {
      return organisation;
    }
    PartyOrganisation governed = party.get()
        .withGovernance((PartyOrganisationGovernance) governance.get());
    return organisation.withPartyOrganisation(governed);
  }

  /** The actions of the violated findings: what the organisation is known to owe. */
  private static Set<RequiredAction> obligations(Organisation organisation, LocalDate asOf) {
    Set<RequiredAction> actions = new HashSet<>();
    for (Finding finding : Fixtures.SET.assess(organisation, asOf).getFindings()) {
      if (finding.getOutcome() == Outcome.VIOLATED) {
        actions.addAll(finding.getRequiredActions());
      }
    }
    return actions;
  }

  @Test
  void generatedOrganisationsAreValid() {
    Property.forAll(ORGANISATIONS).check(o -> assertEquals(List.of(), EVALUATOR.validator().violations(o)));
  }

  @Test
  void everyFindingIsCoherentAndQuotesTheNotice() {
    Property.forAll(CASES).check(c -> {
      for (Finding f : EVALUATOR.assess(c.organisation(), c.asOf()).getFindings()) {
        assertEquals("liaoning-2016", f.getPolicySetId());
        assertFalse(f.getMessageZh().contains("{"), f::getMessageZh);
        assertFalse(f.getMessageEn().contains("{"), f::getMessageEn);
        assertEquals(f.isOverdue(),
            f.getOutcome() == Outcome.VIOLATED && c.asOf().isAfter(f.getDeadline().orElseThrow()), f::toString);
        SourceTexts.assertQuoted(Liaoning2016Properties.class, f);
      }
    });
  }

  @Test
  void theLedgerClassIsPresentExactlyWhenL13Decides() {
    Property.forAll(CASES).check(c -> {
      var assessment = Fixtures.SET.assess(c.organisation(), c.asOf());
      Finding l13 = assessment.findings("L13").get(0);
      Optional<LedgerClass> ledgerClass = LedgerClass.ledgerClass(assessment);
      assertEquals(l13.getOutcome() != Outcome.UNDECIDED, ledgerClass.isPresent(), l13::toString);
      ledgerClass.ifPresent(ledger -> assertEquals(ledger.name(), l13.fact("ledgerClass").orElseThrow()));
    });
  }

  @Test
  void aJointOrganisationNeverSatisfiesL3() {
    int threshold = Fixtures.SET.parameter(Liaoning2016.STANDALONE_STAFF).orElseThrow().intValue();
    AtomicInteger judged = new AtomicInteger();
    Property.forAll(CASES).check(c -> {
      Organisation joint = c.organisation()
          .withCategory(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
          .withPartyOrganisation(PartyOrganisation.joint());
      List<Finding> l3 = Fixtures.SET.assess(joint, c.asOf()).findings("L3");
      for (Finding f : l3) {
        assertNotEquals(Outcome.SATISFIED, f.getOutcome(), f::toString);
        if (f.getOutcome() == Outcome.VIOLATED) {
          assertTrue(f.getRequiredActions().contains(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), f::toString);
        }
      }
      // a silent L3 would pass the loop above: from the threshold on, the joint organisation is a known violation
      if (joint.getHeadCount().isPresent() && joint.getHeadCount().getAsInt() >= threshold) {
        judged.incrementAndGet();
        assertEquals(1, l3.size(), l3::toString);
        assertEquals(Outcome.VIOLATED, l3.get(0).getOutcome(), l3::toString);
      }
    });
    assertTrue(judged.get() > 0, "no generated enterprise reached the L3 threshold: the property checked nothing");
  }

  /**
   * Organisations whose obligations turn on their head-count, with member counts biased to the
   * few small values where L3, L4 and L7 meet the baseline.
   */
  private static final Gen<Organisation> STAFF_SENSITIVE =
      Gens.combine(
          List.of(
              OrganisationGen.builder().divisionPrefixes("21")
                  .categories(OrganisationCategory.NON_PUBLIC_ENTERPRISE, OrganisationCategory.PRIVATE_SCHOOL,
                      OrganisationCategory.PRIVATE_HOSPITAL, OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION)
                  .build(),
              Gens.optionalInts(Gens.ints(0, 5, 3)),
              Gens.optionalInts(Gens.ints(0, 2, 1))),
          v -> ((Organisation) v.get(0))
              .withFormalMembers((OptionalInt) v.get(1))
              .withProbationaryMembers((OptionalInt) v.get(2)));

  /** Every head-count threshold of the set, with its neighbours, and the organisation's own. */
  private static SortedSet<Integer> headCounts(Organisation organisation) {
    SortedSet<Integer> counts = new TreeSet<>(List.of(0, 1000));
    for (Parameter parameter : Fixtures.SET.parameters()) {
      if (parameter.getFact().equals(Optional.of("headCount"))) {
        int threshold = parameter.intValue();
        counts.addAll(List.of(threshold - 1, threshold, threshold + 1));
      }
    }
    organisation.getHeadCount().ifPresent(counts::add);
    return counts;
  }

  @Test
  void moreStaffNeverRemovesAnObligation() {
    Gen<Case> cases = Gens.combine(
        List.of(Gens.frequencyOneOf(ORGANISATIONS, STAFF_SENSITIVE), DATES),
        v -> new Case((Organisation) v.get(0), (LocalDate) v.get(1)));
    Property.forAll(cases).tries(1000).check(c -> {
      Organisation organisation = c.organisation();
      Integer previous = null;
      Set<RequiredAction> before = new HashSet<>();
      // sweep across every threshold: each step up keeps what the step below owed
      for (int headCount : headCounts(organisation)) {
        Set<RequiredAction> now = obligations(organisation.withHeadCount(headCount), c.asOf());
        if (previous != null) {
          int from = previous;
          Set<RequiredAction> owed = before;
          assertTrue(now.containsAll(owed), () -> "from " + from + " to " + headCount + " staff " + owed + " became " + now);
        }
        previous = headCount;
        before = now;
      }
    });
  }

  @Test
  void theRequiredFundIsExactlyOnePercentOfItsBaseForEveryAmount() {
    Gen<BigDecimal> amounts = Gens.combine(
        List.of(Gens.ints(0, 100_000_000, 1, 100, 10_000), Gens.ints(0, 99, 1, 50, 99), Gens.oneOf(0, 1, 2, 3)),
        v -> BigDecimal.valueOf((Integer) v.get(0)).add(BigDecimal.valueOf((Integer) v.get(1), 2))
            .setScale((Integer) v.get(2), RoundingMode.DOWN));
    Gen<List<Object>> cases = Gens.combine(List.of(amounts, amounts, Gens.booleans()), v -> v);
    Property.forAll(cases).check(v -> {
      BigDecimal base = (BigDecimal) v.get(0);
      BigDecimal budget = (BigDecimal) v.get(1);
      boolean socialWithDues = (Boolean) v.get(2);
      Finances finances = socialWithDues
          ? Finances.builder().collectsDues(true).annualDuesIncome(base).partyBuildingBudget(budget).build()
          : Finances.builder().annualWages(base).partyBuildingBudget(budget).build();
      Organisation organisation = (socialWithDues
          ? Fixtures.of(OrganisationCategory.SOCIAL_GROUP)
          : Fixtures.enterprise()).withFinances(finances);
      Finding f = Fixtures.only(organisation, "L11");
      BigDecimal required = f.getFact(PartyBuildingFundRule.REQUIRED).orElseThrow().decimal().orElseThrow();
      assertEquals(0, required.multiply(BigDecimal.valueOf(100)).compareTo(base), () -> required + " is not 1% of " + base);
      assertEquals(budget.compareTo(required) >= 0, f.getOutcome() == Outcome.SATISFIED, f::toString);
      if (f.getOutcome() == Outcome.VIOLATED) {
        BigDecimal shortfall = f.getFact(PartyBuildingFundRule.SHORTFALL).orElseThrow().decimal().orElseThrow();
        assertTrue(budget.add(shortfall).compareTo(required) >= 0, "budgeting the shortfall meets the floor");
        assertTrue(budget.add(shortfall).subtract(new BigDecimal("0.01")).compareTo(required) < 0, "and a fen less does not");
      }
    });
  }

  @Test
  void unknownIsNeverReadAsZero() {
    // whenever a finding is undecided it names what it lacks, and that fact is indeed absent or unreported
    Property.forAll(CASES).check(c -> {
      for (Finding f : Fixtures.SET.assess(c.organisation(), c.asOf()).getFindings()) {
        if (f.getOutcome() == Outcome.UNDECIDED) {
          assertEquals(Set.of(RequiredAction.SUPPLY_MISSING_FACTS), f.getRequiredActions(), f::toString);
          for (String missing : f.getMissingFacts()) {
            assertTrue(f.fact(missing).isEmpty(), () -> f + " names " + missing + " as missing yet has a value");
          }
        }
      }
    });
  }

  @Test
  void aStandaloneBranchWithAnOwnerSecretaryAndNothingElseOwesTheWholeOfL10() {
    // a concrete anchor for the generated governance: everything false is every L10 action
    Organisation organisation = Fixtures.enterprise().withPartyOrganisation(PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE).level(PartyOrganisationLevel.BRANCH)
        .governance(PartyOrganisationGovernance.builder().secretaryIsInvestorOrHead(true).fullTimeDeputySecretary(false)
            .partyAndMassWorkDepartment(false).fullTimePartyAffairsStaff(0).build())
        .build());
    assertEquals(Set.of(LiaoningVocabulary.APPOINT_FULL_TIME_DEPUTY_SECRETARY,
            LiaoningVocabulary.SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT, LiaoningVocabulary.ASSIGN_PARTY_AFFAIRS_STAFF),
        java.util.Set.copyOf(Fixtures.findings(organisation, Fixtures.IN_TIME, "L10").stream()
            .flatMap(f -> f.getRequiredActions().stream()).toList()));
  }
}
