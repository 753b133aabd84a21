package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.LedgerClass;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ForwardingPolicySet;

/** The ledger class survives the merge of several sets' assessments: the first present one wins. */
class LedgerClassMergeTest {
  private static final LocalDate AS_OF = LocalDate.of(2016, 10, 1);
  private static final Organisation FIRM =
      TestOrganisations.enterprise().withFormalMembers(3).withPartyOrganisation(PartyOrganisation.none());

  /** A baseline set that files every organisation under {@code ledgerClass}, or under none. */
  private static PolicySet classifying(String id, Optional<LedgerClass> ledgerClass) {
    return new ForwardingPolicySet(TestPolicySets.baseline(id, "42")) {
      @Override
      public Assessment assess(Organisation organisation, LocalDate asOf) {
        return super.assess(organisation, asOf).withLedgerClass(ledgerClass);
      }
    };
  }

  @Test
  void theFirstSetInIdOrderThatClassifiesDecides() {
    Evaluator evaluator = Evaluator.of(
        classifying("c-set", Optional.of(LedgerClass.WORK_COVERAGE)),
        classifying("a-set", Optional.empty()),
        classifying("b-set", Optional.of(LedgerClass.JOINT)));
    Assessment merged = evaluator.assess(FIRM, AS_OF);
    assertEquals(List.of("a-set", "b-set", "c-set"), merged.getPolicySetIds());
    assertEquals(Optional.of(LedgerClass.JOINT), merged.getLedgerClass());
    assertEquals(3, merged.getFindings().size());
  }

  @Test
  void noSetClassifyingLeavesItAbsent() {
    Evaluator evaluator = Evaluator.of(classifying("a-set", Optional.empty()), classifying("b-set", Optional.empty()));
    assertEquals(Optional.empty(), evaluator.assess(FIRM, AS_OF).getLedgerClass());
  }

  @Test
  void aSingleSetsClassIsKept() {
    Evaluator evaluator = Evaluator.of(classifying("a-set", Optional.of(LedgerClass.NOT_COVERED)));
    assertEquals(Optional.of(LedgerClass.NOT_COVERED), evaluator.assess(FIRM, AS_OF).getLedgerClass());
  }

  @Test
  void aLaterSetCannotOverwriteAnEarlierClass() {
    Evaluator evaluator = Evaluator.of(
        classifying("a-set", Optional.of(LedgerClass.STANDALONE)),
        classifying("b-set", Optional.of(LedgerClass.NOT_COVERED)));
    assertEquals(Optional.of(LedgerClass.STANDALONE), evaluator.assess(FIRM, AS_OF).getLedgerClass());
  }
}
