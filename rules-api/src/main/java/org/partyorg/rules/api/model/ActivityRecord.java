package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * What a party organisation did over a stated period (纪实), and the institutions and
 * facilities it has: what the Hunan audit of a year's party life reads.
 *
 * <p><b>The period is part of the data.</b> The record states the days it covers, both ends
 * inclusive, and claims to hold every event of those days; a day outside it is unknown, never
 * "nothing happened". A frequency rule judges only the calendar periods (year, half-year,
 * quarter, month) that lie wholly inside the record's period and have ended by the as-of date
 * of the assessment; how each rule reads it is said in its javadoc.
 *
 * <p>The institutions and facilities are as on the last day of the period; absent when not
 * reported. The theme-education figures are over the period.
 */
@Value.Immutable
@ValueStyle
@ConsistentActivityRecord
public abstract class ActivityRecord implements WithActivityRecord {
  /** Built only by the library's builders: callers cannot subclass the model. */
  ActivityRecord() {}

  /** The first day the record covers. */
  @NotNull
  @DateInRange
  public abstract LocalDate getPeriodFrom();

  /** The last day the record covers (inclusive). */
  @NotNull
  @DateInRange
  public abstract LocalDate getPeriodTo();

  /** Every event in the period, in any order. */
  public abstract List<@Valid ActivityEvent> getEvents();

  /** The institutions (制度) in place and working; absent when not reported, empty when none. */
  public abstract Optional<Set<Institution>> getInstitutions();

  /** The facilities of indicator 3(1) in place; absent when not reported, empty when none. */
  public abstract Optional<Set<Facility>> getFacilities();

  /**
   * 应参加党内主题教育的党员 (mobile members included): the base of the participation rate;
   * absent when not reported.
   */
  @Persons
  public abstract OptionalInt getThemeEducationMembers();

  /** Members who took part in the theme education of the period; absent when not reported. */
  @Persons
  public abstract OptionalInt getThemeEducationParticipants();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityRecord}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableActivityRecord.Builder {
    Builder() {}
  }

  /** A record of the given days, without events or figures yet. */
  public static ActivityRecord of(LocalDate from, LocalDate to) {
    return builder().periodFrom(from).periodTo(to).build();
  }
}
