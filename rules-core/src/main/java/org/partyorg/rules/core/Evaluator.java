package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.PolicySet;
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
   * {@link java.util.ServiceLoader}.
   *
   * @throws PolicySetDiscoveryException if two sets share an id, an id is blank, or a provider
   *     fails to load
   */
  static Evaluator discover() {
    return new DefaultEvaluator(PolicySetDiscovery.discover(), OrganisationValidator.create());
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

  /** Every set, ordered by id. */
  List<PolicySet> policySets();

  /**
   * The set with this id.
   *
   * @throws UnknownPolicySetException listing the known ids if there is none
   */
  PolicySet policySet(String id);

  /** The sets that apply to the organisation on the date, ordered by id. */
  List<PolicySet> applicableSets(Organisation organisation, LocalDate asOf);

  /** The validator this evaluator checks organisations with. */
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
}
