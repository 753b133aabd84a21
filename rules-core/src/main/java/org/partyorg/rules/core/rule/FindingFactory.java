package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.internal.FindingShape;
import org.partyorg.rules.api.internal.Trusted;
import org.partyorg.rules.api.model.Organisation;

/**
 * The constant parts of one rule's findings (policy set, rule id, citation, deadline), built
 * once, so that a rule only supplies what varies: the outcome, the facts and the action.
 *
 * <p>Overdue is decided here, once for every rule: a violated finding is overdue when the
 * as-of date is after the deadline; on the deadline day itself it is still in time.
 *
 * <p>Two ways to give a finding's facts:
 * <ul>
 *   <li>as values, when the finding is made: {@link #satisfied(MessageTemplate, Fact...)} and
 *       its siblings. The array of facts is kept as it is, not copied: pass the facts as
 *       arguments, or an array you do not change afterwards.
 *   <li>as a function of the organisation and the date ({@link FactSource}), computed only when
 *       a caller reads them: {@link #prepareSatisfied} and its siblings, built once in the rule's
 *       constructor, then {@link Prepared#of} for each organisation. A register of millions
 *       whose facts nobody reads then costs one small object per finding. The function must give
 *       the facts the rule compared, for any organisation the rule gives that finding for.
 * </ul>
 *
 * <p>A factory is immutable and thread-safe.
 */
public final class FindingFactory {
  /** The texts every rule shares ({@code common_zh.properties}). */
  static final Messages COMMON = Messages.load(FindingFactory.class, "common");
  private static final MessageTemplate UNDECIDED = COMMON.template("undecided");

  private static final Trusted.Maker MAKER = Trusted.maker();
  private static final Set<RequiredAction> NO_ACTION = Set.of();
  private static final Set<RequiredAction> SUPPLY = Set.of(RequiredAction.SUPPLY_MISSING_FACTS);
  /** How many shapes of findings with given facts a factory remembers; a rule has a handful. */
  private static final int SHAPES_KEPT = 16;

  private final String policySetId;
  private final String ruleId;
  private final String key;
  private final Obligation obligation;
  private final Citation citation;
  private final LocalDate deadline;
  /** The parameters the rule reads, values in effect: one immutable list for all its findings. */
  private final List<Parameter> parameters;
  // copy on write: read without a lock by every thread, replaced whole when a shape is added
  private volatile FindingShape[] shapes = new FindingShape[0];

  private FindingFactory(String policySetId, String ruleId, String key, Obligation obligation, Citation citation,
      Optional<LocalDate> deadline, List<Parameter> parameters) {
    this.policySetId = requireNonBlank(policySetId, "policySetId");
    this.ruleId = requireNonBlank(ruleId, "ruleId");
    this.key = key;
    this.obligation = obligation;
    this.citation = Objects.requireNonNull(citation, "citation");
    this.deadline = Objects.requireNonNull(deadline, "deadline").orElse(null);
    this.parameters = parameters;
  }

  /**
   * A rule whose deadline is a date parameter of its set ({@code obligationDeadline}), with the
   * value in effect: violated findings after its date are overdue, and the findings list it among
   * the parameters they read ({@link Finding#getParameters()}).
   *
   * @throws IllegalArgumentException if {@code deadline} is not a date parameter
   */
  public static FindingFactory of(String policySetId, String ruleId, Citation citation, Parameter deadline) {
    LocalDate date = deadline.getDate().orElseThrow(() -> new IllegalArgumentException(
        "rule " + ruleId + ": parameter " + deadline.getKey() + " is not a date, so it cannot be a deadline"));
    return new FindingFactory(policySetId, ruleId, ruleId, null, citation, Optional.of(date), List.of(deadline));
  }

  /** A rule with a deadline: violated findings after {@code deadline} are overdue. */
  public static FindingFactory of(String policySetId, String ruleId, Citation citation, LocalDate deadline) {
    return new FindingFactory(policySetId, ruleId, ruleId, null, citation, Optional.of(deadline), List.of());
  }

  /** A rule without a deadline. */
  public static FindingFactory of(String policySetId, String ruleId, Citation citation) {
    return new FindingFactory(policySetId, ruleId, ruleId, null, citation, Optional.empty(), List.of());
  }

  /**
   * This factory with its findings naming {@code parameters} among those they read, after any
   * named before (a deadline given as a parameter comes first): the thresholds, caps, rates and
   * deadlines the rule compares with, values in effect (what a what-if's
   * {@link ParameterValues#get} gives). Every rule of a set declares here exactly the parameters
   * it reads, once, where it makes its factory; {@link Finding#getParameters()} gives them and a
   * trace shows which one supplied each limit.
   *
   * @throws IllegalArgumentException if a key is named twice
   */
  public FindingFactory reads(Parameter... parameters) {
    List<Parameter> all = new java.util.ArrayList<>(this.parameters);
    for (Parameter parameter : parameters) {
      for (Parameter known : all) {
        if (known.getKey().equals(parameter.getKey())) {
          throw new IllegalArgumentException("rule " + ruleId + " names parameter " + parameter.getKey() + " twice");
        }
      }
      all.add(parameter);
    }
    return new FindingFactory(policySetId, ruleId, key, obligation, citation, Optional.ofNullable(deadline), List.copyOf(all));
  }

  /** The parameters this factory's findings name, values in effect, in the order declared. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * This factory with its findings keyed {@code ruleId.suffix}, for a rule that gives more than
   * one finding about an organisation, or whose findings rest on different sentences: each of
   * them needs its own key ({@code B16.general-meeting}). Keys are stored by callers: never
   * change one once released.
   *
   * @throws IllegalArgumentException if the suffix is not lower-case letters and digits in words
   *     joined by single hyphens
   * @throws IllegalStateException if this factory's findings are keyed already
   */
  public FindingFactory keyed(String suffix) {
    if (!key.equals(ruleId)) {
      throw new IllegalStateException("the findings of rule " + ruleId + " are keyed " + key + " already");
    }
    String newKey = ruleId + "." + Objects.requireNonNull(suffix, "suffix");
    // the finding checks the form of the key: check it here once, where the author writes it
    MAKER.shape(policySetId, ruleId, newKey, null, Outcome.SATISFIED, NO_ACTION, null, false, citation, List.of(),
        UNDECIDED, List.of(), null);
    return new FindingFactory(policySetId, ruleId, newKey, obligation, citation, Optional.ofNullable(deadline), parameters);
  }

  /**
   * This factory with another deadline, the key kept: for a rule whose deadline depends on the
   * organisation (a committee's term ends three years after it began).
   */
  public FindingFactory withDeadline(LocalDate deadline) {
    return new FindingFactory(policySetId, ruleId, key, obligation, citation, Optional.of(deadline), parameters);
  }

  /**
   * This factory with its findings naming what they hold the organisation to, so that they are
   * compared with other sets' findings on the same obligation ({@code Assessment.getConflicts()}).
   * The baseline rules N1–N3 name theirs; a region names the obligations it shares with another
   * document (a party organisation, party members).
   */
  public FindingFactory obligation(Obligation obligation) {
    return new FindingFactory(policySetId, ruleId, key, Objects.requireNonNull(obligation, "obligation"), citation,
        Optional.ofNullable(deadline), parameters);
  }

  /** The obligation this factory's findings name, if any. */
  public Optional<Obligation> obligation() {
    return Optional.ofNullable(obligation);
  }

  /** The key of this factory's findings: the rule id, or the rule id, a dot and a suffix. */
  public String key() {
    return key;
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

  /** The rule is met. */
  public Finding satisfied(MessageTemplate message, Fact... facts) {
    return MAKER.finding(shape(Outcome.SATISFIED, message, NO_ACTION, false, List.of()), facts);
  }

  /** A violation, overdue if {@code asOf} is after the deadline. */
  public Finding violated(LocalDate asOf, MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    return MAKER.finding(shape(Outcome.VIOLATED, message, actions, isOverdue(asOf), List.of()), facts);
  }

  public Finding advisory(MessageTemplate message, Set<RequiredAction> actions, Fact... facts) {
    return MAKER.finding(shape(Outcome.ADVISORY, message, actions, false, List.of()), facts);
  }

  /** The rule cannot decide: {@code missing} names the facts it needs, never empty. */
  public Finding undecided(List<FactType> missing, Fact... facts) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + ": an undecided finding must name a missing fact");
    }
    return MAKER.finding(shape(Outcome.UNDECIDED, UNDECIDED, SUPPLY, false, missing), facts);
  }

  /** A satisfied finding whose facts are computed when read. */
  public Prepared prepareSatisfied(MessageTemplate message, FactSource facts) {
    return new Prepared(this, Outcome.SATISFIED, message, NO_ACTION, List.of(), facts);
  }

  /** A violated finding whose facts are computed when read; overdue after the deadline. */
  public Prepared prepareViolated(MessageTemplate message, Set<RequiredAction> actions, FactSource facts) {
    return new Prepared(this, Outcome.VIOLATED, message, actions, List.of(), facts);
  }

  /** An advisory finding whose facts are computed when read. */
  public Prepared prepareAdvisory(MessageTemplate message, Set<RequiredAction> actions, FactSource facts) {
    return new Prepared(this, Outcome.ADVISORY, message, actions, List.of(), facts);
  }

  /** An undecided finding naming {@code missing}, whose facts are computed when read. */
  public Prepared prepareUndecided(List<FactType> missing, FactSource facts) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + ": an undecided finding must name a missing fact");
    }
    return new Prepared(this, Outcome.UNDECIDED, UNDECIDED, SUPPLY, missing, facts);
  }

  private boolean isOverdue(LocalDate asOf) {
    return deadline != null && asOf.isAfter(deadline);
  }

  /** The shape of a finding with given facts: remembered, since a rule makes the same few over and over. */
  private FindingShape shape(
      Outcome outcome, MessageTemplate message, Set<RequiredAction> actions, boolean overdue, List<FactType> missing) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(actions, "actions");
    FindingShape[] known = shapes;
    for (FindingShape shape : known) {
      if (shape.outcome == outcome && shape.messageTemplate == message && shape.overdue == overdue
          && shape.missingFacts.equals(missing) && shape.requiredActions.equals(actions)) {
        return shape;
      }
    }
    FindingShape shape =
        MAKER.shape(policySetId, ruleId, key, obligation, outcome, actions, deadline, overdue, citation, missing, message,
            parameters, null);
    if (known.length < SHAPES_KEPT) {
      synchronized (this) {
        FindingShape[] current = shapes;
        if (current.length < SHAPES_KEPT) {
          FindingShape[] more = Arrays.copyOf(current, current.length + 1);
          more[current.length] = shape;
          shapes = more;
        }
      }
    }
    return shape;
  }

  private static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * The facts of a finding as a function of the organisation and the date, for findings whose
   * facts are computed when read. It must be pure: the same organisation and date give equal
   * facts, and it does not fail on an organisation the rule gives the finding for.
   */
  @FunctionalInterface
  public interface FactSource {
    Fact[] facts(Organisation organisation, LocalDate asOf);

    /** These facts, then those of {@code more}. */
    default FactSource followedBy(FactSource more) {
      return (organisation, asOf) -> {
        Fact[] first = facts(organisation, asOf);
        Fact[] second = more.facts(organisation, asOf);
        Fact[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
      };
    }
  }

  /**
   * One outcome of a rule, prepared once: {@link #of} gives its finding about an organisation on a
   * date, one small object whose facts and messages are computed when first read. Immutable and
   * thread-safe.
   */
  public static final class Prepared {
    private final FindingShape inTime;
    private final FindingShape overdue;
    private final LocalDate deadline;

    private Prepared(FindingFactory factory, Outcome outcome, MessageTemplate message, Set<RequiredAction> actions,
        List<FactType> missing, FactSource facts) {
      Objects.requireNonNull(facts, "facts");
      this.deadline = factory.deadline;
      this.inTime = MAKER.shape(factory.policySetId, factory.ruleId, factory.key, factory.obligation, outcome, actions, factory.deadline, false,
          factory.citation, missing, Objects.requireNonNull(message, "message"), factory.parameters, facts::facts);
      this.overdue = outcome == Outcome.VIOLATED && deadline != null
          ? MAKER.shape(factory.policySetId, factory.ruleId, factory.key, factory.obligation, outcome, actions, factory.deadline, true,
              factory.citation, missing, message, factory.parameters, facts::facts)
          : inTime;
    }

    /** The finding about {@code organisation} on {@code asOf}; overdue if violated after the deadline. */
    public Finding of(Organisation organisation, LocalDate asOf) {
      return MAKER.finding(deadline != null && asOf.isAfter(deadline) ? overdue : inTime, organisation, asOf);
    }
  }
}
