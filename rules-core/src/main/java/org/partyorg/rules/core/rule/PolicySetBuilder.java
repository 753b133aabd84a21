package org.partyorg.rules.core.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.internal.Codes;

/**
 * Builds an immutable {@link PolicySet} from its metadata and its rules.
 *
 * <pre>{@code
 * PolicySet wuhan = PolicySetBuilder.create("wuhan-2016")
 *     .source(DOCUMENT)
 *     .jurisdiction(Jurisdiction.of("4201", categories))
 *     .effectivePeriod(EffectivePeriod.from(DOCUMENT.getDate()))
 *     .parameters(baseline.parameters())
 *     .excludeWhen(new OutsideBaseRule())   // W10: shell enterprises get no obligation
 *     .rules(baseline.rules())
 *     .build();
 * }</pre>
 *
 * <p>Rules run in the order given; their findings appear in that order. An exclusion rule
 * runs first: if it adds a finding (it says why the organisation is outside the document's
 * base), the other rules are not run.
 */
public final class PolicySetBuilder {
  private final String id;
  private SourceDocument source;
  private Jurisdiction jurisdiction;
  private EffectivePeriod effectivePeriod;
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<Phase> phases = new ArrayList<>();
  private Vocabulary vocabulary = Vocabulary.empty();
  private final List<Messages> messages = new ArrayList<>();
  private final List<Rule> exclusions = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();

  private PolicySetBuilder(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** Starts a policy set with a stable, unique id such as {@code wuhan-2016}. */
  public static PolicySetBuilder create(String id) {
    return new PolicySetBuilder(id);
  }

  public PolicySetBuilder source(SourceDocument source) {
    this.source = Objects.requireNonNull(source, "source");
    return this;
  }

  public PolicySetBuilder jurisdiction(Jurisdiction jurisdiction) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    return this;
  }

  public PolicySetBuilder effectivePeriod(EffectivePeriod effectivePeriod) {
    this.effectivePeriod = Objects.requireNonNull(effectivePeriod, "effectivePeriod");
    return this;
  }

  public PolicySetBuilder parameters(Iterable<Parameter> parameters) {
    parameters.forEach(p -> this.parameters.add(Objects.requireNonNull(p, "parameter")));
    return this;
  }

  public PolicySetBuilder parameters(Parameter... parameters) {
    return parameters(List.of(parameters));
  }

  public PolicySetBuilder targets(Target... targets) {
    this.targets.addAll(List.of(targets));
    return this;
  }

  /**
   * The rules of a set built with this builder (directly or behind a {@link ForwardingPolicySet}),
   * exclusions first, in the order they run; empty for a set built otherwise. For analysts and
   * tests that check which rule classes produce which rule ids.
   */
  public static List<Rule> rulesOf(PolicySet set) {
    PolicySet found = set;
    while (found instanceof ForwardingPolicySet forwarding) {
      found = forwarding.delegate();
    }
    return found instanceof RuleBasedPolicySet built ? built.rules() : List.of();
  }

  /**
   * A set that can rebuild itself for a what-if ({@link PolicySet#withOverrides}): {@code recipe}
   * builds it from its parameters' values, reading every threshold, cap, rate and deadline from
   * the {@link ParameterValues} it is given and listing {@link ParameterValues#all()} as the
   * set's parameters. The recipe runs once now, with the document's values, and once for each
   * variant. Declare the rebuilding once:
   *
   * <pre>{@code
   * static final Parameter STAFF = Parameter.of("largeEnterpriseStaffThreshold", 100, "headCount", W3);
   * static final Parameter DEADLINE = Parameter.date("obligationDeadline", LocalDate.of(2016, 11, 30), W11);
   *
   * public static PolicySet build() {
   *   return PolicySetBuilder.overridable("wuhan-2016", List.of(STAFF, DEADLINE), values ->
   *       PolicySetBuilder.create("wuhan-2016")
   *           ...
   *           .parameters(values.all())
   *           .rules(new LargeEnterpriseRule(values.intValue(STAFF), values.date(DEADLINE)))
   *           .build());
   * }
   * }</pre>
   *
   * @param id the set's id, which every variant keeps
   * @param declared every parameter of the set as its document has it, keys unique
   * @param recipe builds the set from the values in effect; must be a pure function of them
   * @return the set with the document's values; its variants are sets of the same kind
   * @throws IllegalStateException if two parameters share a key, or the recipe builds a set with
   *     another id or listing other parameters than it was given (a recipe that drops an override)
   */
  public static PolicySet overridable(
      String id, List<Parameter> declared, java.util.function.Function<ParameterValues, PolicySet> recipe) {
    return OverridablePolicySet.of(Objects.requireNonNull(id, "id"), declared, Objects.requireNonNull(recipe, "recipe"));
  }

  /** The actions, traits and extra facts the document adds to the shared ones. */
  public PolicySetBuilder vocabulary(Vocabulary vocabulary) {
    this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    return this;
  }

  /**
   * The texts the set's rules take their messages from; the texts every rule shares (the
   * undecided message, the baseline N1–N3) are added by the builder.
   */
  public PolicySetBuilder messages(Messages... more) {
    for (Messages m : more) {
      this.messages.add(java.util.Objects.requireNonNull(m, "messages"));
    }
    return this;
  }

  public PolicySetBuilder phases(Phase... phases) {
    this.phases.addAll(List.of(phases));
    return this;
  }

  /** A rule that, when it adds a finding, puts the organisation outside every other rule. */
  public PolicySetBuilder excludeWhen(Rule exclusion) {
    this.exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
    return this;
  }

  public PolicySetBuilder rules(Iterable<? extends Rule> rules) {
    rules.forEach(r -> this.rules.add(Objects.requireNonNull(r, "rule")));
    return this;
  }

  public PolicySetBuilder rules(Rule... rules) {
    return rules(List.of(rules));
  }

  /**
   * @throws IllegalStateException if the source, jurisdiction or period is missing, there is
   *     no rule, two parameters or targets share a key, two rules declare one finding key, or a
   *     rule declares a key that is neither its id nor its id, a dot and a suffix
   */
  public PolicySet build() {
    List<String> missing = new ArrayList<>();
    if (source == null) missing.add("source");
    if (jurisdiction == null) missing.add("jurisdiction");
    if (effectivePeriod == null) missing.add("effectivePeriod");
    if (rules.isEmpty()) missing.add("rules");
    if (!missing.isEmpty()) {
      throw new IllegalStateException("policy set '" + id + "' is missing " + missing);
    }
    if (effectivePeriod.getFrom().isBefore(source.getDate())) {
      throw new IllegalStateException(
          "policy set '" + id + "' starts on " + effectivePeriod.getFrom()
              + ", before its document's date " + source.getDate());
    }
    requireUniqueKeys(parameters.stream().map(Parameter::getKey).toList(), "parameter");
    requireUniqueKeys(targets.stream().map(t -> t.getRuleId() + "/" + t.getKey()).toList(), "target");
    List<String> findingKeys = new ArrayList<>();
    for (Rule rule : java.util.stream.Stream.concat(exclusions.stream(), rules.stream()).toList()) {
      for (String key : new LinkedHashSet<>(rule.keys())) {
        if (!Codes.isFindingKey(rule.id(), key)) {
          throw new IllegalStateException("policy set '" + id + "': rule " + rule.id() + " ("
              + rule.getClass().getSimpleName() + ") declares the finding key '" + key + "', which is not its own");
        }
        findingKeys.add(key);
      }
    }
    requireUniqueKeys(findingKeys, "finding key");
    return new RuleBasedPolicySet(
        id, source, jurisdiction, effectivePeriod, parameters, targets, phases, vocabulary, sharedAnd(messages),
        exclusions, rules);
  }

  /** The set's own texts, then those every set shares: the baseline's N1–N3 and the common ones. */
  private static List<Messages> sharedAnd(List<Messages> own) {
    List<Messages> all = new ArrayList<>(own);
    all.removeIf(m -> m.name().equals(BaselineRules.MESSAGES.name()) || m.name().equals(FindingFactory.COMMON.name()));
    all.add(BaselineRules.MESSAGES);
    all.add(FindingFactory.COMMON);
    return all;
  }

  private void requireUniqueKeys(List<String> keys, String kind) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new IllegalStateException("policy set '" + id + "' declares " + kind + " '" + key + "' twice");
      }
    }
  }
}
