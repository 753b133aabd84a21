package org.partyorg.rules.liaoning;

import java.util.List;
import java.util.OptionalInt;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;

/**
 * Whether a non-public enterprise is in one of the staff bands of 二 ("职工人数100人以上",
 * "50人至99人"), which L3 and L4 share out between them: other categories are never in one, and
 * a missing head count is not read as small.
 */
final class EnterpriseStaff {
  private EnterpriseStaff() {}

  /**
   * Whether the enterprise has at least {@code from} and fewer than {@code below} staff: false
   * otherwise, and when the head count is not given, in which case an undecided finding naming
   * it is added to {@code out}. For rules whose findings compute their facts when read, with
   * {@link #fact}.
   */
  static boolean isWithin(FindingFactory findings, Organisation organisation, int from, int below, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
      return false;
    }
    OptionalInt headCount = organisation.getHeadCount();
    if (headCount.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.HEAD_COUNT), Facts.of(ModelFacts.HEAD_COUNT, headCount, from)));
      return false;
    }
    return headCount.getAsInt() >= from && headCount.getAsInt() < below;
  }

  /** The head count with the band's lower limit, or unknown. */
  static Fact fact(Organisation organisation, int from) {
    return Facts.of(ModelFacts.HEAD_COUNT, organisation.getHeadCount(), from);
  }
}
