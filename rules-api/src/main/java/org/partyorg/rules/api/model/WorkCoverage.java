package org.partyorg.rules.api.model;

import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * Party work coverage (党的工作覆盖) of an organisation without a party organisation: a party
 * instructor (党建工作指导员, 联络员 or 第一书记) and the mass organisations set up in it.
 *
 * <p>An organisation without this record has not reported its work coverage: the rules that
 * need it say they cannot decide. A record with no instructor and no mass organisation is a
 * report that there is none.
 */
@Value.Immutable
@ValueStyle
public abstract class WorkCoverage implements WithWorkCoverage {
  /** Built only by the library's builders: callers cannot subclass the model. */
  WorkCoverage() {}

  /** Whether a party instructor, liaison or first secretary is assigned to the organisation. */
  public abstract boolean isInstructorAssigned();

  /** The mass organisations present in the organisation. */
  public abstract Set<MassOrganisation> getMassOrganisations();

  /** Whether both halves of work coverage are in place. */
  public boolean isComplete() {
    return isInstructorAssigned() && !getMassOrganisations().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkCoverage}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableWorkCoverage.Builder {
    Builder() {}
  }

  /** Work coverage reported as absent: no instructor, no mass organisation. */
  public static WorkCoverage none() {
    return builder().instructorAssigned(false).build();
  }
}
