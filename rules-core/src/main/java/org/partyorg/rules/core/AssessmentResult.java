package org.partyorg.rules.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.Organisation;

/**
 * One record of a batch: either assessed, or rejected with the reasons. A batch returns one
 * result per record, in order, whatever the other records hold: a record is rejected when it is
 * null, breaks a constraint of the model or of its as-of date, or when a rule fails on it (then
 * {@link #getFailure()} holds the exception, for the log).
 */
@Value.Immutable
@ValueStyle
public abstract class AssessmentResult {
  AssessmentResult() {}

  /** The position of the record in the stream given, from 0. */
  public abstract long getIndex();

  /** The record as given; absent when the stream held {@code null} at this position. */
  @Value.Auxiliary
  public abstract Optional<Organisation> getOrganisation();

  /** The assessment, when the record was valid and every rule ran. */
  public abstract Optional<Assessment> getAssessment();

  /** Why the record was rejected; empty when it was assessed. */
  public abstract List<Violation> getRejections();

  /** The exception a rule threw on the record, when that is why it was rejected. */
  @Value.Auxiliary
  public abstract Optional<Throwable> getFailure();

  public boolean isAssessed() {
    return getAssessment().isPresent();
  }

  /** The credit code of the record as given, to find it by; absent for a null record. */
  public Optional<String> creditCode() {
    return getOrganisation().map(Organisation::getCreditCode);
  }

  @Value.Check
  protected void check() {
    if (getAssessment().isPresent() == !getRejections().isEmpty()) {
      throw new IllegalArgumentException("a result is either assessed or rejected with reasons, not both or neither");
    }
  }

  static AssessmentResult assessed(long index, Assessment assessment) {
    return ImmutableAssessmentResult.builder()
        .index(index)
        .organisation(assessment.getOrganisation())
        .assessment(assessment)
        .build();
  }

  static AssessmentResult rejected(long index, Organisation organisation, List<Violation> reasons, Throwable failure) {
    return ImmutableAssessmentResult.builder()
        .index(index)
        .organisation(Optional.ofNullable(organisation))
        .rejections(reasons)
        .failure(Optional.ofNullable(failure))
        .build();
  }
}
