package org.partyorg.rules.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Organisations to start a test from, and the few reads every test repeats. */
final class Fixtures {
  static final PolicySet SET = HunanBenchmark2020.build();
  static final String CODE = withCheck("91430100MA4L0000");

  private Fixtures() {}

  static String withCheck(String start) {
    String first17 = (start + "00000000000000000").substring(0, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** A Changsha accounting firm with nothing but its identity known. */
  static Organisation firm() {
    return Organisation.builder()
        .creditCode(CODE)
        .name("湖南测试会计师事务所")
        .category(OrganisationCategory.ACCOUNTING_FIRM)
        .divisionCode("430102")
        .build();
  }

  static PartyOrganisation branch() {
    return PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE)
        .level(PartyOrganisationLevel.BRANCH)
        .build();
  }

  /** A firm with a standalone branch and the given formal members. */
  static Organisation firmWithBranch(int formalMembers) {
    return firm().withFormalMembers(formalMembers).withProbationaryMembers(0).withPartyOrganisation(branch());
  }

  static Organisation withStructure(Organisation organisation, BranchStructure structure) {
    PartyOrganisation party = organisation.getPartyOrganisation().orElseGet(Fixtures::branch);
    return organisation.withPartyOrganisation(party.withStructure(structure));
  }

  static Organisation withRecord(Organisation organisation, ActivityRecord record) {
    PartyOrganisation party = organisation.getPartyOrganisation().orElseGet(Fixtures::branch);
    return organisation.withPartyOrganisation(party.withActivityRecord(record));
  }

  static List<Finding> findings(Organisation organisation, LocalDate asOf, String ruleId) {
    Assessment assessment = SET.assess(organisation, asOf);
    return assessment.findings(ruleId);
  }

  /** The one finding of a rule; fails if there are none or several. */
  static Finding only(Organisation organisation, LocalDate asOf, String ruleId) {
    List<Finding> found = findings(organisation, asOf, ruleId);
    assertEquals(1, found.size(), () -> "expected one " + ruleId + " finding, got " + found);
    return found.get(0);
  }

  static Outcome outcome(Organisation organisation, LocalDate asOf, String ruleId) {
    return only(organisation, asOf, ruleId).getOutcome();
  }
}
