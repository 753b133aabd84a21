package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.model.Organisation;

/**
 * Checks an organisation against the constraints of the model (Jakarta Validation, run by
 * Hibernate Validator) and reports every violation at once, each with its field, its value (cut
 * to 64 characters, control characters escaped) and the reason in Chinese and English.
 *
 * <p>Validate where a record enters the system, once; the evaluator does so in
 * {@link Evaluator#assess}. A record to be assessed on a date is validated for that date with
 * {@link #violations(Organisation, LocalDate)}, which adds what the date requires (see "Dates
 * after the as-of date" in {@link Organisation}). A validator is immutable and safe to share
 * between threads; creating one is costly, so keep it.
 */
public interface OrganisationValidator {
  /**
   * A validator with the model's constraints. It knows no policy set, so it judges neither
   * traits nor extra facts: to check those too (each declared by some set, of its kind), use
   * the validator of an evaluator, {@link Evaluator#validator()}.
   */
  static OrganisationValidator create() {
    return new HibernateOrganisationValidator();
  }

  /**
   * Every violation of the model's constraints, ordered by field; empty when the organisation is
   * valid.
   *
   * @throws NullPointerException if {@code organisation} is null
   */
  List<Violation> violations(Organisation organisation);

  /**
   * Every violation, ordered by field, of the model's constraints and of what assessing the
   * organisation on {@code asOf} requires; empty when it can be assessed on that date.
   *
   * @throws IllegalArgumentException if {@code asOf} lies outside 1921-07-01 to 2100-12-31
   * @throws NullPointerException if an argument is null
   */
  default List<Violation> violations(Organisation organisation, LocalDate asOf) {
    AsOfCheck.requireInRange(asOf);
    return ViolationMessages.merged(violations(organisation), AsOfCheck.violations(organisation, asOf));
  }

  /**
   * Returns the organisation if it is valid.
   *
   * @throws InvalidOrganisationException listing every violation otherwise
   */
  default Organisation validate(Organisation organisation) {
    List<Violation> violations = violations(organisation);
    if (!violations.isEmpty()) {
      throw new InvalidOrganisationException(organisation.getCreditCode(), violations);
    }
    return organisation;
  }

  /**
   * Returns the organisation if it is valid and can be assessed on {@code asOf}.
   *
   * @throws InvalidOrganisationException listing every violation otherwise
   * @throws IllegalArgumentException if {@code asOf} lies outside 1921-07-01 to 2100-12-31
   */
  default Organisation validate(Organisation organisation, LocalDate asOf) {
    List<Violation> violations = violations(organisation, asOf);
    if (!violations.isEmpty()) {
      throw new InvalidOrganisationException(organisation.getCreditCode(), violations);
    }
    return organisation;
  }
}
