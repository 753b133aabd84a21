package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.Arrays;
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

  private final String policySetId;
  private final String ruleId;
  private final Citation citation;
  private final Optional<LocalDate> deadline;

  private FindingFactory(String policySetId, String ruleId, Citation citation, Optional<LocalDate> deadline) {
    this.policySetId = requireNonBlank(policySetId, "policySetId");
    this.ruleId = requireNonBlank(ruleId, "ruleId");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
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
    return deadline;
  }

  public Finding satisfied(MessageTemplate message, Fact... facts) {
    return base(Outcome.SATISFIED, message, facts).build();
  }

  /** A violation, overdue if {@code asOf} is after the deadline. */
  public Finding violated(LocalDate asOf, MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    return base(Outcome.VIOLATED, message, facts)
        .requiredActions(actions)
        .overdue(deadline.isPresent() && asOf.isAfter(deadline.get()))
        .build();
  }

  public Finding advisory(MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    return base(Outcome.ADVISORY, message, facts).requiredActions(actions).build();
  }

  /** The rule cannot decide: {@code missing} names the facts it needs, never empty. */
  public Finding undecided(List<String> missing, Fact... facts) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + ": an undecided finding must name a missing fact");
    }
    return base(Outcome.UNDECIDED, UNDECIDED, facts)
        .missingFacts(missing)
        .addRequiredActions(RequiredAction.SUPPLY_MISSING_FACTS)
        .build();
  }

  private org.partyorg.rules.api.ImmutableFinding.Builder base(Outcome outcome, MessageTemplate message, Fact[] facts) {
    org.partyorg.rules.api.ImmutableFinding.Builder builder =
        Finding.builder()
            .policySetId(policySetId)
            .ruleId(ruleId)
            .outcome(outcome)
            .citation(citation)
            .messageTemplate(message)
            .facts(Arrays.asList(facts))
            // only a violation can be overdue; violated() sets it from the deadline
            .overdue(false);
    deadline.ifPresent(builder::deadline);
    return builder;
  }

  private static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
