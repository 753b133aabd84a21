package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partyorg.rules.liaoning.Fixtures.enterprise;
import static org.partyorg.rules.liaoning.ledger.LedgerClass.ledgerClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
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
  void theFindingCarriesTheConstantsNameAndItsMessageNamesTheClassInWords() {
    Finding f = l13(JOINT);
    assertEquals(Optional.of("JOINT"), f.fact(LedgerClass.FACT));
    assertEquals("按“联合建立党组织”分类列入实名台账。", f.getMessageZh());
    assertEquals("To be filed in the real-name ledger under “joint party organisation”.", f.getMessageEn());
  }

  @Test
  void eachClassHasItsOwnTextAndItNamesTheClassAsTheEnumDoes() {
    WorkCoverage complete = WorkCoverage.builder().instructorAssigned(true).addMassOrganisations(MassOrganisation.TRADE_UNION).build();
    Map<LedgerClass, Organisation> examples = new EnumMap<>(LedgerClass.class);
    examples.put(LedgerClass.STANDALONE, enterprise().withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH)));
    examples.put(LedgerClass.JOINT, enterprise().withPartyOrganisation(PartyOrganisation.joint()));
    examples.put(LedgerClass.OTHER_PARTY_ORGANISATION,
        enterprise().withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).build()));
    examples.put(LedgerClass.WORK_COVERAGE, enterprise().withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(complete));
    examples.put(LedgerClass.NOT_COVERED, enterprise().withPartyOrganisation(PartyOrganisation.none()).withWorkCoverage(WorkCoverage.none()));
    assertEquals(EnumSet.allOf(LedgerClass.class), examples.keySet());
    Set<String> texts = new HashSet<>();
    examples.forEach((ledgerClass, organisation) -> {
      Assessment assessment = Fixtures.SET.assess(organisation, Fixtures.IN_TIME);
      assertEquals(Optional.of(ledgerClass), ledgerClass(assessment));
      Finding f = l13(assessment);
      assertTrue(f.getMessageZh().contains("按“" + ledgerClass.chineseName() + "”"), f::getMessageZh);
      assertTrue(f.getMessageEn().contains("under “" + ledgerClass.englishName() + "”"), f::getMessageEn);
      assertTrue(texts.add(f.getMessageTemplate().getKey().orElseThrow()), "one text per class");
    });
  }

  @Test
  void theNamesAreTheDocumentsClasses() {
    assertEquals("单独建立党组织", LedgerClass.STANDALONE.chineseName());
    assertEquals("联合建立党组织", LedgerClass.JOINT.chineseName());
    assertEquals("党的工作覆盖", LedgerClass.WORK_COVERAGE.chineseName());
    assertEquals("party organisation of its own", LedgerClass.STANDALONE.englishName());
    assertEquals("joint party organisation", LedgerClass.JOINT.englishName());
    assertEquals("party work coverage", LedgerClass.WORK_COVERAGE.englishName());
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
