package org.partyorg.rules.register.planner;

import java.util.Optional;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Organisations for the planner's tests: valid codes, the location and members given. */
final class Orgs {
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private Orgs() {}

  /** A valid credit code, distinct for each {@code n}, in {@code district}. */
  static String code(String district, int n) {
    StringBuilder code = new StringBuilder("91").append(district);
    int rest = n;
    for (int i = 0; i < 9; i++) {
      code.append(ALPHABET.charAt(rest % ALPHABET.length()));
      rest /= ALPHABET.length();
    }
    return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
  }

  static Organisation of(int n, String district, int formalMembers) {
    return Organisation.builder()
        .creditCode(code(district, n))
        .name("测试企业" + n)
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode(district)
        .formalMembers(formalMembers)
        .partyOrganisation(PartyOrganisation.none())
        .build();
  }

  static Organisation of(int n, String district, int formalMembers, String building, String street,
      IndustrySection industry) {
    return of(n, district, formalMembers).withBuilding(Optional.ofNullable(building))
        .withStreet(Optional.ofNullable(street)).withIndustry(Optional.ofNullable(industry));
  }
}
