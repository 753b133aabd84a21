package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.model.Organisation;

/**
 * The entry point for callers: what must this organisation do, by when, under which clause?
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.discover();          // once, at start-up
 * Assessment assessment = evaluator.assess(organisation, LocalDate.of(2016, 12, 1));
 * for (Finding finding : assessment.getFindings()) {
 *   System.out.println(finding.getRuleId() + " " + finding.getOutcome() + " " + finding.getMessageZh());
 * }
 * }</pre>
 *
 * <p>The evaluator picks the policy sets that apply to the organisation on the date (division
 * prefix, category, effective period) and returns one assessment with the findings of all of
 * them, each finding naming its set. An organisation no set applies to gets an assessment
 * without findings.
 *
 * <p>An evaluator is immutable and safe to share between threads: create one at start-up and
 * use it everywhere. It validates an organisation once per call to {@link #assess}; for hot
 * loops over records already validated with {@link #validator()}, call
 * {@link PolicySet#assess} on the sets of {@link #applicableSets} directly.
 */
public interface Evaluator {
  /**
   * An evaluator over every policy set on the classpath and the module path, found with
   * {@link java.util.ServiceLoader}. Call it once, at start-up.
   *
   * <p>The sets are looked up, in this order, in the module layer of {@code rules-core} (on the
   * module path), through the calling thread's context class loader, and through the class
   * loaders of {@code rules-core} and {@code rules-api}; so a library deployed in a child class
   * loader (a web application, a plug-in) finds the sets next to it whatever the context loader
   * points at. The same provider class found more than once is one set; two different classes
   * with one id are an error.
   *
   * <p>Finding no set at all is an error, never an evaluator that answers "no obligations" for
   * everyone. To make sure that the regions you rely on are all there (a fat jar that kept one
   * region's service file finds only that region), use {@link #discoverRequiring(String...)}.
   *
   * <p>Safe to call from any thread; it reads the calling thread's context class loader and
   * instantiates the providers on the calling thread. The evaluator is immutable.
   *
   * @throws PolicySetDiscoveryException if no set is found (the message names the class loaders
   *     searched and how to merge service files), two sets share an id, an id is blank, or a
   *     provider fails to load
   */
  static Evaluator discover() {
    return discoverRequiring(List.of());
  }

  /**
   * {@link #discover()}, then a check that a set with each of the given ids was found; other sets
   * found are kept too. For example, an embedder that serves Wuhan firms states {@code
   * Evaluator.discoverRequiring("wuhan-2016")}, and a deployment that lost the Hubei jar fails at
   * start-up with a message naming {@code wuhan-2016}. No id is the same as {@link #discover()}.
   *
   * @param requiredIds the ids of the sets that must be found, such as {@code "wuhan-2016"};
   *     repeats are ignored
   * @throws NullPointerException if {@code requiredIds} or one of them is null
   * @throws IllegalArgumentException if an id is blank
   * @throws PolicySetDiscoveryException if a required id is missing (the message names the missing
   *     ids, the ids found and the class loaders searched; {@link
   *     PolicySetDiscoveryException#getMissingIds()} lists them), and for every error of {@link
   *     #discover()}
   */
  static Evaluator discoverRequiring(String... requiredIds) {
    return discoverRequiring(Arrays.asList(Objects.requireNonNull(requiredIds, "requiredIds")));
  }

  /**
   * {@link #discoverRequiring(String...)} with the ids in a collection, e.g. read from
   * configuration.
   *
   * @throws NullPointerException if {@code requiredIds} or one of them is null
   * @throws IllegalArgumentException if an id is blank
   * @throws PolicySetDiscoveryException if a required id is missing, and for every error of
   *     {@link #discover()}
   */
  static Evaluator discoverRequiring(Iterable<String> requiredIds) {
    return new DefaultEvaluator(PolicySetDiscovery.discover(requiredIds), OrganisationValidator.create());
  }

  /**
   * An evaluator over the given sets only, for tests and what-if analysis.
   *
   * @throws PolicySetDiscoveryException if two sets share an id or an id is blank
   */
  static Evaluator of(Iterable<? extends PolicySet> policySets) {
    return new DefaultEvaluator(PolicySetDiscovery.checked(policySets), OrganisationValidator.create());
  }

  static Evaluator of(PolicySet... policySets) {
    return of(List.of(policySets));
  }

  /**
   * An evaluator over the same sets with one of them replaced by its what-if variant
   * ({@link PolicySet#withOverrides}): Wuhan's 100-staff threshold at 80, Liaoning's cap at 4, a
   * deadline moved. This evaluator is untouched; the variant keeps the set's id, so assessments
   * and reports of the two evaluators over the same register pair up set by set, finding key by
   * finding key. Immutable and safe to share, like this one.
   *
   * @param policySetId the set to vary, such as {@code wuhan-2016}
   * @param overrides values by parameter key, as {@link PolicySet#withOverrides} takes them
   * @throws UnknownPolicySetException listing the known ids if no set has the id
   * @throws IllegalArgumentException if a key is not a parameter of the set or a value does not
   *     fit it (the message lists the set's parameters with their kinds)
   * @throws UnsupportedOperationException if the set cannot rebuild itself with other values
   */
  Evaluator withOverrides(String policySetId, Map<String, ?> overrides);

  /** Every set, ordered by id. */
  List<PolicySet> policySets();

  /**
   * The set with this id.
   *
   * @throws UnknownPolicySetException listing the known ids if there is none
   */
  PolicySet policySet(String id);

  /** The sets that apply to the organisation on the date, ordered by id, as an immutable list. */
  List<PolicySet> applicableSets(Organisation organisation, LocalDate asOf);

  /**
   * The validator this evaluator checks organisations with: the model's constraints, and the
   * traits and extra facts of a record against the vocabularies of the evaluator's sets.
   */
  OrganisationValidator validator();

  /**
   * Validates the organisation for {@code asOf} and applies every set that applies to it on that
   * date.
   *
   * @throws InvalidOrganisationException listing every violation, if the organisation is invalid
   *     or cannot be assessed on {@code asOf} (a party organisation founded after it, say)
   * @throws IllegalArgumentException if {@code asOf} lies outside 1921-07-01 to 2100-12-31
   * @throws AssessmentFailedException naming the set, the rule and the record, if a rule fails
   */
  Assessment assess(Organisation organisation, LocalDate asOf);

  /**
   * Validates the organisation for {@code asOf} and applies the named set only. If that set does
   * not apply to the organisation on the date, the assessment has no findings and names no set.
   *
   * @throws UnknownPolicySetException if no set has the id
   * @throws InvalidOrganisationException if the organisation is invalid or cannot be assessed on {@code asOf}
   * @throws IllegalArgumentException if {@code asOf} lies outside 1921-07-01 to 2100-12-31
   * @throws AssessmentFailedException naming the set, the rule and the record, if a rule fails
   */
  Assessment assess(Organisation organisation, LocalDate asOf, String policySetId);

  /**
   * Assesses a register lazily, one result per element and in order, each with its position in
   * the stream. No element stops the rest: a null element, a record that fails validation for
   * {@code asOf}, and a record a rule fails on each come back rejected with the reasons, so that
   * for any stream the results read = assessed + rejected. A parallel stream gives the same
   * results, with the same positions.
   *
   * @throws IllegalArgumentException at once if {@code asOf} lies outside 1921-07-01 to 2100-12-31
   * @throws NullPointerException at once if an argument is null
   */
  Stream<AssessmentResult> assessAll(Stream<? extends Organisation> organisations, LocalDate asOf);

  /**
   * One record of a batch the caller drives itself (a queue consumer, a comparison of two
   * evaluators over one register): the result {@link #assessAll} would give for {@code
   * organisation} at position {@code index}. Like {@code assessAll}, nothing the record holds
   * escapes: a null or invalid record, or one a rule fails on, comes back rejected with reasons.
   *
   * @param index the record's position in the caller's register, from 0
   * @throws IllegalArgumentException if {@code index} is negative or {@code asOf} lies outside
   *     1921-07-01 to 2100-12-31
   * @throws NullPointerException if {@code asOf} is null
   */
  AssessmentResult assessAt(long index, Organisation organisation, LocalDate asOf);

  /**
   * The trace of the organisation's assessment on {@code asOf}: every set of this evaluator,
   * applied or not and why, and every finding step by step ({@link Trace}).
   *
   * @throws InvalidOrganisationException as {@link #assess(Organisation, LocalDate)}
   * @throws IllegalArgumentException as {@link #assess(Organisation, LocalDate)}
   * @throws AssessmentFailedException as {@link #assess(Organisation, LocalDate)}
   */
  default Trace trace(Organisation organisation, LocalDate asOf) {
    return Trace.of(assess(organisation, asOf), policySets());
  }

  /**
   * The trace of the organisation's assessment by the named set only; the other sets are shown
   * as not applied, those that would have applied as not requested.
   *
   * @throws UnknownPolicySetException if no set has the id
   * @throws InvalidOrganisationException as {@link #assess(Organisation, LocalDate, String)}
   */
  default Trace trace(Organisation organisation, LocalDate asOf, String policySetId) {
    return Trace.of(assess(organisation, asOf, policySetId), policySets());
  }
}
