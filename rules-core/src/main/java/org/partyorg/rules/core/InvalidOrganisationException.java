package org.partyorg.rules.core;

import java.util.List;
import java.util.stream.Collectors;
import org.partyorg.rules.api.internal.Texts;

/**
 * An organisation failed validation. {@link #getViolations()} lists every problem at once,
 * each with its field, value and reason in Chinese and English; the message says the same. The
 * violations survive serialisation.
 */
public final class InvalidOrganisationException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

  private final String creditCode;
  // List.copyOf gives a serializable list; Violation is serializable
  private final List<Violation> violations;

  InvalidOrganisationException(String creditCode, List<Violation> violations) {
    super(describe(creditCode, violations));
    this.creditCode = creditCode;
    this.violations = List.copyOf(violations);
  }

  private static String describe(String creditCode, List<Violation> violations) {
    return "organisation '" + Texts.echo(creditCode) + "' is invalid (" + violations.size() + " violation"
        + (violations.size() == 1 ? "" : "s") + "):\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }

  /** The credit code of the organisation as given, for the caller to find the record. */
  public String getCreditCode() {
    return creditCode;
  }

  /** Every violation, never empty, ordered by field. */
  public List<Violation> getViolations() {
    return violations;
  }
}
