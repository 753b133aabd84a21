package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** The check of undecided findings: what they name as missing, against what the organisation reports. */
class ReportedFactsTest {
  private static final SourceDocument DOC = SourceDocument.builder()
      .file("x.txt").title("测试文件").issuer("测试").date(LocalDate.of(2016, 1, 1)).build();

  private static Organisation.Builder organisation() {
    String first17 = "91420106MA0TR000" + "1";
    return Organisation.builder().creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
        .name("测试单位").category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode("420106");
  }

  private static Finding.Builder finding(Outcome outcome) {
    return Finding.builder().ruleId("X1").policySetId("test").outcome(outcome)
        .obligation(Obligation.JOINT_ORGANISATION).citation(Citation.of(DOC, "一", "句子"))
        .messageTemplate(MessageTemplate.of("", ""));
  }

  private static final Finding UNDECIDED_MEMBERS = finding(Outcome.UNDECIDED).addMissingFacts(ModelFacts.FORMAL_MEMBERS).build();

  @Test
  void countsTheUndecidedFindingsThatNameAFactNotReported() {
    Finding met = finding(Outcome.SATISFIED).build();
    assertEquals(2, ReportedFacts.checkUndecided(organisation().build(), List.of(UNDECIDED_MEMBERS, met, UNDECIDED_MEMBERS)));
    assertEquals(0, ReportedFacts.checkUndecided(organisation().formalMembers(2).build(), List.of(met)));
  }

  @Test
  void failsOnAnUndecidedFindingThatNamesAFactTheOrganisationReports() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ReportedFacts.checkUndecided(organisation().formalMembers(2).build(), List.of(UNDECIDED_MEMBERS)));
    assertTrue(e.getMessage().startsWith("X1 names formalMembers as missing, yet the organisation reports it: "),
        e.getMessage());
  }
}
