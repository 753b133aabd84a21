package org.partyorg.rules.core;

import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.internal.Texts;

/**
 * A policy set failed while assessing a valid organisation: a fault of the library or of a
 * region module, never of the record. It names the set, the rule where known, and the record,
 * and carries the original exception as its cause. {@link Evaluator#assess} throws it;
 * {@link Evaluator#assessAll} turns it into a rejected result and goes on with the next record.
 */
public final class AssessmentFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String policySetId;
  private final String ruleId;
  private final String creditCode;

  /**
   * @param policySetId the set that failed
   * @param ruleId the rule that failed, or {@code null} when the set does not say
   * @param creditCode the credit code of the record being assessed
   * @param cause what the set or rule threw
   */
  public AssessmentFailedException(String policySetId, String ruleId, String creditCode, Throwable cause) {
    super("policy set " + policySetId + (ruleId == null ? "" : ", rule " + ruleId) + ", failed on organisation '"
        + Texts.echo(String.valueOf(creditCode)) + "': " + describe(cause), cause);
    this.policySetId = Objects.requireNonNull(policySetId, "policySetId");
    this.ruleId = ruleId;
    this.creditCode = creditCode;
  }

  static String describe(Throwable cause) {
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + Texts.echo(cause.getMessage()));
  }

  public String getPolicySetId() {
    return policySetId;
  }

  /** The rule id of {@code RULES.md}, when the set says which rule failed. */
  public Optional<String> getRuleId() {
    return Optional.ofNullable(ruleId);
  }

  /** The credit code of the record, as given. */
  public String getCreditCode() {
    return creditCode;
  }
}
