package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.Rule;

/**
 * A document's N1–N3 where one more form of party organisation counts for some organisations
 * only: Wuhan's functional organisation (W9) for social organisations staffed by the public
 * sector, the societies' council-level work group (S3) for societies without full-time staff.
 * The baseline is built twice, as written and accepting that form, and each organisation is
 * judged by the one its condition picks ({@link AlternativeFormRule}).
 */
public final class ConditionalBaseline {
  private final BaselineRules strict;
  private final BaselineRules lenient;

  private ConditionalBaseline(BaselineRules strict, BaselineRules lenient) {
    this.strict = strict;
    this.lenient = lenient;
  }

  /**
   * @param policySetId the set the findings belong to
   * @param n1 the document's N1 sentence, also the standalone threshold's citation
   * @param n2 the document's N2 sentence
   * @param n3 the document's N3 sentence
   * @param deadline the date parameter the document wants N1–N3 met by, value in effect
   * @param standaloneThreshold N1's formal members, value in effect
   * @param alternative the form that counts where the condition holds
   * @param conditionReads the parameters the condition reads, values in effect
   */
  public static ConditionalBaseline of(
      String policySetId, Citation n1, Citation n2, Citation n3, Parameter deadline, Parameter standaloneThreshold,
      PartyOrganisationForm alternative, Parameter... conditionReads) {
    BaselineRules.Builder baseline = BaselineRules.builder(policySetId)
        .standalone(n1)
        .joint(n2)
        .workCoverage(n3)
        .deadline(deadline)
        .standaloneThreshold(standaloneThreshold)
        .formReads(conditionReads);
    BaselineRules strict = baseline.build();
    BaselineRules lenient = baseline.alsoAcceptForStandalone(alternative).alsoAcceptForJoint(alternative).build();
    return new ConditionalBaseline(strict, lenient);
  }

  /** The baseline's parameter: the standalone threshold, cited to N1. */
  public List<Parameter> parameters() {
    return strict.parameters();
  }

  /**
   * N1–N3, each judging by the lenient baseline where {@code condition} holds and by the strict
   * one where it does not; the condition is always known (a trait is reported or not).
   */
  public List<Rule> rules(Predicate<Organisation> condition) {
    List<Rule> rules = new ArrayList<>(3);
    for (int i = 0; i < strict.rules().size(); i++) {
      rules.add(AlternativeFormRule.of(strict.rules().get(i), lenient.rules().get(i), condition));
    }
    return List.copyOf(rules);
  }

  /**
   * N1–N3, each judging by the lenient baseline where {@code condition} holds, by the strict one
   * where it does not, and undecided (naming {@code conditionFact}) where it is unknown and the
   * two disagree. N3 does not read the form of the party organisation, so its two versions are
   * one rule: it is never undecided for the condition. The undecided texts are the set's
   * {@code N1.form-undecided} and {@code N2.form-undecided}.
   */
  public List<Rule> rules(Function<Organisation, Optional<Boolean>> condition, FactType conditionFact, Messages messages) {
    List<Rule> rules = new ArrayList<>(3);
    rules.add(AlternativeFormRule.of(strict.rules().get(0), lenient.rules().get(0), condition, conditionFact, messages));
    rules.add(AlternativeFormRule.of(strict.rules().get(1), lenient.rules().get(1), condition, conditionFact, messages));
    rules.add(strict.rules().get(2));
    return List.copyOf(rules);
  }
}
