package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.ledger.LedgerClass.ledgerClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.liaoning.ledger.LedgerClass;

/**
 * The ledger class of L13 as callers get it: the fact {@code ledgerClass} of the L13 finding of
 * {@code liaoning-2016}, by the constant's name, read back by {@link LedgerClass#ledgerClass}.
 */
class LedgerClassTest {
  private static final Assessment JOINT = Fixtures.SET.assess(
      enterprise().withPartyOrganisation(PartyOrganisation.joint()), Fixtures.IN_TIME);

  private static Finding l13(Assessment assessment) {
    return assessment.findings("L13").get(0);
  }

  @Test
  void theFindingCarriesTheConstantsNameAndItsMessageShowsIt() {
    Finding f = l13(JOINT);
    assertEquals(Optional.of("JOINT"), f.fact(LedgerClass.FACT));
    assertEquals("filed in the ledger as JOINT.", f.getMessageEn());
    assertEquals("台账分类：JOINT。", f.getMessageZh());
  }

  @Test
  void theChineseNamesAreTheDocumentsClasses() {
    assertEquals("单独建立党组织", LedgerClass.STANDALONE.chineseName());
    assertEquals("联合建立党组织", LedgerClass.JOINT.chineseName());
    assertEquals("党的工作覆盖", LedgerClass.WORK_COVERAGE.chineseName());
  }

  @Test
  void onlyLiaoningsL13FindingIsRead() {
    // another set's L13 finding comes first, as a set with a smaller id would in a merge
    Finding other = Finding.builder().from(l13(JOINT)).policySetId("another-2016")
        .facts(Fact.of(LedgerClass.FACT, "STANDALONE")).build();
    List<Finding> findings = new ArrayList<>(List.of(other));
    findings.addAll(JOINT.getFindings());
    Assessment merged = Assessment.builder().organisation(JOINT.getOrganisation()).asOf(JOINT.getAsOf())
        .addPolicySetIds("another-2016", "liaoning-2016").findings(findings).build();
    assertEquals(Optional.of(LedgerClass.JOINT), ledgerClass(merged));
    assertEquals(Optional.empty(), ledgerClass(Assessment.builder().organisation(JOINT.getOrganisation())
        .asOf(JOINT.getAsOf()).findings(List.of(other)).build()));
  }

  @Test
  void anAssessmentLiaoningDidNotApplyToHasNoClass() {
    // the notice does not name rural entities: the set does not apply, whatever the party organisation
    var rural = Fixtures.of(OrganisationCategory.RURAL_NEW_BUSINESS_ENTITY).withPartyOrganisation(PartyOrganisation.joint());
    Assessment assessment = Evaluator.of(Fixtures.SET).assess(rural, Fixtures.IN_TIME);
    assertEquals(List.of(), assessment.getPolicySetIds());
    assertEquals(Optional.empty(), ledgerClass(assessment));
  }

  @Test
  void aFindingBuiltByHandThatNamesNoClassIsRejected() {
    for (Object value : List.of("JOINTLY", "joint", LedgerClass.JOINT)) {
      Finding bad = Finding.builder().from(l13(JOINT)).facts(Fact.of(LedgerClass.FACT, value)).build();
      Assessment assessment = Assessment.builder().organisation(JOINT.getOrganisation()).asOf(JOINT.getAsOf())
          .findings(List.of(bad)).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledgerClass(assessment));
      assertEquals("the L13 finding of liaoning-2016 has a ledgerClass fact that names no ledger class", e.getMessage());
    }
  }
}
