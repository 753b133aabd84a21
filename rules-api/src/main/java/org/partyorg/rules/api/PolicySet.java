package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;

/**
 * One policy document turned into rules: the interface every region implements and every
 * caller uses, without knowing which region it talks to.
 *
 * <h2>For callers</h2>
 * Most callers do not hold a {@code PolicySet} directly but go through the evaluator of
 * {@code rules-core}, which discovers every set on the classpath or module path, validates
 * the organisation once, picks the sets that {@linkplain #appliesTo apply} and merges their
 * findings. {@link #assess} itself assumes a valid organisation.
 *
 * <h2>For implementers</h2>
 * <ul>
 *   <li>Register the implementation as a service provider twice: in
 *       {@code META-INF/services/org.partyorg.rules.api.PolicySet} (classpath) and with
 *       {@code provides org.partyorg.rules.api.PolicySet with ...} in {@code module-info.java}
 *       (module path). The class needs a public no-argument constructor and can live in a
 *       package the module does not export.
 *   <li>{@link #id()} is unique across everything on the path, not blank, and stable: callers
 *       store it. Discovery fails at start-up on a duplicate or blank id.
 *   <li>An implementation is immutable and safe to share between threads; {@link #assess} is
 *       called concurrently, many million times a night, so build citations, parameters and
 *       message templates once, in the constructor.
 *   <li>Every finding names its rule id as in {@code RULES.md} and cites the sentence of the
 *       document it rests on. A rule that needs a fact the organisation does not give returns
 *       an {@link Outcome#UNDECIDED} finding naming it; it never reads the gap as 0 or false.
 *   <li>Every threshold, cap, rate, target and deadline is a {@link Parameter}, listed by
 *       {@link #parameters()}, and the rules' messages show its value, never a copy of it.
 *   <li><b>Extension point: what-if.</b> Override {@link #withOverrides} and {@link #overrides()}
 *       so that callers can rebuild the set with other parameter values. {@code rules-core}'s
 *       {@code PolicySetBuilder.overridable} does it from one declaration of how the set is built
 *       from its parameters. A set that does not override them refuses every what-if with an
 *       {@link UnsupportedOperationException}: it never answers with its own values as if the
 *       override had been applied.
 * </ul>
 * {@code rules-core} offers a builder that does most of this.
 */
public interface PolicySet {
  /** A stable, unique id such as {@code wuhan-2016}. */
  String id();

  /** The document the set encodes. */
  SourceDocument source();

  /** The division prefixes and categories of organisation the document speaks to. */
  Jurisdiction jurisdiction();

  /** The dates on which the document applies; never before its date of issue. */
  EffectivePeriod effectivePeriod();

  /**
   * Every threshold, limit, rate, target and deadline the rules and targets use, each with its
   * citation; in a variant ({@link #withOverrides}) with the overridden values.
   */
  List<Parameter> parameters();

  /**
   * A variant of this set with some parameters given other values, by key (a what-if reform:
   * Wuhan's 100-staff threshold at 80, Liaoning's cap at 4, a deadline moved). This set is left
   * untouched; the variant has the same {@link #id()}, so that reports over the two can be paired,
   * lists every parameter with its value in effect ({@link #parameters()}), names the overridden
   * ones ({@link #overrides()}), and its findings, targets and messages use the new values.
   * Overriding a variant again composes: the later value of a key wins, the others stay.
   *
   * <p>A value is given as {@link Parameter#withOverride(Object)} takes it: a number
   * ({@link java.math.BigDecimal}, another {@link Number} or its text) for a count, rate or
   * number, a {@link java.time.LocalDate} or its ISO text for a date. An empty map gives this set.
   *
   * <p>The default refuses any override: a set must opt in (see "For implementers").
   *
   * @param overrides values by parameter key; not null, no null key or value
   * @return the variant; safe to share between threads, like every set
   * @throws IllegalArgumentException if a key is not a parameter of the set or a value does not
   *     fit its parameter's kind; the message names the key, the value (cut to a sane length) and
   *     lists the set's parameters with their kinds
   * @throws UnsupportedOperationException if the set cannot rebuild itself with other values
   */
  default PolicySet withOverrides(Map<String, ?> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    throw new UnsupportedOperationException("policy set " + id() + " (" + getClass().getName()
        + ") cannot be rebuilt with other parameter values, so the overrides " + overrides.keySet()
        + " are not applied; its implementation must override PolicySet.withOverrides");
  }

  /**
   * The parameters this variant overrides, by key, with their values in effect, in the order of
   * {@link #parameters()}; empty for a set as its document has it.
   */
  default Map<String, Parameter> overrides() {
    return Map.of();
  }

  /** The parameter with the given key, if the set declares it. */
  default Optional<Parameter> parameter(String key) {
    for (Parameter parameter : parameters()) {
      if (parameter.getKey().equals(key)) {
        return Optional.of(parameter);
      }
    }
    return Optional.empty();
  }

  /** Register-level targets, for reports over a whole register; none by default. */
  default List<Target> targets() {
    return List.of();
  }

  /**
   * The key of every finding the set can give ({@link Finding#getKey()}), in the order of its
   * rules, as a registry and the catalogue list them; empty when the set does not say. A set
   * never gives a finding whose key is not listed here.
   */
  default List<String> findingKeys() {
    return List.of();
  }

  /**
   * The actions, traits and extra facts this set adds to the shared ones; none by default. The
   * evaluator accepts on an organisation only the traits and extra facts some discovered set
   * declares.
   */
  default Vocabulary vocabulary() {
    return Vocabulary.empty();
  }

  /**
   * The texts of this set's findings ({@link Messages}), for review pages and for callers who
   * show or translate every message a set can give; none by default. Every finding's
   * {@link Finding#getMessageTemplate() template} is one of these. A set built with
   * {@code rules-core}'s builder lists its own texts, then those every set shares: {@code baseline}
   * (N1–N3, keyed by the baseline's case, {@code standalone.none}) and {@code common} (the
   * undecided message).
   */
  default List<Messages> messages() {
    return List.of();
  }

  /** The campaign's timetable; none by default. */
  default List<Phase> phases() {
    return List.of();
  }

  /** Whether the set speaks to this organisation on this date (jurisdiction and period). */
  default boolean appliesTo(Organisation organisation, LocalDate asOf) {
    return effectivePeriod().contains(asOf) && jurisdiction().covers(organisation);
  }

  /**
   * Applies every rule of the set to a valid organisation on a date. The caller has checked
   * {@link #appliesTo}; the result lists this set's id and its findings.
   */
  Assessment assess(Organisation organisation, LocalDate asOf);
}
