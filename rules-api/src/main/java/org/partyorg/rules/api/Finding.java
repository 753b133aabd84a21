package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.partyorg.rules.api.internal.Codes;
import org.partyorg.rules.api.internal.FindingShape;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.internal.Trusted;
import org.partyorg.rules.api.model.Organisation;

/**
 * What one rule of one policy set concluded about one organisation on one date: the outcome,
 * the action required and by when, the clause it rests on, the facts and limits compared, and
 * a message in Chinese and English.
 *
 * <p>Findings are built by the rules of a policy set (see {@code rules-core}); callers only read
 * them. Messages are rendered on first read, and so, for the rules that say how, are the facts:
 * a finding read never is cheap. A finding is immutable and safe to share between threads; two
 * findings are equal when everything but their message template is equal (the parameters read
 * included: a what-if's finding differs from the document's when a value it read moved).
 *
 * <p>Every finding keeps these invariants, checked when it is built: it is overdue only when it
 * is violated and has a deadline; it names missing facts exactly when it is undecided; a
 * satisfied finding requires no action.
 */
public final class Finding {
  private static final Set<RequiredAction> NO_ACTION = Set.of();

  static {
    Trusted.install(new Trusted.Maker() {
      @Override
      public FindingShape shape(String policySetId, String ruleId, String key, Obligation obligation, Outcome outcome,
          Set<RequiredAction> actions, LocalDate deadline, boolean overdue, Citation citation,
          List<FactType> missingFacts, MessageTemplate template, List<Parameter> parameters,
          BiFunction<Organisation, LocalDate, Fact[]> facts) {
        return checked(policySetId, ruleId, key, obligation, outcome, actionSet(actions), deadline, overdue, citation,
            List.copyOf(missingFacts), template, parameters, facts);
      }

      @Override
      public Finding finding(FindingShape shape, Fact[] facts) {
        return new Finding(shape, null, null, facts(facts));
      }

      @Override
      public Finding finding(FindingShape shape, Organisation organisation, LocalDate asOf) {
        return new Finding(shape, Objects.requireNonNull(organisation, "organisation"),
            Objects.requireNonNull(asOf, "asOf"), null);
      }

      @Override
      public Assessment assessment(
          Organisation organisation, LocalDate asOf, List<String> policySetIds, List<Finding> findings) {
        return Assessment.trusted(organisation, asOf, policySetIds, findings);
      }
    });
  }

  private final FindingShape shape;
  // for facts computed when read: the organisation and date they are computed from
  private final Organisation organisation;
  private final LocalDate asOf;
  // given when built (final, so safe however the finding is published), or else computed on
  // first read where the shape says how: an immutable list, so a race only computes it twice
  private final Fact[] givenFacts;
  private List<Fact> factList;
  private String messageZh;
  private String messageEn;

  private Finding(FindingShape shape, Organisation organisation, LocalDate asOf, Fact[] facts) {
    this.shape = shape;
    this.organisation = organisation;
    this.asOf = asOf;
    this.givenFacts = facts;
  }

  /** The facts, after checking that none is null. */
  private static Fact[] facts(Fact[] facts) {
    for (Fact fact : facts) {
      Objects.requireNonNull(fact, "fact");
    }
    return facts;
  }

  private static FindingShape checked(String policySetId, String ruleId, String key, Obligation obligation, Outcome outcome,
      Set<RequiredAction> actions, LocalDate deadline, boolean overdue, Citation citation, List<FactType> missingFacts,
      MessageTemplate template, List<Parameter> parameters, BiFunction<Organisation, LocalDate, Fact[]> facts) {
    require(ruleId, "ruleId");
    if (key == null) {
      key = ruleId;
    } else if (!Codes.isFindingKey(ruleId, key)) {
      throw new IllegalArgumentException("finding key " + Texts.echo(key) + " is neither the rule id " + ruleId
          + " nor the rule id, a dot and a suffix of lower-case letters, digits and hyphens (" + ruleId + ".general-meeting)");
    }
    require(policySetId, "policySetId");
    require(outcome, "outcome");
    require(citation, "citation");
    require(template, "messageTemplate");
    if (overdue && (outcome != Outcome.VIOLATED || deadline == null)) {
      throw new IllegalArgumentException(
          "finding " + ruleId + " is overdue but " + outcome + " with deadline " + deadline);
    }
    if ((outcome == Outcome.UNDECIDED) == missingFacts.isEmpty()) {
      throw new IllegalArgumentException(
          "finding " + ruleId + " is " + outcome + " with missing facts " + missingFacts
              + ": exactly the undecided findings name missing facts");
    }
    if (outcome == Outcome.SATISFIED && !actions.isEmpty()) {
      throw new IllegalArgumentException("finding " + ruleId + " is satisfied yet requires " + actions);
    }
    Set<String> keys = new java.util.HashSet<>();
    for (Parameter parameter : parameters) {
      if (!keys.add(Objects.requireNonNull(parameter, "parameter").getKey())) {
        throw new IllegalArgumentException("finding " + ruleId + " names parameter " + parameter.getKey() + " twice");
      }
    }
    return FindingShape.of(policySetId, ruleId, key, obligation, outcome, actions, deadline, overdue, citation, missingFacts, template,
        parameters, facts);
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("cannot build a finding without its " + name);
    }
    return value;
  }

  /** The rule id of {@code RULES.md}, e.g. {@code W3} or {@code N1}. */
  public String getRuleId() {
    return shape.ruleId;
  }

  /**
   * The finding's key, unique among the findings of its policy set about one organisation and
   * stable across versions, so that a registry can store it: the rule id where the rule gives
   * one finding ({@code W3}), the rule id, a dot and a suffix where it gives several
   * ({@code B16.general-meeting}, {@code L7.must-have}). The keys of every set are listed in
   * the rules catalogue, {@code docs/CATALOGUE.md}.
   */
  public String getKey() {
    return shape.key;
  }

  /**
   * What the finding holds the organisation to, where its set names it (N1–N3 always do): the
   * findings of two sets on one obligation are compared ({@link Assessment#getConflicts()}).
   */
  public Optional<Obligation> getObligation() {
    return Optional.ofNullable(shape.obligation);
  }

  /** The policy set whose rule this is, e.g. {@code wuhan-2016}. */
  public String getPolicySetId() {
    return shape.policySetId;
  }

  public Outcome getOutcome() {
    return shape.outcome;
  }

  /** What has to be done, in the order of the actions' codes; empty unless violated, advisory or undecided. */
  public Set<RequiredAction> getRequiredActions() {
    return shape.requiredActions;
  }

  /** The date by which the rule must be met, where the document sets one. */
  public Optional<LocalDate> getDeadline() {
    return Optional.ofNullable(shape.deadline);
  }

  /** Violated and the as-of date is after the deadline (the deadline day itself is in time). */
  public boolean isOverdue() {
    return shape.overdue;
  }

  public Citation getCitation() {
    return shape.citation;
  }

  /**
   * The parameters of its policy set that the finding's rule read (thresholds, caps, rates,
   * deadlines), with the values in effect: a what-if variant's where the finding comes from one
   * ({@link PolicySet#withOverrides}), each with its key, unit and citation. Every one is among
   * its set's {@link PolicySet#parameters()}; empty for a rule that reads none (a rule on a
   * trait, say). The same immutable list for every finding of the rule, in the order the rule
   * declares them.
   */
  public List<Parameter> getParameters() {
    return shape.parameters;
  }

  /** The parameter of this key that the rule read, if it read one. */
  public Optional<Parameter> parameter(String key) {
    for (Parameter parameter : shape.parameters) {
      if (parameter.getKey().equals(key)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  /** The facts compared, with their limits, in the order the rule reads them. */
  public List<Fact> getFacts() {
    List<Fact> found = factList;
    if (found == null) {
      // given facts sit in a final field; computed ones are copied by List.of into one: either
      // way another thread that sees the list sees its elements
      found = distinct(givenFacts != null ? givenFacts : shape.facts.apply(organisation, asOf));
      factList = found;
    }
    return found;
  }

  /**
   * The facts once each: a rule may hand the same fact twice (the category that is also the
   * ground of a limb), and a reader should see it once. Built when first read, off the hot path.
   */
  private static List<Fact> distinct(Fact[] facts) {
    for (int i = 1; i < facts.length; i++) {
      for (int j = 0; j < i; j++) {
        if (facts[i].equals(facts[j])) {
          return List.copyOf(new LinkedHashSet<>(Arrays.asList(facts)));
        }
      }
    }
    return List.of(facts);
  }

  /** The names of the facts the rule needed and was not given; not empty exactly when undecided. */
  public List<String> getMissingFacts() {
    return shape.missingFactNames;
  }

  /** The facts the rule needed and was not given, with their kinds and names; not empty exactly when undecided. */
  public List<FactType> getMissingFactTypes() {
    return shape.missingFacts;
  }

  public MessageTemplate getMessageTemplate() {
    return shape.messageTemplate;
  }

  public String getMessageZh() {
    String message = messageZh;
    if (message == null) {
      message = shape.messageTemplate.render(this, Locale.SIMPLIFIED_CHINESE);
      messageZh = message;
    }
    return message;
  }

  public String getMessageEn() {
    String message = messageEn;
    if (message == null) {
      message = shape.messageTemplate.render(this, Locale.ENGLISH);
      messageEn = message;
    }
    return message;
  }

  /** The message in Chinese for a {@code zh} locale, in English otherwise. */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getMessageZh() : getMessageEn();
  }

  /** The value of a compared fact, if the rule compared it and it was known. */
  public Optional<Object> fact(String name) {
    return getFact(name).flatMap(Fact::getValue);
  }

  /** The value of a compared fact, if the rule compared it and it was known. */
  public Optional<Object> fact(FactType type) {
    return getFact(type).flatMap(Fact::getValue);
  }

  /** The compared fact of this name (known or not), if the rule compared it. */
  public Optional<Fact> getFact(String name) {
    for (Fact fact : getFacts()) {
      if (fact.getName().equals(name)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  /** The compared fact of this type (known or not), if the rule compared it. */
  public Optional<Fact> getFact(FactType type) {
    for (Fact fact : getFacts()) {
      if (fact.getType().equals(type)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding that)) {
      return false;
    }
    FindingShape a = shape;
    FindingShape b = that.shape;
    return a.ruleId.equals(b.ruleId)
        && a.key.equals(b.key)
        && Objects.equals(a.obligation, b.obligation)
        && a.policySetId.equals(b.policySetId)
        && a.outcome == b.outcome
        && a.requiredActions.equals(b.requiredActions)
        && Objects.equals(a.deadline, b.deadline)
        && a.overdue == b.overdue
        && a.citation.equals(b.citation)
        && a.missingFacts.equals(b.missingFacts)
        && a.parameters.equals(b.parameters)
        && getFacts().equals(that.getFacts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape.key, shape.policySetId, shape.outcome, shape.requiredActions, shape.deadline,
        shape.overdue, shape.citation, getFacts(), shape.missingFacts);
  }

  @Override
  public String toString() {
    return shape.policySetId + "/" + shape.key + " " + shape.outcome
        + (shape.requiredActions.isEmpty() ? "" : " " + shape.requiredActions)
        + getDeadline().map(d -> " by " + d + (shape.overdue ? " (overdue)" : "")).orElse("")
        + " " + getFacts() + (shape.missingFacts.isEmpty() ? "" : " missing " + shape.missingFacts);
  }

  public static Builder builder() {
    return new Builder();
  }

  static Set<RequiredAction> actionSet(Iterable<RequiredAction> actions) {
    if (actions instanceof Set<RequiredAction> set) {
      // the sets of a rule hold one action or none, nearly always
      if (set.isEmpty()) {
        return NO_ACTION;
      }
      if (set.size() == 1) {
        return Set.of(Objects.requireNonNull(set.iterator().next(), "action"));
      }
    }
    // sorted by code, so that the order never depends on the set the rule happened to use
    TreeMap<String, RequiredAction> byCode = new TreeMap<>();
    for (RequiredAction action : actions) {
      byCode.put(Objects.requireNonNull(action, "action").code(), action);
    }
    return byCode.isEmpty() ? NO_ACTION : Collections.unmodifiableSet(new LinkedHashSet<>(byCode.values()));
  }

  /**
   * Builds a finding. Collections given to it are copied; {@link #build} checks the invariants.
   * A builder is not thread-safe; the findings it builds are.
   */
  public static final class Builder {
    private String ruleId;
    private String key;
    private Obligation obligation;
    private String policySetId;
    private Outcome outcome;
    private Set<RequiredAction> requiredActions = NO_ACTION;
    private LocalDate deadline;
    private boolean overdue;
    private Citation citation;
    private List<Fact> facts = List.of();
    private List<FactType> missingFacts = List.of();
    private MessageTemplate messageTemplate;
    private List<Parameter> parameters = List.of();

    private Builder() {}

    /** Every attribute of {@code finding}, to change some of them. */
    public Builder from(Finding finding) {
      this.ruleId = finding.getRuleId();
      this.key = finding.getKey();
      this.obligation = finding.getObligation().orElse(null);
      this.policySetId = finding.getPolicySetId();
      this.outcome = finding.getOutcome();
      this.requiredActions = finding.getRequiredActions();
      this.deadline = finding.getDeadline().orElse(null);
      this.overdue = finding.isOverdue();
      this.citation = finding.getCitation();
      this.facts = finding.getFacts();
      this.missingFacts = finding.getMissingFactTypes();
      this.messageTemplate = finding.getMessageTemplate();
      this.parameters = finding.getParameters();
      return this;
    }

    public Builder ruleId(String ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      return this;
    }

    /** The key, {@code ruleId} or {@code ruleId.suffix}; the rule id when not given. */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** What the finding holds the organisation to, for comparing sets; none when not given. */
    public Builder obligation(Obligation obligation) {
      this.obligation = Objects.requireNonNull(obligation, "obligation");
      return this;
    }

    public Builder policySetId(String policySetId) {
      this.policySetId = Objects.requireNonNull(policySetId, "policySetId");
      return this;
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /** The actions, replacing any given before. */
    public Builder requiredActions(Iterable<RequiredAction> actions) {
      this.requiredActions = actionSet(actions);
      return this;
    }

    public Builder addRequiredActions(RequiredAction... actions) {
      Set<RequiredAction> all = new LinkedHashSet<>();
      all.addAll(requiredActions);
      all.addAll(Arrays.asList(actions));
      this.requiredActions = actionSet(all);
      return this;
    }

    public Builder deadline(LocalDate deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    public Builder deadline(Optional<LocalDate> deadline) {
      this.deadline = deadline.orElse(null);
      return this;
    }

    public Builder overdue(boolean overdue) {
      this.overdue = overdue;
      return this;
    }

    public Builder citation(Citation citation) {
      this.citation = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /** The facts, replacing any given before. */
    public Builder facts(Iterable<Fact> facts) {
      this.facts = copy(facts);
      return this;
    }

    /** The facts, replacing any given before. */
    public Builder facts(Fact... facts) {
      this.facts = List.of(facts);
      return this;
    }

    public Builder addFacts(Fact... facts) {
      List<Fact> all = new ArrayList<>(this.facts);
      all.addAll(List.of(facts));
      this.facts = List.copyOf(all);
      return this;
    }

    /** The missing facts, replacing any given before. */
    public Builder missingFacts(Iterable<FactType> missingFacts) {
      this.missingFacts = copy(missingFacts);
      return this;
    }

    public Builder addMissingFacts(FactType... missingFacts) {
      List<FactType> all = new ArrayList<>(this.missingFacts);
      all.addAll(List.of(missingFacts));
      this.missingFacts = List.copyOf(all);
      return this;
    }

    /** The parameters the rule read, values in effect, replacing any given before; keys unique. */
    public Builder parameters(Iterable<Parameter> parameters) {
      this.parameters = copy(parameters);
      return this;
    }

    /** The parameters the rule read, values in effect, replacing any given before; keys unique. */
    public Builder parameters(Parameter... parameters) {
      this.parameters = List.of(parameters);
      return this;
    }

    public Builder messageTemplate(MessageTemplate messageTemplate) {
      this.messageTemplate = Objects.requireNonNull(messageTemplate, "messageTemplate");
      return this;
    }

    /**
     * @throws IllegalStateException if the rule id, policy set id, outcome, citation or message
     *     template is missing
     * @throws IllegalArgumentException if an invariant of a finding is broken
     */
    public Finding build() {
      FindingShape shape = checked(policySetId, ruleId, key, obligation, outcome, requiredActions, deadline, overdue, citation,
          missingFacts, messageTemplate, parameters, null);
      return new Finding(shape, null, null, facts.toArray(new Fact[0]));
    }

    private static <T> List<T> copy(Iterable<T> items) {
      if (items instanceof List<T> list) {
        return List.copyOf(list);
      }
      List<T> all = new ArrayList<>();
      items.forEach(all::add);
      return List.copyOf(all);
    }
  }
}
