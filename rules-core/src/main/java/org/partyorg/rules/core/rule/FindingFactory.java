package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.internal.Trusted;

/**
 * The constant parts of one rule's findings (policy set, rule id, citation, deadline), built
 * once, so that a rule only supplies what varies: the outcome, the facts and the action.
 *
 * <p>Overdue is decided here, once for every rule: a violated finding is overdue when the
 * as-of date is after the deadline; on the deadline day itself it is still in time.
 */
public final class FindingFactory {
  private static final MessageTemplate UNDECIDED =
      MessageTemplate.of(
          "{rule}：缺少{missing}，无法判断。",
          "{rule}: cannot decide without {missing}.");

  private static final Trusted.Maker MAKER = Trusted.maker();
  private static final Set<RequiredAction> NO_ACTION = EnumSet.noneOf(RequiredAction.class);
  private static final Set<RequiredAction> SUPPLY = EnumSet.of(RequiredAction.SUPPLY_MISSING_FACTS);

  private final String policySetId;
  private final String ruleId;
  private final Citation citation;
  private final LocalDate deadline;

  private FindingFactory(String policySetId, String ruleId, Citation citation, Optional<LocalDate> deadline) {
    this.policySetId = requireNonBlank(policySetId, "policySetId");
    this.ruleId = requireNonBlank(ruleId, "ruleId");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.deadline = Objects.requireNonNull(deadline, "deadline").orElse(null);
  }

  /** A rule with a deadline: violated findings after {@code deadline} are overdue. */
  public static FindingFactory of(String policySetId, String ruleId, Citation citation, LocalDate deadline) {
    return new FindingFactory(policySetId, ruleId, citation, Optional.of(deadline));
  }

  /** A rule without a deadline. */
  public static FindingFactory of(String policySetId, String ruleId, Citation citation) {
    return new FindingFactory(policySetId, ruleId, citation, Optional.empty());
  }

  public String ruleId() {
    return ruleId;
  }

  public Citation citation() {
    return citation;
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * The rule is met. Like every method here it keeps the array of facts as it is, without
   * copying it: pass the facts as arguments, or an array you do not change afterwards.
   */
  public Finding satisfied(MessageTemplate message, Fact... facts) {
    return make(Outcome.SATISFIED, message, NO_ACTION, false, facts, List.of());
  }

  /** A violation, overdue if {@code asOf} is after the deadline. */
  public Finding violated(LocalDate asOf, MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    boolean overdue = deadline != null && asOf.isAfter(deadline);
    return make(Outcome.VIOLATED, message, actions, overdue, facts, List.of());
  }

  public Finding advisory(MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    return make(Outcome.ADVISORY, message, actions, false, facts, List.of());
  }

  /** The rule cannot decide: {@code missing} names the facts it needs, never empty. */
  public Finding undecided(List<String> missing, Fact... facts) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + ": an undecided finding must name a missing fact");
    }
    return make(Outcome.UNDECIDED, UNDECIDED, SUPPLY, false, facts, missing);
  }

  private Finding make(
      Outcome outcome, MessageTemplate message, Set<RequiredAction> actions, boolean overdue, Fact[] facts,
      List<String> missing) {
    // the engine's own path: no builder, no copies of what the rule hands over
    return MAKER.finding(policySetId, ruleId, outcome, actions, deadline, overdue, citation,
        Objects.requireNonNull(facts, "facts"), missing, Objects.requireNonNull(message, "message"));
  }

  private static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
