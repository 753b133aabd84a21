package org.partyorg.rules.cli;

import java.io.IOException;
import java.nio.file.Path;
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
import org.partyorg.rules.io.CsvOutput;
import org.partyorg.rules.io.RegisterCsv;

/** Registers built in memory for the tests: deterministic, Wuhan and Liaoning, every fact reported. */
final class TestRegisters {
  /** A name that would run a script if the page did not escape it. */
  static final String SCRIPT_NAME = "<script>alert(1)</script>武汉示例 & 有限公司";
  /** A name that would add an element if the page did not escape it. */
  static final String IMG_NAME = "<img src=x id=injected>和平区示例企业";

  private TestRegisters() {}

  /** The register written as CSV with the Chinese headers, as the commands read it. */
  static Path csv(Path file, List<Organisation> register) throws IOException {
    try (CsvOutput out = CsvOutput.create(file, false)) {
      RegisterCsv.write(register.stream(), out);
    }
    return file;
  }

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
      String name = (wuhan ? "武昌区" : "和平区") + "示例" + category.chineseName() + i;
      if (i < 2) {
        // the first two: firms of 120 staff without a party organisation, so the page lists them as not covered
        name = i == 0 ? SCRIPT_NAME : IMG_NAME;
        category = OrganisationCategory.NON_PUBLIC_ENTERPRISE;
        staff = 120;
        party = PartyOrganisation.none();
      }
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
