package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Conflict;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/**
 * Where two policy sets apply to one organisation (in Wuhan: a science society under
 * {@code wuhan-2016} and {@code hubei-science-societies-2016}, an accounting firm under
 * {@code wuhan-2016} and {@code hubei-cpa-2016}), the assessment shows every obligation on which
 * they disagree, names both findings and says what meets both; where they agree, or one set
 * applies, it shows nothing.
 */
class ConflictsTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  /** A Wuhan science society with 1 formal and 1 probationary member and no full-time staff. */
  private static Organisation society(String division, PartyOrganisation party) {
    return Organisation.builder()
        .creditCode(SampleOrganisations.code("51", division, "MJ0000011"))
        .name("武汉市某学会")
        .category(OrganisationCategory.ACADEMIC_SOCIETY)
        .divisionCode(division)
        .headCount(12)
        .fullTimeStaff(0)
        .formalMembers(1)
        .probationaryMembers(1)
        .partyOrganisation(party)
        .build();
  }

  private static final PartyOrganisation WORK_GROUP =
      PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build();

  @Test
  void aCouncilWorkGroupMeetsTheSocietiesDocumentButNotWuhansAndTheAssessmentSaysSo() {
    Assessment assessment = EVALUATOR.assess(society("420106", WORK_GROUP), AS_OF);
    assertEquals(1, assessment.getConflicts().size(), () -> assessment.getConflicts().toString());
    Conflict conflict = assessment.getConflicts().get(0);
    assertEquals(Obligation.JOINT_ORGANISATION, conflict.getObligation());
    Finding societies = assessment.finding("hubei-science-societies-2016", "N2").orElseThrow();
    Finding wuhan = assessment.finding("wuhan-2016", "N2").orElseThrow();
    assertEquals(Outcome.SATISFIED, societies.getOutcome());
    assertEquals("正式党员1名（不足3名）、预备党员1名，已在理事会层面设立党建工作小组，可视为已建立党组织。", societies.getMessageZh(),
        "met by the work group, and the text says so, not that a joint organisation exists");
    assertEquals(Outcome.VIOLATED, wuhan.getOutcome());
    assertEquals(Set.of(societies, wuhan), Set.copyOf(conflict.getFindings()));
    assertEquals(Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION), conflict.getRequiredActions());
    assertTrue(conflict.getMessageZh().contains("按《武汉市非公有制经济组织和社会组织党组织集中组建“百日攻坚行动”实施方案》（二（四）3）不符合要求"),
        conflict::getMessageZh);
    assertTrue(conflict.getMessageZh().endsWith("为同时符合各文件，应于2016年11月20日前建立或加入联合党组织。"), conflict::getMessageZh);
    assertTrue(conflict.getMessageEn().contains("not met (《武汉市非公有制经济组织和社会组织党组织集中组建“百日攻坚行动”实施方案》, section 二（四）3)"),
        conflict::getMessageEn);
    assertTrue(conflict.getMessageEn().endsWith("To meet them all, the organisation must set up or join a joint party organisation by"
        + " 20 November 2016."),
        conflict::getMessageEn);
  }

  @Test
  void doingWhatTheConflictAsksMeetsBothDocuments() {
    PartyOrganisation joint = PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
        .coveredOrganisationCount(3).build();
    Assessment assessment = EVALUATOR.assess(society("420106", joint), AS_OF);
    assertEquals(List.of(), assessment.getConflicts());
    assertEquals(Outcome.SATISFIED, assessment.finding("hubei-science-societies-2016", "N2").orElseThrow().getOutcome());
    assertEquals(Outcome.SATISFIED, assessment.finding("wuhan-2016", "N2").orElseThrow().getOutcome());
  }

  @Test
  void outsideWuhanOnlyTheSocietiesDocumentAppliesAndNothingConflicts() {
    Assessment assessment = EVALUATOR.assess(society("420202", WORK_GROUP), AS_OF);
    assertEquals(List.of("hubei-science-societies-2016"), assessment.getPolicySetIds());
    assertEquals(List.of(), assessment.getConflicts());
  }

  /**
   * For any Wuhan society or accounting firm: a conflict is shown exactly for each obligation on
   * which one set's finding is met and another's is not, with every finding on it, and what it
   * asks is what the unmet findings ask. Accounting firms never conflict: the Wuhan and CPA
   * documents agree on every obligation they share.
   */
  @Test
  void conflictsAreExactlyTheObligationsTheSetsDisagreeOn() {
    Gen<Organisation> organisations = OrganisationGen.builder().divisionPrefixes("4201")
        .categories(OrganisationCategory.ACADEMIC_SOCIETY, OrganisationCategory.ACCOUNTING_FIRM).build();
    Property.forAll(organisations).tries(2000).check(organisation -> {
      if (!EVALUATOR.validator().violations(organisation, AS_OF).isEmpty()) {
        return;
      }
      Assessment assessment = EVALUATOR.assess(organisation, AS_OF);
      Map<Obligation, List<Finding>> byObligation = new LinkedHashMap<>();
      for (Finding f : assessment.getFindings()) {
        f.getObligation().ifPresent(o -> byObligation.computeIfAbsent(o, k -> new ArrayList<>()).add(f));
      }
      List<Obligation> disagreed = new ArrayList<>();
      byObligation.forEach((obligation, findings) -> {
        boolean met = findings.stream().anyMatch(f -> f.getOutcome() == Outcome.SATISFIED);
        boolean notMet = findings.stream().anyMatch(f -> f.getOutcome() == Outcome.VIOLATED);
        if (met && notMet) {
          disagreed.add(obligation);
        }
      });
      assertEquals(disagreed, assessment.getConflicts().stream().map(Conflict::getObligation).toList());
      for (Conflict conflict : assessment.getConflicts()) {
        assertEquals(byObligation.get(conflict.getObligation()), conflict.getFindings());
        assertTrue(conflict.getFindings().stream().map(Finding::getPolicySetId).distinct().count() > 1);
        Set<RequiredAction> asked = new HashSet<>();
        conflict.getFindings().stream().filter(f -> f.getOutcome() == Outcome.VIOLATED)
            .forEach(f -> asked.addAll(f.getRequiredActions()));
        assertEquals(asked, conflict.getRequiredActions());
        assertFalse(conflict.getRequiredActions().isEmpty());
      }
      if (organisation.getCategory() == OrganisationCategory.ACCOUNTING_FIRM) {
        assertEquals(List.of(), assessment.getConflicts());
      }
    });
  }
}
