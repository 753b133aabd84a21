package org.partyorg.rules.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * A handful of made-up organisations, one for each kind of case the documents distinguish.
 * Names and codes are fictitious; the codes carry correct GB 32100-2015 check characters.
 */
public final class SampleOrganisations {
  private SampleOrganisations() {}

  /** A code for a fictitious organisation: prefix, division, serial, check character. */
  static String code(String prefix, String division, String serial) {
    String first17 = prefix + division + serial;
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  public static List<Organisation> all() {
    return List.of(
        Organisation.builder()
            .creditCode(code("91", "420106", "MA4KTEXT1"))
            .name("武汉江岸示例科技有限公司")
            .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .divisionCode("420102")
            .headCount(120)
            .formalMembers(2)
            .probationaryMembers(0)
            .partyOrganisation(PartyOrganisation.none())
            .build(),
        Organisation.builder()
            .creditCode(code("31", "420100", "MD0TEXT02"))
            .name("武汉示例会计师事务所（普通合伙）")
            .category(OrganisationCategory.ACCOUNTING_FIRM)
            .divisionCode("420103")
            .headCount(45)
            .formalMembers(4)
            .probationaryMembers(1)
            .partyOrganisation(PartyOrganisation.joint())
            .build(),
        Organisation.builder()
            .creditCode(code("51", "420000", "MJ0TEXT03"))
            .name("湖北省示例学会")
            .category(OrganisationCategory.ACADEMIC_SOCIETY)
            .registrationLevel(RegistrationLevel.PROVINCIAL)
            .divisionCode("420106")
            .headCount(6)
            .fullTimeStaff(0)
            .formalMembers(0)
            .probationaryMembers(0)
            .partyOrganisation(PartyOrganisation.none())
            .workCoverage(WorkCoverage.builder().instructorAssigned(true).build())
            .build(),
        Organisation.builder()
            .creditCode(code("91", "210100", "MA0TEXT04"))
            .name("沈阳示例制造有限公司")
            .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .divisionCode("210106")
            .park(Park.of("沈阳示例经济技术开发区", ParkLevel.NATIONAL))
            .headCount(260)
            .formalMembers(6)
            .probationaryMembers(1)
            .partyOrganisation(PartyOrganisation.builder()
                .form(PartyOrganisationForm.JOINT)
                .jointScope(JointScope.BETWEEN_ENTERPRISES)
                .build())
            .finances(Finances.builder()
                .annualWages(new BigDecimal("18650000.00"))
                .partyBuildingBudget(new BigDecimal("150000"))
                .build())
            .build(),
        Organisation.builder()
            .creditCode(code("91", "430100", "MA0TEXT05"))
            .name("湖南示例资产评估有限公司")
            .category(OrganisationCategory.ASSET_APPRAISAL_FIRM)
            .divisionCode("430102")
            .headCount(80)
            .formalMembers(9)
            .probationaryMembers(0)
            .partyOrganisation(PartyOrganisation.builder()
                .form(PartyOrganisationForm.STANDALONE)
                .level(PartyOrganisationLevel.BRANCH)
                .foundingDate(LocalDate.of(2016, 9, 1))
                .build())
            .workCoverage(WorkCoverage.builder().instructorAssigned(true)
                .addMassOrganisations(MassOrganisation.TRADE_UNION).build())
            .build(),
        Organisation.builder()
            .creditCode(code("91", "420100", "MA0TEXT06"))
            .name("武汉示例空壳贸易有限公司")
            .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .addTraits(Trait.SHELL)
            .divisionCode("420111")
            .headCount(0)
            .formalMembers(0)
            .probationaryMembers(0)
            .build(),
        Organisation.builder()
            .creditCode(code("91", "420100", "MA0TEXT07"))
            .name("武汉示例信息不全公司")
            .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .divisionCode("420115")
            .build());
  }
}
