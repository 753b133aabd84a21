package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.LedgerClass;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;

/** The {@link Evaluator}: immutable after construction. */
final class DefaultEvaluator implements Evaluator {
  private final List<PolicySet> sets;
  private final PolicySet[] setArray;
  private final Map<String, PolicySet> byId;
  private final OrganisationValidator validator;

  DefaultEvaluator(List<PolicySet> sets, OrganisationValidator validator) {
    this.sets = List.copyOf(sets);
    this.setArray = sets.toArray(new PolicySet[0]);
    Map<String, PolicySet> index = new LinkedHashMap<>();
    sets.forEach(set -> index.put(set.id(), set));
    this.byId = Map.copyOf(index);
    this.validator = validator;
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
    List<PolicySet> result = new ArrayList<>(2);
    for (PolicySet set : setArray) {
      if (set.appliesTo(organisation, asOf)) {
        result.add(set);
      }
    }
    return result;
  }

  @Override
  public OrganisationValidator validator() {
    return validator;
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf) {
    validator.validate(organisation);
    return assessValid(organisation, asOf);
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf, String policySetId) {
    PolicySet set = policySet(policySetId);
    Objects.requireNonNull(asOf, "asOf");
    validator.validate(organisation);
    return set.appliesTo(organisation, asOf) ? set.assess(organisation, asOf) : empty(organisation, asOf);
  }

  @Override
  public Stream<AssessmentResult> assessAll(Stream<Organisation> organisations, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return organisations.map(organisation -> assessOne(organisation, asOf));
  }

  private AssessmentResult assessOne(Organisation organisation, LocalDate asOf) {
    List<Violation> violations = validator.violations(organisation);
    if (!violations.isEmpty()) {
      return AssessmentResult.rejected(organisation, violations);
    }
    return AssessmentResult.assessed(assessValid(organisation, asOf));
  }

  private Assessment assessValid(Organisation organisation, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Assessment single = null;
    List<Assessment> several = null;
    for (PolicySet set : setArray) {
      if (!set.appliesTo(organisation, asOf)) {
        continue;
      }
      Assessment assessment = set.assess(organisation, asOf);
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

  private static Assessment merge(Organisation organisation, LocalDate asOf, List<Assessment> parts) {
    org.partyorg.rules.api.ImmutableAssessment.Builder merged =
        Assessment.builder().organisation(organisation).asOf(asOf);
    Optional<LedgerClass> ledgerClass = Optional.empty();
    for (Assessment part : parts) {
      merged.addAllPolicySetIds(part.getPolicySetIds()).addAllFindings(part.getFindings());
      if (ledgerClass.isEmpty()) {
        // sets are applied in id order, so the first set that classifies decides
        ledgerClass = part.getLedgerClass();
      }
    }
    return merged.ledgerClass(ledgerClass).build();
  }

  private static Assessment empty(Organisation organisation, LocalDate asOf) {
    return Assessment.builder().organisation(organisation).asOf(asOf).build();
  }

  @Override
  public String toString() {
    return "Evaluator" + byId.keySet();
  }
}
