package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Valid Liaoning organisations to start a test from, and the set under test. */
final class Fixtures {
  static final PolicySet SET = new Liaoning2016Provider();

  /** A day well before every deadline. */
  static final LocalDate IN_TIME = LocalDate.of(2016, 9, 1);
  static final LocalDate REPORT_DEADLINE = LocalDate.of(2016, 11, 30);

  private Fixtures() {}

  /** A valid credit code for Shenyang (210102) ending in {@code tail} (up to nine characters). */
  static String code(String tail) {
    String first17 = ("91210102" + tail + "000000000").substring(0, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** An organisation of the category in Shenyang, nothing else known. */
  static Organisation of(OrganisationCategory category) {
    return Organisation.builder()
        .creditCode(code("MA0000001"))
        .name("沈阳测试组织")
        .category(category)
        .divisionCode("210102")
        .build();
  }

  static Organisation enterprise() {
    return of(OrganisationCategory.NON_PUBLIC_ENTERPRISE);
  }

  static List<Finding> findings(Organisation organisation, LocalDate asOf, String ruleId) {
    return SET.assess(organisation, asOf).findings(ruleId);
  }

  static Finding only(Organisation organisation, LocalDate asOf, String ruleId) {
    List<Finding> found = findings(organisation, asOf, ruleId);
    assertEquals(1, found.size(), () -> "expected one " + ruleId + " finding, got " + found);
    return found.get(0);
  }

  static Finding only(Organisation organisation, String ruleId) {
    return only(organisation, IN_TIME, ruleId);
  }

  static void assertNone(Organisation organisation, String ruleId) {
    List<Finding> found = findings(organisation, IN_TIME, ruleId);
    assertEquals(List.of(), found, () -> "expected no " + ruleId + " finding");
  }
}
