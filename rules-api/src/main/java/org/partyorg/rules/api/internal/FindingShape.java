package org.partyorg.rules.api.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;

/**
 * What the findings of one branch of one rule share whatever the organisation: set, rule,
 * outcome, actions, deadline, whether overdue, citation, missing facts, message template and,
 * for findings whose facts are computed when read, how to compute them. Built through
 * {@link Trusted.Maker#shape}, which checks a finding's invariants once for all its findings.
 */
public final class FindingShape {
  public final String policySetId;
  public final String ruleId;
  /** Unique within the set, stable across versions: the rule id, or the rule id, a dot and a suffix. */
  public final String key;
  /** What the finding holds the organisation to, where the set names it; else null. */
  public final Obligation obligation;
  public final Outcome outcome;
  public final Set<RequiredAction> requiredActions;
  public final LocalDate deadline;
  public final boolean overdue;
  public final Citation citation;
  public final List<FactType> missingFacts;
  /** The names of {@link #missingFacts}. */
  public final List<String> missingFactNames;
  public final MessageTemplate messageTemplate;
  /** The parameters the rule read, with the values in effect: one immutable list shared by the rule's findings. */
  public final List<Parameter> parameters;
  /** The facts of an organisation on a date, for findings that compute them when read; else null. */
  public final BiFunction<Organisation, LocalDate, Fact[]> facts;

  FindingShape(String policySetId, String ruleId, String key, Obligation obligation, Outcome outcome, Set<RequiredAction> requiredActions,
      LocalDate deadline, boolean overdue, Citation citation, List<FactType> missingFacts,
      MessageTemplate messageTemplate, List<Parameter> parameters, BiFunction<Organisation, LocalDate, Fact[]> facts) {
    this.policySetId = policySetId;
    this.ruleId = ruleId;
    this.key = key;
    this.obligation = obligation;
    this.outcome = outcome;
    this.requiredActions = requiredActions;
    this.deadline = deadline;
    this.overdue = overdue;
    this.citation = citation;
    this.missingFacts = missingFacts;
    this.missingFactNames = missingFacts.stream().map(FactType::getName).toList();
    this.messageTemplate = messageTemplate;
    this.parameters = parameters;
    this.facts = facts;
  }

  /** A shape with the given constants; for {@link Trusted.Maker} implementations only. */
  public static FindingShape of(String policySetId, String ruleId, String key, Obligation obligation, Outcome outcome,
      Set<RequiredAction> requiredActions, LocalDate deadline, boolean overdue, Citation citation,
      List<FactType> missingFacts, MessageTemplate messageTemplate, List<Parameter> parameters,
      BiFunction<Organisation, LocalDate, Fact[]> facts) {
    return new FindingShape(policySetId, ruleId, key, obligation, outcome, requiredActions, deadline, overdue, citation,
        missingFacts, messageTemplate, parameters, facts);
  }
}
