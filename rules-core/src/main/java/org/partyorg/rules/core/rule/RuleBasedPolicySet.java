package org.partyorg.rules.core.rule;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.internal.Trusted;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentFailedException;

/** The policy set {@link PolicySetBuilder} builds: immutable, so safe to share between threads. */
final class RuleBasedPolicySet implements PolicySet {
  private static final Trusted.Maker MAKER = Trusted.maker();

  private final String id;
  private final List<String> ids;
  private final SourceDocument source;
  private final Jurisdiction jurisdiction;
  private final EffectivePeriod effectivePeriod;
  private final ImmutableList<Parameter> parameters;
  private final ImmutableList<Target> targets;
  private final ImmutableList<Phase> phases;
  private final Vocabulary vocabulary;
  private final List<Messages> messages;
  private final Rule[] exclusions;
  private final Rule[] rules;
  private final List<String> findingKeys;

  RuleBasedPolicySet(
      String id,
      SourceDocument source,
      Jurisdiction jurisdiction,
      EffectivePeriod effectivePeriod,
      List<Parameter> parameters,
      List<Target> targets,
      List<Phase> phases,
      Vocabulary vocabulary,
      List<Messages> messages,
      List<Rule> exclusions,
      List<Rule> rules) {
    this.id = id;
    this.ids = List.of(id);
    this.source = source;
    this.jurisdiction = jurisdiction;
    this.effectivePeriod = effectivePeriod;
    this.parameters = ImmutableList.copyOf(parameters);
    this.targets = ImmutableList.copyOf(targets);
    this.phases = ImmutableList.copyOf(phases);
    this.vocabulary = vocabulary;
    this.messages = ImmutableList.copyOf(messages);
    this.exclusions = exclusions.toArray(new Rule[0]);
    this.rules = rules.toArray(new Rule[0]);
    Set<String> keys = new LinkedHashSet<>();
    for (Rule rule : exclusions) {
      keys.addAll(rule.keys());
    }
    for (Rule rule : rules) {
      keys.addAll(rule.keys());
    }
    this.findingKeys = List.copyOf(keys);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public SourceDocument source() {
    return source;
  }

  @Override
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return effectivePeriod;
  }

  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public List<Phase> phases() {
    return phases;
  }

  /** The exclusions, then the rules, in the order they run. */
  List<Rule> rules() {
    List<Rule> all = new ArrayList<>(List.of(exclusions));
    all.addAll(List.of(rules));
    return List.copyOf(all);
  }

  @Override
  public List<String> findingKeys() {
    return findingKeys;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public List<Messages> messages() {
    return messages;
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>(rules.length);
    for (Rule exclusion : exclusions) {
      evaluate(exclusion, organisation, asOf, findings);
    }
    if (findings.isEmpty()) {
      for (Rule rule : rules) {
        evaluate(rule, organisation, asOf, findings);
      }
    }
    // the list is handed over, never touched again: no copy
    return MAKER.assessment(organisation, asOf, ids, Collections.unmodifiableList(findings));
  }

  /**
   * Runs one rule; whatever it throws (but a virtual machine's own failure, such as running out
   * of memory), and a null finding it adds, comes out naming the set, the rule and the record.
   */
  private void evaluate(Rule rule, Organisation organisation, LocalDate asOf, List<Finding> findings) {
    int before = findings.size();
    try {
      rule.evaluate(organisation, asOf, findings);
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
      throw new AssessmentFailedException(id, rule.id(), organisation.getCreditCode(), failure);
    }
    for (int i = before; i < findings.size(); i++) {
      if (findings.get(i) == null) {
        throw new AssessmentFailedException(id, rule.id(), organisation.getCreditCode(),
            new NullPointerException("rule " + rule.id() + " added a null finding"));
      }
    }
  }

  @Override
  public String toString() {
    return id + " " + source;
  }
}
