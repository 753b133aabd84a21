package org.partyorg.rules.hubei.support;

import java.util.List;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.FindingFactory;

/**
 * The first half of every "with N or more staff" (职工N人以上, 员工人数达N人以上) rule: whether
 * the organisation is under it. The head count is compared with the set's parameter, so
 * what-if overrides reach the rule; a missing head count is not read as small.
 */
public final class StaffThreshold {
  private StaffThreshold() {}

  /**
   * Whether the head count reaches {@code threshold}: false when it does not, and when it is not
   * given, in which case an undecided finding naming it is added to {@code out}. For rules whose
   * findings compute their facts when read, with {@link #fact}.
   */
  public static boolean isReached(
      FindingFactory findings, Organisation organisation, Parameter threshold, List<Finding> out) {
    if (organisation.getHeadCount().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.HEAD_COUNT), Fact.unknown(ModelFacts.HEAD_COUNT)));
      return false;
    }
    return organisation.getHeadCount().getAsInt() >= threshold.intValue();
  }

  /** The head count with its limit, of an organisation whose head count is given. */
  public static Fact fact(Organisation organisation, Parameter threshold) {
    return Fact.of(ModelFacts.HEAD_COUNT, organisation.getHeadCount().getAsInt(), threshold.intValue());
  }
}
