package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.Rule;

/**
 * One baseline rule in two versions: the lenient one accepts a form the document allows only
 * for some organisations (Wuhan's functional organisation, W9; the societies' council-level
 * work group, S3), the strict one does not. Which one applies depends on a condition. Where
 * the condition may be unknown and the two versions then disagree, the finding is undecided,
 * names the fact that would settle it and takes its text from the set's messages,
 * {@code <finding key>.form-undecided} (the set words it for its own form).
 */
public final class AlternativeFormRule implements Rule {
  /** The case of the undecided text, after the finding key: {@code N1.form-undecided}. */
  public static final String UNDECIDED_CASE = "form-undecided";

  private final Rule strict;
  private final Rule lenient;
  private final Function<Organisation, Optional<Boolean>> condition;
  private final FactType conditionFact;
  private final Map<String, MessageTemplate> undecided;

  private AlternativeFormRule(Rule strict, Rule lenient, Function<Organisation, Optional<Boolean>> condition,
      FactType conditionFact, Map<String, MessageTemplate> undecided) {
    if (!strict.id().equals(lenient.id())) {
      throw new IllegalArgumentException("strict rule " + strict.id() + " and lenient rule " + lenient.id() + " differ");
    }
    this.strict = strict;
    this.lenient = lenient;
    this.condition = Objects.requireNonNull(condition, "condition");
    this.conditionFact = conditionFact;
    this.undecided = undecided;
  }

  /**
   * A pair whose condition may be unknown.
   *
   * @param condition whether the lenient version applies; empty when unknown
   * @param conditionFact the organisation fact the condition reads, named when it is unknown
   * @param messages the set's texts, with {@code <key>.form-undecided} for each key of the rule
   * @throws IllegalArgumentException if the two rules have different ids, or a text is missing
   */
  public static AlternativeFormRule of(Rule strict, Rule lenient, Function<Organisation, Optional<Boolean>> condition,
      FactType conditionFact, Messages messages) {
    Map<String, MessageTemplate> undecided = new LinkedHashMap<>();
    for (String key : strict.keys()) {
      undecided.put(key, messages.template(key + "." + UNDECIDED_CASE));
    }
    return new AlternativeFormRule(strict, lenient, condition, Objects.requireNonNull(conditionFact, "conditionFact"),
        Map.copyOf(undecided));
  }

  /** A pair whose condition is always known (a trait is reported or not): never undecided, so no text of its own. */
  public static AlternativeFormRule of(Rule strict, Rule lenient, Predicate<Organisation> condition) {
    Objects.requireNonNull(condition, "condition");
    return new AlternativeFormRule(strict, lenient, o -> Optional.of(condition.test(o)), null, Map.of());
  }

  @Override
  public String id() {
    return strict.id();
  }

  @Override
  public List<String> keys() {
    return Stream.concat(strict.keys().stream(), lenient.keys().stream()).distinct().toList();
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
        .messageTemplate(undecided.get(finding.getKey()))
        .build();
  }
}
