package org.partyorg.rules.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;

/**
 * How one finding of one organisation differs between two variants of the same policy sets, for
 * a what-if comparison: Wuhan's 100-staff threshold lowered to 80 turns W3 for a firm of 85 staff
 * without a party organisation from satisfied to violated, with a deadline and an action.
 *
 * <p>Findings are paired by policy set id and {@linkplain Finding#getKey() key}; a change is a
 * difference in outcome, deadline or required actions, or a finding one side gives and the other
 * does not. Texts and facts that differ alone (a message quoting the new threshold for an outcome
 * that stays the same) are not an obligation changing. Immutable and safe to share.
 */
public final class ObligationChange {
  /** One side of a change: what the finding asked, or nothing where that side gave no finding. */
  public record Side(Outcome outcome, Optional<LocalDate> deadline, Set<RequiredAction> actions) {
    public Side {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(deadline, "deadline");
      actions = Set.copyOf(actions);
    }

    static Side of(Finding finding) {
      return new Side(finding.getOutcome(), finding.getDeadline(), finding.getRequiredActions());
    }
  }

  private final String creditCode;
  private final String policySetId;
  private final String key;
  private final String ruleId;
  private final Optional<Side> before;
  private final Optional<Side> after;

  private ObligationChange(String creditCode, String policySetId, String key, String ruleId,
      Optional<Side> before, Optional<Side> after) {
    this.creditCode = creditCode;
    this.policySetId = policySetId;
    this.key = key;
    this.ruleId = ruleId;
    this.before = before;
    this.after = after;
  }

  /**
   * The findings that change from {@code before} to {@code after}, ordered by policy set id, then
   * key; empty when every obligation stays the same.
   *
   * @throws IllegalArgumentException if the two assessments are of different organisations
   *     (credit codes) or dates
   */
  public static List<ObligationChange> between(Assessment before, Assessment after) {
    String code = before.getOrganisation().getCreditCode();
    if (!code.equals(after.getOrganisation().getCreditCode()) || !before.getAsOf().equals(after.getAsOf())) {
      throw new IllegalArgumentException("cannot compare the assessment of " + code + " on " + before.getAsOf()
          + " with that of " + after.getOrganisation().getCreditCode() + " on " + after.getAsOf());
    }
    Map<String, Finding> left = byKey(before.getFindings());
    Map<String, Finding> right = byKey(after.getFindings());
    List<ObligationChange> changes = new ArrayList<>();
    for (Map.Entry<String, Finding> entry : left.entrySet()) {
      Finding old = entry.getValue();
      Finding now = right.get(entry.getKey());
      Optional<Side> was = Optional.of(Side.of(old));
      Optional<Side> is = Optional.ofNullable(now).map(Side::of);
      if (!was.equals(is)) {
        changes.add(new ObligationChange(code, old.getPolicySetId(), old.getKey(), old.getRuleId(), was, is));
      }
    }
    for (Map.Entry<String, Finding> entry : right.entrySet()) {
      if (!left.containsKey(entry.getKey())) {
        Finding now = entry.getValue();
        changes.add(new ObligationChange(
            code, now.getPolicySetId(), now.getKey(), now.getRuleId(), Optional.empty(), Optional.of(Side.of(now))));
      }
    }
    changes.sort(Comparator.comparing(ObligationChange::getPolicySetId).thenComparing(ObligationChange::getKey));
    return List.copyOf(changes);
  }

  private static Map<String, Finding> byKey(List<Finding> findings) {
    Map<String, Finding> map = new LinkedHashMap<>();
    for (Finding finding : findings) {
      map.put(finding.getPolicySetId() + '\u0000' + finding.getKey(), finding);
    }
    return map;
  }

  /** The organisation's unified social credit code. */
  public String getCreditCode() {
    return creditCode;
  }

  public String getPolicySetId() {
    return policySetId;
  }

  /** The finding key, as {@link Finding#getKey()}. */
  public String getKey() {
    return key;
  }

  /** The rule id of {@code RULES.md}. */
  public String getRuleId() {
    return ruleId;
  }

  /** What the first variant asked; empty where it gave no such finding. */
  public Optional<Side> getBefore() {
    return before;
  }

  /** What the second variant asks; empty where it gives no such finding. */
  public Optional<Side> getAfter() {
    return after;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObligationChange that
        && creditCode.equals(that.creditCode)
        && policySetId.equals(that.policySetId)
        && key.equals(that.key)
        && ruleId.equals(that.ruleId)
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(creditCode, policySetId, key, before, after);
  }

  /** For logs: {@code 91420106… wuhan-2016 W3 SATISFIED -> VIOLATED by 2016-11-30}. */
  @Override
  public String toString() {
    return creditCode + " " + policySetId + " " + key + " " + before.map(ObligationChange::show).orElse("(none)")
        + " -> " + after.map(ObligationChange::show).orElse("(none)");
  }

  private static String show(Side side) {
    return side.outcome() + side.deadline().map(d -> " by " + d).orElse("");
  }
}
