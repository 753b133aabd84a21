package org.partyorg.rules.hunan.selection;

import java.util.List;
import java.util.Optional;
import org.partyorg.rules.api.Outcome;

/**
 * The review of one application: what is missing or wrong in it ({@link #problems()}), each
 * cited result ({@link #results()}) and the {@link #verdict()}. Immutable and safe to share
 * between threads.
 */
public final class Review {
  private final int position;
  private final Application application;
  private final String id;
  private final List<Problem> problems;
  private final List<Result> results;
  private final String cityGroup;

  Review(int position, Application application, String id, List<Problem> problems, List<Result> results,
      String cityGroup) {
    this.position = position;
    this.application = application;
    this.id = id;
    this.problems = List.copyOf(problems);
    this.results = List.copyOf(results);
    this.cityGroup = cityGroup;
  }

  /** The application's place in the batch, from 1; 1 for an application reviewed alone. */
  public int position() {
    return position;
  }

  /** The application; empty for a null entry of a batch. */
  public Optional<Application> application() {
    return Optional.ofNullable(application);
  }

  /**
   * Who applies, as the quotas count it: the practice's unified social credit code, or
   * {@code #} and the position when there is no record.
   */
  public String id() {
    return id;
  }

  /** Every field missing or wrong, the form's first and then the practice record's; empty when there is none. */
  public List<Problem> problems() {
    return problems;
  }

  /** The results in the order B4.form, B4.basis (when a basis is given), B4.due, B4.scope (when outside), B1, B2. */
  public List<Result> results() {
    return results;
  }

  /** The results that are not satisfied: why the application is not (or not yet) eligible. */
  public List<Result> reasons() {
    return results.stream().filter(r -> r.outcome() != Outcome.SATISFIED).toList();
  }

  /** Ineligible if any result is violated; else undecided if any cannot be decided; else eligible. */
  public Verdict verdict() {
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.VIOLATED)) {
      return Verdict.INELIGIBLE;
    }
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.UNDECIDED)) {
      return Verdict.UNDECIDED;
    }
    return Verdict.ELIGIBLE;
  }

  /**
   * The group the recommendation counts against in the per-city quota: the first four digits of
   * the city's code ({@code 4301}); empty for an organisation applying directly, or when the
   * channel of application is missing or wrong.
   */
  public Optional<String> cityGroup() {
    return Optional.ofNullable(cityGroup);
  }

  /** Whether the application is a valid one of an organisation directly under the industry party committee. */
  public boolean isDirectlyManaged() {
    return application != null && application.isDirectlyManaged() && application.getCity().isEmpty();
  }

  @Override
  public String toString() {
    return "#" + position + " " + id + " " + verdict() + " " + reasons();
  }
}
