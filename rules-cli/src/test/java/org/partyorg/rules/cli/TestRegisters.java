package org.partyorg.rules.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Registers built in memory for the tests: deterministic, Wuhan and Liaoning, every fact reported. */
final class TestRegisters {
  /** A name that would run a script if the page did not escape it. */
  static final String SCRIPT_NAME = "<script>alert(1)</script>武汉示例 & 有限公司";
  /** A name that would add an element if the page did not escape it. */
  static final String IMG_NAME = "<img src=x id=injected>和平区示例企业";

  private TestRegisters() {}

  static List<Organisation> register(int size) {
    SplittableRandom random = new SplittableRandom(2017);
    List<Organisation> register = new ArrayList<>();
    OrganisationCategory[] social = {
      OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.LAW_FIRM,
      OrganisationCategory.ACCOUNTING_FIRM
    };
    String[] wuhanDistricts = {"420102", "420106", "420111"};
    String[] liaoningDivisions = {"210102", "210204", "210302"};
    for (int i = 0; i < size; i++) {
      boolean wuhan = i % 2 == 0;
      String division = wuhan ? wuhanDistricts[i % 3] : liaoningDivisions[i % 3];
      OrganisationCategory category = i % 3 == 0 ? social[random.nextInt(social.length)]
          : OrganisationCategory.NON_PUBLIC_ENTERPRISE;
      String first17 = "91" + division + String.format(Locale.ROOT, "MA%07d", i);
      int staff = 20 + random.nextInt(110);
      int formal = random.nextInt(5);
      PartyOrganisation party = switch (random.nextInt(4)) {
        case 0, 1 -> PartyOrganisation.none();
        case 2 -> formal >= 3 ? PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH) : PartyOrganisation.none();
        default -> PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
            .jointScope(JointScope.BETWEEN_ENTERPRISES).coveredOrganisationCount(2 + random.nextInt(3)).build();
      };
      String name = i == 0 ? SCRIPT_NAME : i == 1 ? IMG_NAME
          : (wuhan ? "武昌区" : "和平区") + "示例" + category.chineseName() + i;
      Organisation.Builder builder = Organisation.builder()
          .creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
          .name(name)
          .category(category)
          .divisionCode(division)
          .headCount(staff)
          .formalMembers(formal)
          .probationaryMembers(0)
          .partyOrganisation(party);
      if (!wuhan) {
        builder.park(i % 5 == 1 ? Park.of("沈阳浑南高新技术产业开发区", ParkLevel.NATIONAL) : Park.none());
      }
      if (category != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
        builder.registrationLevel(random.nextBoolean() ? RegistrationLevel.CITY : RegistrationLevel.DISTRICT_OR_BELOW);
      }
      register.add(builder.build());
    }
    return register;
  }
}
