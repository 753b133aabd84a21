package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;

/**
 * What the rules of the plan read from an organisation, and the one way each of them says a
 * fact is missing. The plan judges the quality of an existing party organisation: a rule about
 * it adds nothing when the organisation reports having none, and cannot decide when the
 * organisation did not report.
 */
final class PartyFacts {
  static final FactType PARTY_ORGANISATION = ModelFacts.PARTY_ORGANISATION;
  static final FactType STRUCTURE = ModelFacts.STRUCTURE;
  static final FactType COMMITTEE = ModelFacts.COMMITTEE;
  static final FactType PLATFORMS = ModelFacts.PLATFORMS;
  static final FactType RECORD = ModelFacts.ACTIVITY_RECORD;

  // the quantities the plan's rules derive, declared once with their names

  /** The items of a list the plan asks for that are not in place. */
  static final FactType ABSENT = FactType.codes("absent", "未落实的项目", "items not in place");
  /** The roles of a branch's leadership not filled. */
  static final FactType MISSING_ROLES = FactType.codes("missingRoles", "未配备的职务", "roles not filled");
  /** The periods audited, as {@code 2020-Q3}. */
  static final FactType AUDITED_PERIODS = FactType.codes("auditedPeriods", "检查的期间", "periods audited");
  /** The periods with fewer events than the plan asks. */
  static final FactType MISSING_PERIODS = FactType.codes("missingPeriods", "次数不足的期间", "periods short of events");
  /** The periods with fewer talks than the plan asks. */
  static final FactType MISSING_TALKS = FactType.codes("missingTalks", "谈心谈话不足的期间", "periods short of talks");
  /** The number of events in each period audited. */
  static final FactType COUNTS = FactType.of("counts", FactKind.RECORD, Unit.TIMES, "各期间次数", "events per period");
  /** The years a committee's term has run. */
  static final FactType TERM_YEARS = FactType.count("termYears", Unit.YEARS, "任期年数", "years of the term");
  /** The share of members due for theme education who took part, in percent. */
  static final FactType PARTICIPATION_PERCENT =
      FactType.of("participationPercent", FactKind.RATE, Unit.PERCENT, "主题教育参与率", "theme-education participation");
  /** The party groups that do not meet the plan's make-up. */
  static final FactType FAILING_GROUPS = FactType.codes("failingGroups", "不符合要求的党小组", "party groups that fall short");
  /** The platforms with enough formal members to form their own branch. */
  static final FactType LARGE_PLATFORMS =
      FactType.codes("largePlatforms", "可单独组建的资质平台", "platforms large enough for their own branch");
  /** The sanctions that count against an application. */
  static final FactType SANCTIONS = FactType.codes("sanctions", "计入的处罚或处分", "sanctions counted");
  /** The first day an organisation may apply. */
  static final FactType ELIGIBLE_FROM = FactType.date("eligibleFrom", "可申报日期", "eligible from");

  private PartyFacts() {}

  /** The structure of an existing organisation, or an undecided finding. */
  static Optional<BranchStructure> structure(Organisation organisation, FindingFactory findings, List<Finding> out) {
    Optional<BranchStructure> structure = OrganisationFacts.existingPartyOrganisation(findings, organisation, out).flatMap(PartyOrganisation::getStructure);
    if (structure.isEmpty() && organisation.getPartyOrganisation().map(PartyOrganisation::exists).orElse(false)) {
      out.add(findings.undecided(List.of(STRUCTURE), Fact.unknown(STRUCTURE)));
    }
    return structure;
  }

  /** The activity record of an existing organisation, or an undecided finding. */
  static Optional<ActivityRecord> record(Organisation organisation, FindingFactory findings, List<Finding> out) {
    Optional<ActivityRecord> record = OrganisationFacts.existingPartyOrganisation(findings, organisation, out).flatMap(PartyOrganisation::getActivityRecord);
    if (record.isEmpty() && organisation.getPartyOrganisation().map(PartyOrganisation::exists).orElse(false)) {
      out.add(findings.undecided(List.of(RECORD), Fact.unknown(RECORD)));
    }
    return record;
  }

  /**
   * The formal members of the branch: for a joint branch the sum over the platforms it covers
   * (empty unless every platform's count is reported), otherwise the organisation's own count.
   */
  static OptionalInt branchFormalMembers(Organisation organisation, PartyOrganisation party) {
    if (party.getForm() != PartyOrganisationForm.JOINT) {
      return organisation.getFormalMembers();
    }
    List<QualificationPlatform> platforms =
        party.getStructure().map(BranchStructure::getPlatforms).orElse(List.of());
    if (platforms.isEmpty()) {
      return OptionalInt.empty();
    }
    int sum = 0;
    for (QualificationPlatform platform : platforms) {
      if (platform.getFormalMembers().isEmpty()) {
        return OptionalInt.empty();
      }
      sum += platform.getFormalMembers().getAsInt();
    }
    return OptionalInt.of(sum);
  }

  /** The fact a missing branch count is reported under. */
  static FactType branchFormalMembersFact(PartyOrganisation party) {
    return party.getForm() == PartyOrganisationForm.JOINT ? ModelFacts.PLATFORM_FORMAL_MEMBERS : ModelFacts.FORMAL_MEMBERS;
  }

  /**
   * The first day an audit can speak of: the record's first day, or the founding of the party
   * organisation if that is later (a branch cannot meet before it exists).
   */
  static LocalDate auditStart(PartyOrganisation party, ActivityRecord record) {
    LocalDate from = record.getPeriodFrom();
    return party.getFoundingDate().filter(d -> d.isAfter(from)).orElse(from);
  }

  /** The last day an audit can speak of: the record's last day, or the as-of date if earlier. */
  static LocalDate auditEnd(ActivityRecord record, LocalDate asOf) {
    return record.getPeriodTo().isAfter(asOf) ? asOf : record.getPeriodTo();
  }
}
