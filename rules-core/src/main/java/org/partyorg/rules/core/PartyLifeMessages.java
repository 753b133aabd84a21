package org.partyorg.rules.core;

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
 * How a class-level violation on a party organisation's structure and activity record finds the
 * value it is about: the constraint reports on the whole record, the message names the one date
 * or name at fault. The texts are in {@code validation_zh.properties} ({@code activityRecord.*},
 * {@code structure.*}).
 *
 * <p>Only Hunan's rules read the structure and the record today, yet these texts stay in the
 * engine: the constraints are the model's ({@code @ConsistentActivityRecord},
 * {@code @ConsistentBranchStructure} in {@code rules-api}) and are checked where a record enters
 * the evaluator, before and whatever the set that applies, so a rejection must read the same with
 * or without {@code rules-hunan} on the path.
 */
final class PartyLifeMessages {
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

  /** The figures of the organisation's activity record that a text quotes beside the value; null when not given. */
  static Object fromRecord(String name, Organisation organisation) {
    Optional<ActivityRecord> record =
        organisation.getPartyOrganisation().flatMap(PartyOrganisation::getActivityRecord);
    if (record.isEmpty()) {
      return null;
    }
    switch (name) {
      case "periodFrom":
        return record.get().getPeriodFrom();
      case "periodTo":
        return record.get().getPeriodTo();
      case "themeEducationMembers":
        return record.get().getThemeEducationMembers().isPresent()
            ? record.get().getThemeEducationMembers().getAsInt()
            : null;
      default:
        return null;
    }
  }
}
