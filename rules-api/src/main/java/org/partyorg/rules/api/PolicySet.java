package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.List;
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
 *   <li>Every threshold is a {@link Parameter}, listed by {@link #parameters()}.
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

  /** Every threshold, limit and rate the rules compare against, each with its citation. */
  List<Parameter> parameters();

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
