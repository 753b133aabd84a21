package org.partyorg.rules.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.WhatIfDiff;

/**
 * The register half of the library on a small register (台账): 300 firms and social organisations
 * of Wuhan's Wuchang district and Shenyang's Heping district, reported on 2017-01-01 against
 * every target of the sets that apply, then Wuhan's 100-staff threshold lowered to 80 as a
 * what-if, with the organisations whose obligations change. The README's main job runs it after
 * the samples.
 */
public final class ReportRegister {
  /** The date of the report: after every 2016 target's deadline. */
  static final LocalDate AS_OF = LocalDate.of(2017, 1, 1);

  private ReportRegister() {}

  public static void main(String[] args) {
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    run(Evaluator.discover(), System.out);
  }

  static void run(Evaluator evaluator, PrintStream out) {
    List<Organisation> register = register();
    CoverageReport report = CoverageReport.of(evaluator, AS_OF)
        // Liaoning's doubling is measured against the count before the campaign, which only the caller knows
        .baseline("liaoning-2016", "jointOrganisationGrowth", 10)
        .keepAtMost(3)
        .over(register.stream());
    out.println();
    out.println("══ coverage report of a register of " + register.size() + " organisations ══");
    out.println(report.summary(Locale.CHINESE));
    out.println(report.summary(Locale.ENGLISH));

    Evaluator at80 = evaluator.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
    WhatIfDiff diff = WhatIfDiff.of(evaluator, at80, AS_OF).keepAtMost(3).over(register.stream());
    out.println("══ what if Wuhan's 100-staff threshold were 80 ══");
    out.println(diff.changedOrganisations() + " organisations' obligations change; for example:");
    diff.changed().forEach(changed -> changed.changes().forEach(change -> out.println("  " + change)));
    diff.targets().stream().filter(WhatIfDiff.TargetMove::moved).forEach(move -> out.println("  target "
        + move.policySetId() + "/" + move.key() + ": base " + move.before().total().base() + " → "
        + move.after().total().base() + ", covered " + move.before().total().covered() + " → "
        + move.after().total().covered()));
  }

  /** The register: deterministic, so the printed report is the same on every run. */
  static List<Organisation> register() {
    SplittableRandom random = new SplittableRandom(2017);
    List<Organisation> register = new ArrayList<>();
    OrganisationCategory[] social = {
      OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.LAW_FIRM,
      OrganisationCategory.ACCOUNTING_FIRM
    };
    for (int i = 0; i < 300; i++) {
      boolean wuhan = i % 2 == 0;
      String division = wuhan ? "420106" : "210102";
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
      Organisation.Builder builder = Organisation.builder()
          .creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
          .name((wuhan ? "武昌区" : "和平区") + "示例" + category.chineseName() + i)
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
