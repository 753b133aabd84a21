package org.partyorg.rules.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;

/**
 * The texts of the constraints on a party organisation's structure and activity record, and how
 * a class-level violation on them finds the value it is about: the constraint reports on the
 * whole record, the message names the one date or name at fault.
 *
 * <p>Only Hunan's rules read the structure and the record today, yet these texts stay in the
 * engine: the constraints are the model's ({@code @ConsistentActivityRecord},
 * {@code @ConsistentBranchStructure} in {@code rules-api}) and are checked where a record enters
 * the evaluator, before and whatever the set that applies, so a rejection must read the same with
 * or without {@code rules-hunan} on the path.
 */
final class PartyLifeMessages {
  static final Map<String, ViolationMessages.Text> TEXTS =
      ImmutableMap.<String, ViolationMessages.Text>builder()
          .put("{org.partyorg.rules.activityRecord.periodReversed}",
              new ViolationMessages.Text("活动记录期间的结束日{value}早于开始日{periodFrom}",
                  "the record's period ends on {value}, before it starts on {periodFrom}"))
          .put("{org.partyorg.rules.activityRecord.eventOutsidePeriod}",
              new ViolationMessages.Text("活动日期{value}不在记录期间{period}内",
                  "an event dated {value} lies outside the period the record covers, {period}"))
          .put("{org.partyorg.rules.activityRecord.talkNeedsTwoPeople}",
              new ViolationMessages.Text("谈心谈话须记录两名不同的谈话人，实为“{value}”",
                  "a talk records two different people, got '{value}'"))
          .put("{org.partyorg.rules.activityRecord.participantsExceedMembers}",
              new ViolationMessages.Text("参加主题教育的党员{value}名，超过应参加的党员{themeEducationMembers}名",
                  "{value} theme-education participants exceed the {themeEducationMembers} members who should take part"))
          .put("{org.partyorg.rules.structure.notOnRoster}",
              new ViolationMessages.Text("“{value}”不在党员名册中",
                  "'{value}' is not on the roster of members"))
          .put("{org.partyorg.rules.structure.twiceInGroup}",
              new ViolationMessages.Text("“{value}”在同一党小组中重复列出",
                  "'{value}' is listed twice in the same party group"))
          .buildOrThrow();

  private static final Pattern EVENT = Pattern.compile(".*events\\[(\\d+)\\]\\.(date|counterpart)$");
  private static final Pattern GROUP_MEMBER = Pattern.compile(".*partyGroups\\[(\\d+)\\]\\.members\\[(\\d+)\\]\\.name$");
  private static final Pattern COMMITTEE_MEMBER = Pattern.compile(".*committee\\.members\\[(\\d+)\\]$");

  private PartyLifeMessages() {}

  /** The date, name or count a violation on a record is about; the value itself otherwise. */
  static Object fieldValue(String field, Object value) {
    if (value instanceof ActivityRecord record) {
      Matcher event = EVENT.matcher(field);
      if (event.matches()) {
        ActivityEvent e = record.getEvents().get(Integer.parseInt(event.group(1)));
        return event.group(2).equals("date")
            ? e.getDate()
            : e.getLeader().orElse("?") + "—" + e.getCounterpart().orElse("?");
      }
      if (field.endsWith("periodTo")) {
        return record.getPeriodTo();
      }
      if (field.endsWith("themeEducationParticipants")) {
        return record.getThemeEducationParticipants().orElse(-1);
      }
    }
    if (value instanceof BranchStructure structure) {
      Matcher member = GROUP_MEMBER.matcher(field);
      if (member.matches()) {
        return structure.getPartyGroups().get(Integer.parseInt(member.group(1)))
            .getMembers().get(Integer.parseInt(member.group(2))).getName();
      }
      Optional<BranchCommittee> committee = structure.getCommittee();
      Matcher committeeMember = COMMITTEE_MEMBER.matcher(field);
      if (committee.isPresent() && committeeMember.matches()) {
        return committee.get().getMembers().get(Integer.parseInt(committeeMember.group(1)));
      }
      if (committee.isPresent() && field.endsWith("committee.secretary")) {
        return committee.get().getSecretary().orElse(null);
      }
      if (committee.isPresent() && field.endsWith("committee.disciplineInspector")) {
        return committee.get().getDisciplineInspector().orElse(null);
      }
    }
    return value;
  }

  /** The figures of the organisation's activity record that a text quotes beside the value. */
  static String fromRecord(String name, boolean chinese, Organisation organisation) {
    if (!name.startsWith("period") && !name.equals("themeEducationMembers")) {
      return null;
    }
    Optional<ActivityRecord> record =
        organisation.getPartyOrganisation().flatMap(PartyOrganisation::getActivityRecord);
    if (record.isEmpty()) {
      return "?";
    }
    String from = ViolationMessages.shown(record.get().getPeriodFrom(), chinese);
    String to = ViolationMessages.shown(record.get().getPeriodTo(), chinese);
    switch (name) {
      case "periodFrom":
        return from;
      case "period":
        return from + (chinese ? "至" : " to ") + to;
      case "themeEducationMembers":
        return record.get().getThemeEducationMembers().isPresent()
            ? String.valueOf(record.get().getThemeEducationMembers().getAsInt())
            : "?";
      default:
        return null;
    }
  }
}
