package org.partyorg.rules.core;

import java.util.List;
import org.partyorg.rules.api.model.Organisation;

/**
 * Checks an organisation against the constraints of the model (Jakarta Validation, run by
 * Hibernate Validator) and reports every violation at once, in Chinese and English.
 *
 * <p>Validate where a record enters the system, once; the evaluator does so in
 * {@link Evaluator#assess}. A validator is immutable and safe to share between threads;
 * creating one is costly, so keep it.
 */
public interface OrganisationValidator {
  /** A validator with the model's constraints. */
  static OrganisationValidator create() {
    return new HibernateOrganisationValidator();
  }

  /** Every violation, ordered by field; empty when the organisation is valid. */
  List<Violation> violations(Organisation organisation);

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
}
