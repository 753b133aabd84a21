package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.ConsistentActivityRecord;

/**
 * Checks {@link ConsistentActivityRecord}: each broken invariant is reported under the property
 * or the event it concerns ({@code periodTo}, {@code events[3].date}).
 */
public final class ConsistentActivityRecordValidator
    implements ConstraintValidator<ConsistentActivityRecord, ActivityRecord> {

  /**
   * Also the check itself, without reporting, when {@code context} is null: a faster path that
   * must agree with validation exactly calls it so.
   */
  @Override
  public boolean isValid(ActivityRecord record, ConstraintValidatorContext context) {
    if (record == null || record.getPeriodFrom() == null || record.getPeriodTo() == null) {
      return true;
    }
    if (context != null) {
      context.disableDefaultConstraintViolation();
    }
    boolean valid = true;
    boolean reversed = record.getPeriodTo().isBefore(record.getPeriodFrom());
    if (reversed) {
      if (context != null) {
        context.buildConstraintViolationWithTemplate("{org.partyorg.rules.activityRecord.periodReversed}")
            .addPropertyNode("periodTo").addConstraintViolation();
      }
      valid = false;
    }
    List<ActivityEvent> events = record.getEvents();
    Budget budget = new Budget(context, "events");
    for (int i = 0; i < events.size(); i++) {
      ActivityEvent event = events.get(i);
      if (!reversed
          && (event.getDate().isBefore(record.getPeriodFrom()) || event.getDate().isAfter(record.getPeriodTo()))) {
        ConstraintValidatorContext report = budget.next();
        if (report != null) {
          report.buildConstraintViolationWithTemplate("{org.partyorg.rules.activityRecord.eventOutsidePeriod}")
              .addPropertyNode("events").addPropertyNode("date").inIterable().atIndex(i)
              .addConstraintViolation();
        }
        valid = false;
      }
      if (event.getKind() == ActivityKind.TALK && !twoPeople(event)) {
        ConstraintValidatorContext report = budget.next();
        if (report != null) {
          report.buildConstraintViolationWithTemplate("{org.partyorg.rules.activityRecord.talkNeedsTwoPeople}")
              .addPropertyNode("events").addPropertyNode("counterpart").inIterable().atIndex(i)
              .addConstraintViolation();
        }
        valid = false;
      }
    }
    if (record.getThemeEducationMembers().isPresent()
        && record.getThemeEducationParticipants().isPresent()
        && record.getThemeEducationMembers().getAsInt() >= 0
        && record.getThemeEducationParticipants().getAsInt() > record.getThemeEducationMembers().getAsInt()) {
      if (context != null) {
        context.buildConstraintViolationWithTemplate("{org.partyorg.rules.activityRecord.participantsExceedMembers}")
            .addPropertyNode("themeEducationParticipants").addConstraintViolation();
      }
      valid = false;
    }
    return valid;
  }

  private static boolean twoPeople(ActivityEvent talk) {
    String leader = talk.getLeader().orElse("");
    String counterpart = talk.getCounterpart().orElse("");
    return !Checks.isBlank(leader) && !Checks.isBlank(counterpart) && !leader.strip().equals(counterpart.strip());
  }
}
