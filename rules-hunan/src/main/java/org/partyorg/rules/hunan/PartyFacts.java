package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

  /** The items of a list the plan asks for that are not in place, as the model's codes. */
  static final FactType ABSENT = FactType.codes("absent", "未落实的项目", "items not in place");
  /** The posts of a small branch's leadership not filled: {@code secretary}, {@code disciplineInspector}. */
  static final FactType MISSING_ROLES = FactType.codes("missingRoles", "未配备的职务", "posts not filled")
      .naming("secretary", "书记", "secretary")
      .naming("disciplineInspector", "纪检工作负责人", "person responsible for discipline inspection");
  /** The periods checked, as {@code 2020-Q3}. */
  static final FactType AUDITED_PERIODS = FactType.periods("auditedPeriods", "检查的期间", "periods checked");
  /** The periods with fewer events than the plan asks, as {@code 2020-Q3}. */
  static final FactType MISSING_PERIODS = FactType.periods("missingPeriods", "次数不足的期间", "periods with too few events");
  /** The talks short, each as the period and the person: {@code 2021-H2 纪检乙}. */
  static final FactType MISSING_TALKS =
      FactType.codes("missingTalks", "谈心谈话次数不足的期间和人员", "periods and people with too few talks");
  /** The number of events in each period checked, by period ({@code 2020-Q3}). */
  static final FactType COUNTS = FactType.of("counts", FactKind.RECORD, Unit.TIMES, "各期间次数", "number of events in each period");

  /** The periods in which the secretary talked too few times with someone, as {@code 2021-H2}. */
  static final FactType MISSING_TALK_PERIODS =
      FactType.periods("missingTalkPeriods", "谈心谈话次数不足的期间", "periods with too few talks");
  /** The people the secretary talked with too few times in some period, in the order of the roster. */
  static final FactType NOT_TALKED_WITH =
      FactType.codes("notTalkedWith", "谈心谈话次数不足的人员", "people talked with too few times");
  // the first and last period checked, for the texts that say every period from the one to the other was met
  /** The first period checked. */
  static final FactType FIRST_AUDITED_PERIOD = period("firstAuditedPeriod", "检查的第一个期间", "first period checked");
  /** The last period checked. */
  static final FactType LAST_AUDITED_PERIOD = period("lastAuditedPeriod", "检查的最后一个期间", "last period checked");

  /** The years of a committee's term. */
  static final FactType TERM_YEARS = FactType.count("termYears", Unit.YEARS, "每届任期年数", "length of a term in years");
  /** The share of members due for theme education who took part, in percent. */
  static final FactType PARTICIPATION_PERCENT = FactType.of("participationPercent", FactKind.RATE, Unit.PERCENT,
      "主题教育党员参与率", "theme-education participation rate");
  /** The names of the party groups that do not meet the plan's make-up. */
  static final FactType FAILING_GROUPS = FactType.codes("failingGroups", "不符合要求的党小组", "party groups that fall short");
  /** The members of each party group, by the group's name. */
  static final FactType GROUP_MEMBERS = FactType.of("partyGroupMembers", FactKind.RECORD, Unit.PERSONS,
      "各党小组党员人数", "number of members of each party group");
  /** The formal members of each party group, by the group's name. */
  static final FactType GROUP_FORMAL_MEMBERS = FactType.of("partyGroupFormalMembers", FactKind.RECORD, Unit.PERSONS,
      "各党小组正式党员人数", "number of formal members of each party group");
  /** The names of the platforms of a joint branch with enough formal members to form their own branch. */
  static final FactType LARGE_PLATFORMS = FactType.codes("largePlatforms", "正式党员达到设立党支部人数的资质平台",
      "qualification platforms with enough formal members for a branch of their own");
  /** The formal members of each of those platforms, by the platform's name. */
  static final FactType LARGE_PLATFORM_FORMAL_MEMBERS = FactType.of("largePlatformFormalMembers", FactKind.RECORD,
      Unit.PERSONS, "上述资质平台各自的正式党员人数", "number of formal members of each such platform");
  /** The sanctions that count against an application: the dates of each kind. */
  static final FactType SANCTIONS = FactType.of("sanctions", FactKind.RECORD, Unit.NONE,
      "计入的行政处罚和行业惩戒", "administrative penalties and industry discipline counted");
  /** The first day an organisation may apply. */
  static final FactType ELIGIBLE_FROM = FactType.date("eligibleFrom", "可申报日期", "date from which it may apply");

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

  private static FactType period(String name, String nameZh, String nameEn) {
    return FactType.of(name, FactKind.PERIOD, Unit.NONE, nameZh, nameEn);
  }

  /** The first and the last period checked ({@code 2020-Q3}), of a list that is not empty. */
  static Fact[] auditedSpan(List<String> periods) {
    return new Fact[] {
      Fact.of(FIRST_AUDITED_PERIOD, periods.get(0)), Fact.of(LAST_AUDITED_PERIOD, periods.get(periods.size() - 1))
    };
  }

  /** These facts, then those. */
  static Fact[] and(Fact[] first, Fact... then) {
    Fact[] all = Arrays.copyOf(first, first.length + then.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }

  /**
   * A name as the key of a fact's record: as it is, or with its place in its list
   * ({@code 一组 #3}) if an earlier item has that name.
   */
  static String unique(String name, int index, Map<String, ?> earlier) {
    return earlier.containsKey(name) ? name + " #" + (index + 1) : name;
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
