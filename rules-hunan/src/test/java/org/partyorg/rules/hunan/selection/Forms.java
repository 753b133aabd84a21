package org.partyorg.rules.hunan.selection;

import java.time.LocalDate;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.hunan.HunanBenchmark2020Provider;

/** Applications to start a test from. */
final class Forms {
  static final PolicySet PLAN = new HunanBenchmark2020Provider();
  static final Selection SELECTION = Selection.of(PLAN);
  static final LocalDate DUE = LocalDate.of(2020, 8, 15);
  static final LocalDate FOUNDED = LocalDate.of(2015, 3, 1);

  private Forms() {}

  /** A valid credit code of a Changsha practice, distinct for each {@code n}. */
  static String code(int n) {
    String first17 = String.format("91430100MA4L%05d", n);
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** A Changsha accounting firm with a branch founded on {@code founded} (null: not recorded) and no sanctions. */
  static Organisation practice(int n, LocalDate founded) {
    PartyOrganisation.Builder branch = PartyOrganisation.builder()
        .form(PartyOrganisationForm.STANDALONE)
        .level(PartyOrganisationLevel.BRANCH);
    if (founded != null) {
      branch.foundingDate(founded);
    }
    return Organisation.builder()
        .creditCode(code(n))
        .name("湖南测试会计师事务所" + n)
        .category(OrganisationCategory.ACCOUNTING_FIRM)
        .divisionCode("430102")
        .headCount(86)
        .formalMembers(8)
        .probationaryMembers(1)
        .partyOrganisation(branch.build())
        .sanctionRecord(SanctionRecord.none())
        .build();
  }

  /** A complete application of practice {@code n}, recommended by 长沙市, sent on the due date. */
  static Application.Builder complete(int n) {
    return Application.builder()
        .partyOrganisationName("湖南测试会计师事务所" + n + "党支部")
        .foundingDate(FOUNDED)
        .secretary("张三")
        .headCount(86)
        .members(9)
        .addHonours(new Application.Honour("先进基层党组织", LocalDate.of(2019, 7, 1)))
        .basis("党支部坚持“三会一课”，带动事务所执业质量稳步提升。")
        .city("430100")
        .submitted(DUE)
        .practice(practice(n, FOUNDED));
  }

  /** As {@link #complete}, but directly under the industry party committee. */
  static Application.Builder direct(int n) {
    return complete(n).city(java.util.Optional.empty()).directlyManaged(true);
  }
}
