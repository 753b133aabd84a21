package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.core.Evaluator;

/**
 * What the tests start from: the evaluator a caller would use (every set on the path, this one
 * among them) and valid organisations of the fictional 高新区, built as a caller builds them,
 * with the words named by their codes.
 */
final class Fixtures {
  /** As a caller gets it: discovered, beside the bundled sets. */
  static final Evaluator EVALUATOR = Evaluator.discover();
  static final String SET_ID = "example-hightech-2026";

  /** As a caller names the set's words, without depending on this module's classes. */
  static final Trait HIGH_TECH = Trait.of("HIGH_TECH");
  static final String SERVICE_STATION = "serviceStation";

  /** A day well before both deadlines. */
  static final LocalDate IN_TIME = LocalDate.of(2026, 6, 1);
  static final LocalDate X1_DEADLINE = LocalDate.of(2026, 12, 31);
  static final LocalDate X2_DEADLINE = LocalDate.of(2026, 9, 30);

  private Fixtures() {}

  /** A valid credit code for 南京市玄武区 (320102) ending in {@code tail} (up to nine characters). */
  static String code(String tail) {
    String first17 = ("91320102" + tail + "000000000").substring(0, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** A non-public enterprise under 3201, nothing else known. */
  static Organisation enterprise() {
    return Organisation.builder()
        .creditCode(code("MA0000001"))
        .name("南京示例科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode("320102")
        .build();
  }

  /** A high-tech enterprise with {@code staff} staff; whether it has a station is not given. */
  static Organisation highTech(int staff) {
    return enterprise().withTraits(HIGH_TECH).withHeadCount(staff);
  }

  /** {@link #highTech} reporting whether it has a station. */
  static Organisation highTech(int staff, boolean station) {
    return highTech(staff).withExtraFacts(Map.of(SERVICE_STATION, station));
  }

  static Assessment assess(Organisation organisation, LocalDate asOf) {
    return EVALUATOR.assess(organisation, asOf);
  }

  /** The findings of this set's rule {@code ruleId}, as the evaluator gives them. */
  static List<Finding> findings(Organisation organisation, LocalDate asOf, String ruleId) {
    return assess(organisation, asOf).findings(ruleId);
  }

  static Finding only(Organisation organisation, LocalDate asOf, String ruleId) {
    List<Finding> found = findings(organisation, asOf, ruleId);
    assertEquals(1, found.size(), () -> "expected one " + ruleId + " finding, got " + found);
    return found.get(0);
  }
}
