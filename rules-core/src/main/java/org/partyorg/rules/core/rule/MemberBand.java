package org.partyorg.rules.core.rule;

import java.util.List;
import java.util.Objects;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;

/**
 * Which of the baseline rules N1–N3 an organisation's party members put it under, or which
 * member count is missing to tell. Every rule that turns on "3 formal members" or "has party
 * members" reads it from here, so that all of them draw the lines in the same place.
 *
 * <p>N1 turns on formal members ("3名及以上正式党员"), N2 and N3 on party members of either
 * kind ("党员不足3人", "没有党员"). An organisation with fewer than 3 formal members but 3 or
 * more members in all cannot form its own organisation (N1 counts formal members only), so it
 * falls under N2: that is how the library reads the gap between the two sentences.
 *
 * <p>Unknown is not zero: a missing count gives {@link #FORMAL_UNKNOWN} or
 * {@link #PROBATIONARY_UNKNOWN}, never a guess. The probationary count is asked for only when
 * it decides something, that is when there are no formal members: with one or more, the
 * organisation is under N1 or N2 whatever the probationary count is.
 *
 * @see MemberBandRule the base class of rules that apply to one band
 */
public enum MemberBand {
  /** N1: formal members at or above the standalone threshold (单独组建). */
  STANDALONE,
  /** N2: party members, but fewer formal ones than the threshold (联合组建). */
  JOINT,
  /** N3: no party members of either kind (党的工作覆盖). */
  WORK_COVERAGE,
  /** Formal members unknown: any of N1–N3 may apply. */
  FORMAL_UNKNOWN,
  /** No formal members, probationary members unknown: N2 or N3, not N1. */
  PROBATIONARY_UNKNOWN;

  private static final List<FactType> MISSING_FORMAL = List.of(ModelFacts.FORMAL_MEMBERS);
  private static final List<FactType> MISSING_PROBATIONARY = List.of(ModelFacts.PROBATIONARY_MEMBERS);

  /**
   * The band of {@code organisation}.
   *
   * @param standaloneThreshold the formal members N1 asks for, 3 in every document
   */
  public static MemberBand of(Organisation organisation, int standaloneThreshold) {
    Objects.requireNonNull(organisation, "organisation");
    if (organisation.getFormalMembers().isEmpty()) {
      return FORMAL_UNKNOWN;
    }
    int formal = organisation.getFormalMembers().getAsInt();
    if (formal >= standaloneThreshold) {
      return STANDALONE;
    }
    if (formal > 0) {
      return JOINT;
    }
    if (organisation.getProbationaryMembers().isEmpty()) {
      return PROBATIONARY_UNKNOWN;
    }
    return organisation.getProbationaryMembers().getAsInt() > 0 ? JOINT : WORK_COVERAGE;
  }

  /** Whether the band is known: false for the two bands that stand for a missing count. */
  public boolean isKnown() {
    return this != FORMAL_UNKNOWN && this != PROBATIONARY_UNKNOWN;
  }

  /**
   * Whether an organisation in this band might be in {@code band}: itself, and for an unknown
   * band each known band the missing count leaves open.
   */
  public boolean mayBe(MemberBand band) {
    return this == band
        || this == FORMAL_UNKNOWN
        || (this == PROBATIONARY_UNKNOWN && (band == JOINT || band == WORK_COVERAGE));
  }

  /** The member counts an undecided finding names: empty for a known band. */
  public List<FactType> missingFacts() {
    return switch (this) {
      case FORMAL_UNKNOWN -> MISSING_FORMAL;
      case PROBATIONARY_UNKNOWN -> MISSING_PROBATIONARY;
      default -> List.of();
    };
  }
}
