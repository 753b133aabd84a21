package org.partyorg.rules.core.rule;

import java.util.List;
import org.partyorg.rules.api.model.Organisation;

/**
 * Which of the baseline rules an organisation's party members put it under, or which fact is
 * missing to tell.
 *
 * <p>N1 turns on formal members ("3名及以上正式党员"), N2 and N3 on party members of either
 * kind ("党员不足3人", "没有党员"). An organisation with fewer than 3 formal members but 3 or
 * more members in all cannot form its own organisation (N1 counts formal members only), so it
 * falls under N2: that is how the library reads the gap between the two sentences.
 */
enum MemberBand {
  STANDALONE,
  JOINT,
  WORK_COVERAGE,
  /** Formal members unknown: any of N1–N3 may apply. */
  FORMAL_UNKNOWN,
  /** No formal members, probationary members unknown: N2 or N3. */
  PROBATIONARY_UNKNOWN;

  static final List<String> MISSING_FORMAL = List.of("formalMembers");
  static final List<String> MISSING_PROBATIONARY = List.of("probationaryMembers");

  static MemberBand of(Organisation organisation, int standaloneThreshold) {
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
}
