package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.Rule;

/**
 * One baseline rule in two versions: the lenient one accepts a form the document allows only
 * for some organisations (Wuhan's functional organisation, W9; the societies' council-level
 * work group, S3), the strict one does not. Which one applies depends on a condition that may
 * be unknown; when it is and the two versions disagree, the finding is undecided and names the
 * fact that would settle it.
 */
public final class AlternativeFormRule implements Rule {
  private static final MessageTemplate UNDECIDED =
      MessageTemplate.of("{rule}：缺少{missing}，无法判断现有组织形式是否符合要求。",
          "{rule}: cannot tell whether the present form is accepted without {missing}.");

  private final Rule strict;
  private final Rule lenient;
  private final Function<Organisation, Optional<Boolean>> condition;
  private final FactType conditionFact;

  /**
   * @param condition whether the lenient version applies; empty when unknown
   * @param conditionFact the organisation fact the condition reads, named when it is unknown
   */
  public AlternativeFormRule(
      Rule strict, Rule lenient, Function<Organisation, Optional<Boolean>> condition, FactType conditionFact) {
    if (!strict.id().equals(lenient.id())) {
      throw new IllegalArgumentException("strict rule " + strict.id() + " and lenient rule " + lenient.id() + " differ");
    }
    this.strict = strict;
    this.lenient = lenient;
    this.condition = Objects.requireNonNull(condition, "condition");
    this.conditionFact = Objects.requireNonNull(conditionFact, "conditionFact");
  }

  /** Pairs two lists of rules (a strict and a lenient {@code BaselineRules}) one by one. */
  public static List<Rule> pair(
      List<Rule> strict, List<Rule> lenient, Function<Organisation, Optional<Boolean>> condition, FactType conditionFact) {
    List<Rule> rules = new ArrayList<>(strict.size());
    for (int i = 0; i < strict.size(); i++) {
      rules.add(new AlternativeFormRule(strict.get(i), lenient.get(i), condition, conditionFact));
    }
    return List.copyOf(rules);
  }

  @Override
  public String id() {
    return strict.id();
  }

  @Override
  public List<String> keys() {
    return java.util.stream.Stream.concat(strict.keys().stream(), lenient.keys().stream()).distinct().toList();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<Boolean> alternative = condition.apply(organisation);
    if (alternative.isPresent()) {
      (alternative.get() ? lenient : strict).evaluate(organisation, asOf, out);
      return;
    }
    List<Finding> strictFindings = new ArrayList<>(1);
    List<Finding> lenientFindings = new ArrayList<>(1);
    strict.evaluate(organisation, asOf, strictFindings);
    lenient.evaluate(organisation, asOf, lenientFindings);
    for (int i = 0; i < strictFindings.size(); i++) {
      Finding finding = strictFindings.get(i);
      boolean agree = i < lenientFindings.size() && lenientFindings.get(i).getOutcome() == finding.getOutcome();
      out.add(agree ? finding : undecided(finding));
    }
  }

  private Finding undecided(Finding finding) {
    List<FactType> missing = new ArrayList<>(finding.getMissingFactTypes());
    missing.add(conditionFact);
    return Finding.builder()
        .from(finding)
        .outcome(Outcome.UNDECIDED)
        .overdue(false)
        .requiredActions(Set.of(RequiredAction.SUPPLY_MISSING_FACTS))
        .missingFacts(missing)
        .messageTemplate(UNDECIDED)
        .build();
  }
}
