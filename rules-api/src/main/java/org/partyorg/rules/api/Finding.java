package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.internal.Trusted;
import org.partyorg.rules.api.model.Organisation;

/**
 * What one rule of one policy set concluded about one organisation on one date: the outcome,
 * the action required and by when, the clause it rests on, the facts and limits compared, and
 * a message in Chinese and English.
 *
 * <p>Findings are built by the rules of a policy set (see {@code rules-core}); callers only read
 * them. Messages are rendered on first read. A finding is immutable and safe to share between
 * threads; two findings are equal when everything but their message template is equal.
 *
 * <p>Every finding keeps these invariants, checked when it is built: it is overdue only when it
 * is violated and has a deadline; it names missing facts exactly when it is undecided; a
 * satisfied finding requires no action.
 */
public final class Finding {
  private static final Set<RequiredAction> NO_ACTION = Collections.unmodifiableSet(EnumSet.noneOf(RequiredAction.class));
  private static final Map<RequiredAction, Set<RequiredAction>> SINGLE_ACTIONS = new EnumMap<>(RequiredAction.class);

  static {
    for (RequiredAction action : RequiredAction.values()) {
      SINGLE_ACTIONS.put(action, Collections.unmodifiableSet(EnumSet.of(action)));
    }
  }

  private final String ruleId;
  private final String policySetId;
  private final Outcome outcome;
  private final Set<RequiredAction> requiredActions;
  private final LocalDate deadline;
  private final boolean overdue;
  private final Citation citation;
  private final Fact[] facts;
  private final List<String> missingFacts;
  private List<Fact> factList;
  private final MessageTemplate messageTemplate;
  // rendered on first read; a String is immutable, so a race only renders it twice
  private String messageZh;
  private String messageEn;

  static {
    Trusted.install(new Trusted.Maker() {
      @Override
      public Finding finding(String policySetId, String ruleId, Outcome outcome, Set<RequiredAction> actions,
          LocalDate deadline, boolean overdue, Citation citation, Fact[] facts, List<String> missingFacts,
          MessageTemplate template) {
        return new Finding(ruleId, policySetId, outcome, Builder.actionSet(actions), deadline, overdue, citation,
            facts, List.copyOf(missingFacts), template);
      }

      @Override
      public Assessment assessment(
          Organisation organisation, LocalDate asOf, List<String> policySetIds, List<Finding> findings) {
        return Assessment.trusted(organisation, asOf, policySetIds, findings);
      }
    });
  }

  private Finding(String ruleId, String policySetId, Outcome outcome, Set<RequiredAction> requiredActions,
      LocalDate deadline, boolean overdue, Citation citation, Fact[] facts, List<String> missingFacts,
      MessageTemplate messageTemplate) {
    this.ruleId = require(ruleId, "ruleId");
    this.policySetId = require(policySetId, "policySetId");
    this.outcome = require(outcome, "outcome");
    this.requiredActions = requiredActions;
    this.deadline = deadline;
    this.overdue = overdue;
    this.citation = require(citation, "citation");
    this.facts = facts;
    this.missingFacts = missingFacts;
    this.messageTemplate = require(messageTemplate, "messageTemplate");
    for (Fact fact : facts) {
      Objects.requireNonNull(fact, "fact");
    }
    check();
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("cannot build a finding without its " + name);
    }
    return value;
  }

  /** The rule id of {@code RULES.md}, e.g. {@code W3} or {@code N1}. */
  public String getRuleId() {
    return ruleId;
  }

  /** The policy set whose rule this is, e.g. {@code wuhan-2016}. */
  public String getPolicySetId() {
    return policySetId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  /** What has to be done, in the order of {@link RequiredAction}; empty unless violated, advisory or undecided. */
  public Set<RequiredAction> getRequiredActions() {
    return requiredActions;
  }

  /** The date by which the rule must be met, where the document sets one. */
  public Optional<LocalDate> getDeadline() {
    return Optional.ofNullable(deadline);
  }

  /** Violated and the as-of date is after the deadline (the deadline day itself is in time). */
  public boolean isOverdue() {
    return overdue;
  }

  public Citation getCitation() {
    return citation;
  }

  /** The facts compared, with their limits, in the order the rule reads them. */
  public List<Fact> getFacts() {
    List<Fact> view = factList;
    if (view == null) {
      view = Collections.unmodifiableList(Arrays.asList(facts));
      factList = view;
    }
    return view;
  }

  /** The facts the rule needed and was not given; not empty exactly when undecided. */
  public List<String> getMissingFacts() {
    return missingFacts;
  }

  public MessageTemplate getMessageTemplate() {
    return messageTemplate;
  }

  public String getMessageZh() {
    String message = messageZh;
    if (message == null) {
      message = messageTemplate.render(this, Locale.SIMPLIFIED_CHINESE);
      messageZh = message;
    }
    return message;
  }

  public String getMessageEn() {
    String message = messageEn;
    if (message == null) {
      message = messageTemplate.render(this, Locale.ENGLISH);
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
    for (Fact fact : facts) {
      if (fact.getName().equals(name)) {
        return fact.getValue();
      }
    }
    return Optional.empty();
  }

  private void check() {
    if (overdue && (outcome != Outcome.VIOLATED || deadline == null)) {
      throw new IllegalArgumentException(
          "finding " + ruleId + " is overdue but " + outcome + " with deadline " + getDeadline());
    }
    if ((outcome == Outcome.UNDECIDED) == missingFacts.isEmpty()) {
      throw new IllegalArgumentException(
          "finding " + ruleId + " is " + outcome + " with missing facts " + missingFacts
              + ": exactly the undecided findings name missing facts");
    }
    if (outcome == Outcome.SATISFIED && !requiredActions.isEmpty()) {
      throw new IllegalArgumentException(
          "finding " + ruleId + " is satisfied yet requires " + requiredActions);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Finding that
        && ruleId.equals(that.ruleId)
        && policySetId.equals(that.policySetId)
        && outcome == that.outcome
        && requiredActions.equals(that.requiredActions)
        && Objects.equals(deadline, that.deadline)
        && overdue == that.overdue
        && citation.equals(that.citation)
        && Arrays.equals(facts, that.facts)
        && missingFacts.equals(that.missingFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, policySetId, outcome, requiredActions, deadline, overdue, citation,
        Arrays.hashCode(facts), missingFacts);
  }

  @Override
  public String toString() {
    return policySetId + "/" + ruleId + " " + outcome
        + (requiredActions.isEmpty() ? "" : " " + requiredActions)
        + getDeadline().map(d -> " by " + d + (overdue ? " (overdue)" : "")).orElse("")
        + " " + Arrays.toString(facts) + (missingFacts.isEmpty() ? "" : " missing " + missingFacts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a finding. Collections given to it are copied; {@link #build} checks the invariants.
   * A builder is not thread-safe; the findings it builds are.
   */
  public static final class Builder {
    private String ruleId;
    private String policySetId;
    private Outcome outcome;
    private Set<RequiredAction> requiredActions = NO_ACTION;
    private LocalDate deadline;
    private boolean overdue;
    private Citation citation;
    private Fact[] facts = new Fact[0];
    private List<String> missingFacts = List.of();
    private MessageTemplate messageTemplate;

    private Builder() {}

    /** Every attribute of {@code finding}, to change some of them. */
    public Builder from(Finding finding) {
      this.ruleId = finding.ruleId;
      this.policySetId = finding.policySetId;
      this.outcome = finding.outcome;
      this.requiredActions = finding.requiredActions;
      this.deadline = finding.deadline;
      this.overdue = finding.overdue;
      this.citation = finding.citation;
      this.facts = finding.facts;
      this.missingFacts = finding.missingFacts;
      this.messageTemplate = finding.messageTemplate;
      return this;
    }

    public Builder ruleId(String ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
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
      EnumSet<RequiredAction> all = EnumSet.noneOf(RequiredAction.class);
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
      this.facts = copy(facts).toArray(new Fact[0]);
      return this;
    }

    /** The facts, replacing any given before. */
    public Builder facts(Fact... facts) {
      this.facts = List.of(facts).toArray(new Fact[0]);
      return this;
    }

    public Builder addFacts(Fact... facts) {
      List<Fact> all = new ArrayList<>(Arrays.asList(this.facts));
      all.addAll(List.of(facts));
      this.facts = all.toArray(new Fact[0]);
      return this;
    }

    /** The missing facts, replacing any given before. */
    public Builder missingFacts(Iterable<String> missingFacts) {
      this.missingFacts = copy(missingFacts);
      return this;
    }

    public Builder addMissingFacts(String... missingFacts) {
      List<String> all = new ArrayList<>(this.missingFacts);
      all.addAll(Arrays.asList(missingFacts));
      this.missingFacts = List.copyOf(all);
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
      return new Finding(ruleId, policySetId, outcome, requiredActions, deadline, overdue, citation, facts,
          missingFacts, messageTemplate);
    }

    static Set<RequiredAction> actionSet(Iterable<RequiredAction> actions) {
      if (actions instanceof Set<RequiredAction> set) {
        // the sets of a rule hold one action or none, nearly always: share them
        if (set.isEmpty()) {
          return NO_ACTION;
        }
        if (set.size() == 1) {
          return SINGLE_ACTIONS.get(Objects.requireNonNull(set.iterator().next(), "action"));
        }
      }
      EnumSet<RequiredAction> copy = EnumSet.noneOf(RequiredAction.class);
      for (RequiredAction action : actions) {
        copy.add(Objects.requireNonNull(action, "action"));
      }
      return copy.isEmpty() ? NO_ACTION : Collections.unmodifiableSet(copy);
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
