package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.model.Organisation;

/**
 * How an assessment reached its answer, step by step, for the reader who asks "why": for one
 * organisation on one as-of date, which policy sets applied and which did not and why, then for
 * every finding its set, key, rule, outcome and clause, the facts the rule read, each comparison
 * of a fact with a limit (the value, the relation that holds, the limit and the parameter that
 * supplied it, with its citation), the deadline against the as-of date, the missing facts of an
 * undecided finding and the actions required.
 *
 * <p>A trace is data first: every part is a record or an enum with a stable {@link Relation#code()
 * code}, so that a writer (JSON in {@code rules-io}) walks it with plain accessors, and it is
 * versioned ({@link #VERSION}). {@link #text(Locale)} writes it for clerks and analysts, in
 * Chinese or English.
 *
 * <p>Build one with {@link #of(Assessment, Collection)}, or {@code Evaluator.trace} in
 * {@code rules-core}. Immutable and thread-safe, as long as the organisation and findings it
 * holds are (the library's are).
 */
public final class Trace {
  /** The version of the trace's shape, written in the envelope of its JSON ({@code "version": 1}). */
  public static final int VERSION = 1;
  /** The kind of document in the envelope of its JSON: {@code "format": "partyorg-rules/trace"}. */
  public static final String FORMAT = "partyorg-rules/trace";

  private final Organisation organisation;
  private final LocalDate asOf;
  private final List<SetCheck> policySets;
  private final List<Step> steps;

  private Trace(Organisation organisation, LocalDate asOf, List<SetCheck> policySets, List<Step> steps) {
    this.organisation = organisation;
    this.asOf = asOf;
    this.policySets = policySets;
    this.steps = steps;
  }

  /**
   * The trace of {@code assessment}, checked against {@code policySets}: the sets that could
   * have applied (an evaluator's {@code policySets()}, or the what-if variants assessed). Every
   * set the assessment names is reported as applied; every other set as not applied, with the
   * reasons ({@link NotApplied}).
   *
   * @throws IllegalArgumentException naming the ids if the assessment names a set that is not
   *     among {@code policySets}, or two sets share an id
   * @throws NullPointerException if an argument is null
   */
  public static Trace of(Assessment assessment, Collection<? extends PolicySet> policySets) {
    Objects.requireNonNull(assessment, "assessment");
    Map<String, PolicySet> byId = new LinkedHashMap<>();
    for (PolicySet set : policySets) {
      if (byId.put(Objects.requireNonNull(set, "policy set").id(), set) != null) {
        throw new IllegalArgumentException("two policy sets have the id " + set.id());
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String id : assessment.getPolicySetIds()) {
      if (!byId.containsKey(id)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the assessment names the policy sets " + unknown
          + ", which are not among those given: " + byId.keySet());
    }
    Organisation organisation = assessment.getOrganisation();
    LocalDate asOf = assessment.getAsOf();
    List<SetCheck> checks = new ArrayList<>();
    for (PolicySet set : byId.values()) {
      checks.add(SetCheck.of(set, organisation, asOf, assessment.getPolicySetIds().contains(set.id())));
    }
    List<Step> steps = new ArrayList<>();
    for (Finding finding : assessment.getFindings()) {
      steps.add(Step.of(finding, asOf));
    }
    return new Trace(organisation, asOf, List.copyOf(checks), List.copyOf(steps));
  }

  /** The organisation assessed. */
  public Organisation getOrganisation() {
    return organisation;
  }

  /** The as-of date of the assessment. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** Every set given, in the order given: applied or not, and why not. */
  public List<SetCheck> getPolicySets() {
    return policySets;
  }

  /** One step per finding, in the assessment's order. */
  public List<Step> getSteps() {
    return steps;
  }

  /** The step of the finding of this set and key, if the assessment has it. */
  public Optional<Step> step(String policySetId, String key) {
    for (Step step : steps) {
      if (step.finding().getPolicySetId().equals(policySetId) && step.finding().getKey().equals(key)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * The trace as text for clerks and analysts: Chinese for a {@code zh} locale, English
   * otherwise; one line per set, then a block per finding. Lines end with {@code \n}.
   */
  public String text(Locale locale) {
    return TraceText.write(this, Objects.requireNonNull(locale, "locale"));
  }

  @Override
  public String toString() {
    return "Trace " + organisation.getCreditCode() + " " + asOf + " " + steps.size() + " findings";
  }

  /** Why a set did not apply; {@link #code()} is stable, for data. */
  public enum NotApplied {
    /** The organisation's division code is outside every prefix of the set's jurisdiction. */
    OUTSIDE_DIVISIONS("outside-divisions"),
    /** The organisation's category is not one the set's jurisdiction covers. */
    OUTSIDE_CATEGORIES("outside-categories"),
    /** The as-of date is before the set's effective period begins. */
    NOT_YET_IN_FORCE("not-yet-in-force"),
    /** The as-of date is after the set's effective period ends. */
    NO_LONGER_IN_FORCE("no-longer-in-force"),
    /** The set applies, but the caller asked for another set only. */
    NOT_REQUESTED("not-requested"),
    /** The set's own condition ({@link PolicySet#appliesTo} overridden) excludes the organisation. */
    SET_CONDITION("set-condition");

    private final String code;

    NotApplied(String code) {
      this.code = code;
    }

    /** Lower-case words joined by hyphens, stable across versions. */
    public String code() {
      return code;
    }
  }

  /**
   * Whether one set applied, and why not.
   *
   * @param policySetId the set's id
   * @param document the document the set encodes
   * @param jurisdiction the divisions and categories it speaks to
   * @param effectivePeriod the period it is in force
   * @param overrides the parameters a what-if variant overrides, by key; empty for the document's set
   * @param applied whether its rules were applied to the organisation
   * @param reasons why not, empty exactly when applied
   */
  public record SetCheck(String policySetId, SourceDocument document, Jurisdiction jurisdiction,
      EffectivePeriod effectivePeriod, Map<String, Parameter> overrides, boolean applied, List<NotApplied> reasons) {
    public SetCheck {
      overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
      reasons = List.copyOf(reasons);
    }

    static SetCheck of(PolicySet set, Organisation organisation, LocalDate asOf, boolean applied) {
      List<NotApplied> reasons = new ArrayList<>();
      if (!applied) {
        Jurisdiction jurisdiction = set.jurisdiction();
        if (!jurisdiction.coversDivision(organisation.getDivisionCode())) {
          reasons.add(NotApplied.OUTSIDE_DIVISIONS);
        }
        if (!jurisdiction.getCategories().contains(organisation.getCategory())) {
          reasons.add(NotApplied.OUTSIDE_CATEGORIES);
        }
        EffectivePeriod period = set.effectivePeriod();
        if (asOf.isBefore(period.getFrom())) {
          reasons.add(NotApplied.NOT_YET_IN_FORCE);
        }
        if (period.getUntil().isPresent() && asOf.isAfter(period.getUntil().get())) {
          reasons.add(NotApplied.NO_LONGER_IN_FORCE);
        }
        if (reasons.isEmpty()) {
          reasons.add(set.appliesTo(organisation, asOf) ? NotApplied.NOT_REQUESTED : NotApplied.SET_CONDITION);
        }
      }
      return new SetCheck(set.id(), set.source(), set.jurisdiction(), set.effectivePeriod(), set.overrides(), applied,
          reasons);
    }
  }

  /**
   * One finding, traced.
   *
   * @param finding the finding itself: set, key, rule id, outcome, obligation, citation, messages
   * @param facts the facts the rule read, known or not, in the rule's order
   * @param comparisons each fact compared with a limit, in the same order
   * @param deadline the finding's deadline against the as-of date, where it has one
   */
  public record Step(Finding finding, List<Fact> facts, List<Comparison> comparisons, Optional<DeadlineCheck> deadline) {
    public Step {
      Objects.requireNonNull(finding, "finding");
      facts = List.copyOf(facts);
      comparisons = List.copyOf(comparisons);
      Objects.requireNonNull(deadline, "deadline");
    }

    static Step of(Finding finding, LocalDate asOf) {
      List<Comparison> comparisons = new ArrayList<>();
      for (Fact fact : finding.getFacts()) {
        if (fact.getLimit().isPresent()) {
          comparisons.add(Comparison.of(fact, finding.getParameters()));
        }
      }
      Optional<DeadlineCheck> deadline = finding.getDeadline().map(d -> DeadlineCheck.of(d, asOf, finding));
      return new Step(finding, finding.getFacts(), comparisons, deadline);
    }

    /** The finding's set. */
    public String policySetId() {
      return finding.getPolicySetId();
    }

    /** The finding's key ({@code W3}, {@code B16.general-meeting}). */
    public String key() {
      return finding.getKey();
    }

    /** The rule id of {@code RULES.md}. */
    public String ruleId() {
      return finding.getRuleId();
    }

    public Outcome outcome() {
      return finding.getOutcome();
    }

    /** The clause the finding rests on: document, section and quoted sentence. */
    public Citation citation() {
      return finding.getCitation();
    }

    /** The parameters the rule read, values in effect, each with its citation. */
    public List<Parameter> parameters() {
      return finding.getParameters();
    }

    /** The facts an undecided finding lacks; empty otherwise. */
    public List<FactType> missingFacts() {
      return finding.getMissingFactTypes();
    }

    /** What has to be done; empty for a satisfied finding. */
    public Set<RequiredAction> requiredActions() {
      return finding.getRequiredActions();
    }
  }

  /** Which side of a limit a value lies on; {@link #code()} is stable, for data. */
  public enum Relation {
    /** Smaller, or earlier for dates. */
    LESS("less"),
    EQUAL("equal"),
    /** Greater, or later for dates. */
    GREATER("greater");

    private final String code;

    Relation(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Relation of(int comparison) {
      return comparison < 0 ? LESS : comparison == 0 ? EQUAL : GREATER;
    }
  }

  /**
   * One fact compared with a limit.
   *
   * @param fact the fact, with its value (or none, when unknown) and limit
   * @param relation how the value stands to the limit, for counts, amounts, rates and dates;
   *     empty when the value is unknown or the two cannot be ordered (codes, lists)
   * @param limit the limit, as the fact holds it
   * @param parameter the parameter of the finding that supplied the limit (same value, and the
   *     same fact where the parameter names one), if one did; a limit the rule derived (a share
   *     of a head-count) has none
   */
  public record Comparison(Fact fact, Optional<Relation> relation, Object limit, Optional<Parameter> parameter) {
    public Comparison {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(parameter, "parameter");
    }

    static Comparison of(Fact fact, List<Parameter> parameters) {
      Object limit = fact.getLimit().orElseThrow();
      Optional<Relation> relation = fact.getValue().flatMap(value -> compare(value, limit));
      return new Comparison(fact, relation, limit, supplier(fact, limit, parameters));
    }

    /** The fact's value, empty when unknown. */
    public Optional<Object> value() {
      return fact.getValue();
    }

    /** The fact's name ({@code headCount}). */
    public String name() {
      return fact.getName();
    }

    private static Optional<Relation> compare(Object value, Object limit) {
      if (value instanceof LocalDate date && limit instanceof LocalDate other) {
        return Optional.of(Relation.of(date.compareTo(other)));
      }
      BigDecimal a = number(value);
      BigDecimal b = number(limit);
      return a == null || b == null ? Optional.empty() : Optional.of(Relation.of(a.compareTo(b)));
    }

    private static Optional<Parameter> supplier(Fact fact, Object limit, List<Parameter> parameters) {
      Parameter unnamed = null;
      for (Parameter parameter : parameters) {
        if (!same(parameter, limit)) {
          continue;
        }
        if (parameter.getFact().isPresent()) {
          if (parameter.getFact().get().equals(fact.getName())) {
            return Optional.of(parameter);
          }
        } else if (unnamed == null) {
          unnamed = parameter;
        }
      }
      return Optional.ofNullable(unnamed);
    }

    private static boolean same(Parameter parameter, Object limit) {
      if (parameter.getDate().isPresent()) {
        return parameter.getDate().get().equals(limit);
      }
      BigDecimal number = number(limit);
      return number != null && parameter.getValue().compareTo(number) == 0;
    }

    private static BigDecimal number(Object value) {
      if (value instanceof BigDecimal decimal) {
        return decimal;
      }
      if (value instanceof Integer || value instanceof Long) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      return null;
    }
  }

  /** When the as-of date falls against a deadline; {@link #code()} is stable, for data. */
  public enum Timing {
    /** The as-of date is before the deadline. */
    BEFORE_DEADLINE("before"),
    /** The as-of date is the deadline day itself: still in time. */
    ON_DEADLINE("on"),
    /** The as-of date is after the deadline. */
    AFTER_DEADLINE("after");

    private final String code;

    Timing(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * A finding's deadline against the as-of date. The deadline day itself is in time: a violated
   * finding is overdue only after it.
   *
   * @param deadline the day by which the rule must be met
   * @param asOf the as-of date of the assessment
   * @param timing whether the as-of date is before, on or after the deadline
   * @param overdue the finding is violated and the as-of date is after the deadline
   * @param parameter the date parameter of the finding that supplied the deadline, if one did
   */
  public record DeadlineCheck(LocalDate deadline, LocalDate asOf, Timing timing, boolean overdue,
      Optional<Parameter> parameter) {
    public DeadlineCheck {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(timing, "timing");
      Objects.requireNonNull(parameter, "parameter");
    }

    static DeadlineCheck of(LocalDate deadline, LocalDate asOf, Finding finding) {
      Timing timing = asOf.isBefore(deadline) ? Timing.BEFORE_DEADLINE
          : asOf.isEqual(deadline) ? Timing.ON_DEADLINE : Timing.AFTER_DEADLINE;
      Optional<Parameter> parameter = Optional.empty();
      for (Parameter candidate : finding.getParameters()) {
        if (candidate.getDate().filter(deadline::equals).isPresent()) {
          parameter = Optional.of(candidate);
          break;
        }
      }
      return new DeadlineCheck(deadline, asOf, timing, finding.isOverdue(), parameter);
    }
  }
}
