package org.partyorg.rules.core;

import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Valid organisations to start a test from. */
final class TestOrganisations {
  /** A valid code: 91 + division 420106 + nine characters + check character. */
  static final String CODE = withCheck("91420106MA4K0000");

  private TestOrganisations() {}

  static String withCheck(String start) {
    String first17 = (start + "00000000000000000").substring(0, 17);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** A Wuhan enterprise with nothing but its identity known. */
  static Organisation enterprise() {
    return Organisation.builder()
        .creditCode(CODE)
        .name("武汉测试科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode("420106")
        .build();
  }
}
