package org.partyorg.rules.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Institution;
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
import org.partyorg.rules.api.model.SanctionRecord;
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

  /** The date each sample is assessed on, unless the caller gives one for all. */
  public static LocalDate asOf(Organisation sample) {
    return sample.getDivisionCode().startsWith("43") ? HUNAN_AS_OF : CAMPAIGN_AS_OF;
  }

  /** After the 2016 campaigns' deadlines, so that overdue obligations show. */
  static final LocalDate CAMPAIGN_AS_OF = LocalDate.of(2016, 12, 1);

  /** The Hunan plan is of 2020: its sample is assessed on a self-assessment date of 2021. */
  static final LocalDate HUNAN_AS_OF = LocalDate.of(2021, 3, 31);

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
        hunanAppraisalFirm(),
        Organisation.builder()
            .creditCode(code("91", "420100", "MA0TEXT06"))
            .name("武汉示例空壳贸易有限公司")
            .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
            .addTraits(Trait.of("SHELL"))  // a trait Wuhan declares, named by its code
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
            .build(),
        // under two sets that disagree: the societies' document accepts a council-level work
        // group for a society without full-time staff, Wuhan's does not
        Organisation.builder()
            .creditCode(code("51", "420106", "MJ0TEXT08"))
            .name("武汉示例学会")
            .category(OrganisationCategory.ACADEMIC_SOCIETY)
            .divisionCode("420106")
            .headCount(12)
            .fullTimeStaff(0)
            .formalMembers(1)
            .probationaryMembers(1)
            .partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.COUNCIL_WORK_GROUP).build())
            .build());
  }

  /**
   * A Changsha appraisal firm's branch of 9 formal members, with a committee and its record of
   * 2020: a general meeting missed in the third quarter, 7 of the 8 institutions asked for.
   */
  static Organisation hunanAppraisalFirm() {
    ActivityRecord record = ActivityRecord.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    List<ActivityEvent> events = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      events.add(ActivityEvent.of(ActivityKind.COMMITTEE_MEETING, LocalDate.of(2020, month, 10)));
      if (month % 3 == 0) {
        events.add(ActivityEvent.of(ActivityKind.COLLECTIVE_STUDY, LocalDate.of(2020, month, 20)));
        if (month != 9) {
          events.add(ActivityEvent.of(ActivityKind.GENERAL_MEETING, LocalDate.of(2020, month, 25)));
        }
      }
    }
    events.add(ActivityEvent.of(ActivityKind.PARTY_LECTURE, LocalDate.of(2020, 7, 1)));
    events.add(ActivityEvent.of(ActivityKind.ORGANISATIONAL_LIFE_MEETING, LocalDate.of(2020, 12, 28)));
    events.add(ActivityEvent.of(ActivityKind.DEMOCRATIC_APPRAISAL, LocalDate.of(2020, 12, 28)));
    for (int article = 1; article <= 5; article++) {
      events.add(ActivityEvent.of(ActivityKind.PUBLICITY_ARTICLE, LocalDate.of(2020, article * 2, 15)));
    }
    return Organisation.builder()
        .creditCode(code("91", "430100", "MA0TEXT05"))
        .name("湖南示例资产评估有限公司")
        .category(OrganisationCategory.ASSET_APPRAISAL_FIRM)
        .divisionCode("430102")
        .headCount(80)
        .formalMembers(9)
        .probationaryMembers(0)
        .sanctionRecord(SanctionRecord.none())
        .partyOrganisation(PartyOrganisation.builder()
            .form(PartyOrganisationForm.STANDALONE)
            .level(PartyOrganisationLevel.BRANCH)
            .foundingDate(LocalDate.of(2016, 9, 1))
            .structure(BranchStructure.builder()
                .committee(BranchCommittee.builder()
                    .secretary("张三").addMembers("李四", "王五").disciplineInspector("李四")
                    .termStart(LocalDate.of(2019, 6, 1)).build())
                .build())
            .activityRecord(record
                .withEvents(events)
                .withInstitutions(EnumSet.of(
                    Institution.THREE_MEETINGS_ONE_LECTURE, Institution.BRANCH_AND_GROUP_SETUP,
                    Institution.DEMOCRATIC_APPRAISAL, Institution.ORGANISATIONAL_LIFE_MEETING,
                    Institution.MEMBER_DEVELOPMENT, Institution.MEMBER_EDUCATION, Institution.PARTY_DUES))
                .withFacilities(EnumSet.allOf(Facility.class))
                .withThemeEducationMembers(9)
                .withThemeEducationParticipants(9))
            .build())
        .workCoverage(WorkCoverage.builder().instructorAssigned(true)
            .addMassOrganisations(MassOrganisation.TRADE_UNION).build())
        .build();
  }
}
