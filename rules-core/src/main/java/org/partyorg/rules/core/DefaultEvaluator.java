package org.partyorg.rules.core;

import com.google.common.collect.Streams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;

/** The {@link Evaluator}: immutable after construction. */
final class DefaultEvaluator implements Evaluator {
  private final List<PolicySet> sets;
  private final PolicySet[] setArray;
  private final Map<String, PolicySet> byId;
  private final OrganisationValidator validator;
  /** The model's validator without the sets' vocabularies, for a variant evaluator to share. */
  private final OrganisationValidator modelValidator;

  DefaultEvaluator(List<PolicySet> sets, OrganisationValidator validator) {
    this.modelValidator = validator;
    this.sets = List.copyOf(sets);
    this.setArray = sets.toArray(new PolicySet[0]);
    Map<String, PolicySet> index = new LinkedHashMap<>();
    sets.forEach(set -> index.put(set.id(), set));
    this.byId = Map.copyOf(index);
    // traits and extra facts are words of the sets: only the evaluator knows which sets there are
    this.validator = new VocabularyValidator(validator, new VocabularyCheck(this.sets));
  }

  @Override
  public Evaluator withOverrides(String policySetId, Map<String, ?> overrides) {
    PolicySet variant = policySet(policySetId).withOverrides(overrides);
    List<PolicySet> replaced = new ArrayList<>(sets);
    replaced.replaceAll(set -> set.id().equals(policySetId) ? variant : set);
    // the model's validator is built once (Hibernate Validator is slow to start): share it
    return new DefaultEvaluator(replaced, modelValidator);
  }

  @Override
  public List<PolicySet> policySets() {
    return sets;
  }

  @Override
  public PolicySet policySet(String id) {
    PolicySet set = byId.get(Objects.requireNonNull(id, "id"));
    if (set == null) {
      throw new UnknownPolicySetException(id, sets.stream().map(PolicySet::id).toList());
    }
    return set;
  }

  @Override
  public List<PolicySet> applicableSets(Organisation organisation, LocalDate asOf) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(asOf, "asOf");
    // one set applies to most organisations: a list of one, without a growable list behind it
    PolicySet first = null;
    List<PolicySet> more = null;
    for (PolicySet set : setArray) {
      if (!set.appliesTo(organisation, asOf)) {
        continue;
      }
      if (first == null) {
        first = set;
      } else {
        if (more == null) {
          more = new ArrayList<>(3);
          more.add(first);
        }
        more.add(set);
      }
    }
    return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
  }

  @Override
  public OrganisationValidator validator() {
    return validator;
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf) {
    validate(organisation, asOf);
    return assessValid(organisation, asOf);
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf, String policySetId) {
    PolicySet set = policySet(policySetId);
    validate(organisation, asOf);
    return set.appliesTo(organisation, asOf) ? assessWith(set, organisation, asOf) : empty(organisation, asOf);
  }

  /** Validation for the single-record path: a fault other than the record's violations comes out named. */
  private void validate(Organisation organisation, LocalDate asOf) {
    Objects.requireNonNull(organisation, "organisation");
    AsOfCheck.requireInRange(asOf);
    try {
      validator.validate(organisation, asOf);
    } catch (InvalidOrganisationException invalid) {
      throw invalid;
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
      throw new AssessmentFailedException("(evaluator)", null, safeCode(organisation), failure);
    }
  }

  @Override
  public Stream<AssessmentResult> assessAll(Stream<? extends Organisation> organisations, LocalDate asOf) {
    Objects.requireNonNull(organisations, "organisations");
    AsOfCheck.requireInRange(asOf);
    return Streams.mapWithIndex(organisations, (organisation, index) -> assessOne(organisation, index, asOf));
  }

  @Override
  public AssessmentResult assessAt(long index, Organisation organisation, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    AsOfCheck.requireInRange(asOf);
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative: a record's position counts from 0");
    }
    return assessOne(organisation, index, asOf);
  }

  /** One record of a batch; nothing it holds, and nothing a rule does with it, escapes. */
  private AssessmentResult assessOne(Organisation organisation, long index, LocalDate asOf) {
    if (organisation == null) {
      return AssessmentResult.rejected(index, null, List.of(ViolationMessages.nullRecord(index)), null);
    }
    try {
      List<Violation> violations = validator.violations(organisation, asOf);
      if (!violations.isEmpty()) {
        return AssessmentResult.rejected(index, organisation, violations, null);
      }
      return AssessmentResult.assessed(index, assessValid(organisation, asOf));
    } catch (AssessmentFailedException failure) {
      return AssessmentResult.rejected(
          index, organisation, List.of(ViolationMessages.failed(failure, organisation)), failure);
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
      // a fault outside any policy set (the validator, a broken record): still one result
      AssessmentFailedException wrapped = new AssessmentFailedException("(evaluator)", null, safeCode(organisation), failure);
      return AssessmentResult.rejected(
          index, organisation, List.of(ViolationMessages.failed(wrapped, organisation)), wrapped);
    }
  }

  private static String safeCode(Organisation organisation) {
    try {
      return organisation.getCreditCode();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private Assessment assessValid(Organisation organisation, LocalDate asOf) {
    Assessment single = null;
    List<Assessment> several = null;
    for (PolicySet set : setArray) {
      if (!set.appliesTo(organisation, asOf)) {
        continue;
      }
      Assessment assessment = assessWith(set, organisation, asOf);
      if (single == null) {
        single = assessment;
      } else {
        if (several == null) {
          several = new ArrayList<>(3);
          several.add(single);
        }
        several.add(assessment);
      }
    }
    if (single == null) {
      return empty(organisation, asOf);
    }
    return several == null ? single : merge(organisation, asOf, several);
  }

  /** The set's assessment; whatever it throws comes out as one exception naming the set and the record. */
  private static Assessment assessWith(PolicySet set, Organisation organisation, LocalDate asOf) {
    try {
      return set.assess(organisation, asOf);
    } catch (AssessmentFailedException failure) {
      throw failure;
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
      throw new AssessmentFailedException(set.id(), null, organisation.getCreditCode(), failure);
    }
  }

  private static Assessment merge(Organisation organisation, LocalDate asOf, List<Assessment> parts) {
    Assessment.Builder merged =
        Assessment.builder().organisation(organisation).asOf(asOf);
    for (Assessment part : parts) {
      merged.addAllPolicySetIds(part.getPolicySetIds()).addAllFindings(part.getFindings());
    }
    return merged.build();
  }

  private static Assessment empty(Organisation organisation, LocalDate asOf) {
    return Assessment.builder().organisation(organisation).asOf(asOf).build();
  }

  @Override
  public String toString() {
    return "Evaluator" + byId.keySet();
  }
}
