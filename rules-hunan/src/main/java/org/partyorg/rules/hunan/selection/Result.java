package org.partyorg.rules.hunan.selection;

import java.util.Objects;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;

/**
 * One conclusion of a review with the sentence it rests on: the form (key {@code B4.form}), the
 * 500-character basis ({@code B4.basis}), the due date ({@code B4.due}), the plan's scope
 * ({@code B4.scope}), and the conditions B1 and B2 (keys {@code B1}, {@code B2}, as the set's
 * findings). {@link Outcome#SATISFIED}, {@link Outcome#VIOLATED} or, where a fact is missing,
 * {@link Outcome#UNDECIDED}.
 */
public record Result(String key, Outcome outcome, Citation citation, String messageZh, String messageEn) {
  /** @throws NullPointerException if an argument is null */
  public Result {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** A finding of the policy set (B1, B2) as a result. */
  static Result of(Finding finding) {
    return new Result(finding.getKey(), finding.getOutcome(), finding.getCitation(), finding.getMessageZh(),
        finding.getMessageEn());
  }

  /** The rule id of {@code RULES.md}: the key up to its first dot ({@code B4} for {@code B4.due}). */
  public String ruleId() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  @Override
  public String toString() {
    return key + " " + outcome + ": " + messageEn;
  }
}
