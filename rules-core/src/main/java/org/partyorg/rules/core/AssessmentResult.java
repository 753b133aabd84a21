package org.partyorg.rules.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * One record of a batch: either assessed, or rejected with the reasons. A batch returns one
 * result per record, in order, whatever the other records hold.
 */
@Value.Immutable
@ValueStyle
public abstract class AssessmentResult {
  @Value.Auxiliary
  public abstract Organisation getOrganisation();

  /** The assessment, when the record was valid. */
  public abstract Optional<Assessment> getAssessment();

  /** Why the record was rejected; empty when it was assessed. */
  public abstract List<Violation> getRejections();

  public boolean isAssessed() {
    return getAssessment().isPresent();
  }

  @Value.Check
  protected void check() {
    if (getAssessment().isPresent() == !getRejections().isEmpty()) {
      throw new IllegalArgumentException("a result is either assessed or rejected with reasons, not both or neither");
    }
  }

  static AssessmentResult assessed(Assessment assessment) {
    return ImmutableAssessmentResult.builder()
        .organisation(assessment.getOrganisation())
        .assessment(assessment)
        .build();
  }

  static AssessmentResult rejected(Organisation organisation, List<Violation> reasons) {
    return ImmutableAssessmentResult.builder().organisation(organisation).rejections(reasons).build();
  }
}
