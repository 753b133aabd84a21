package org.partyorg.rules.hubei.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Citation;
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
 *
 * <p>It also assembles the set's parameters after a what-if's overrides, since the standalone
 * threshold belongs to the baseline rather than to the set's own list.
 */
public final class ConditionalBaseline {
  private final BaselineRules strict;
  private final BaselineRules lenient;
  private final List<Parameter> parameters;

  private ConditionalBaseline(BaselineRules strict, BaselineRules lenient, List<Parameter> parameters) {
    this.strict = strict;
    this.lenient = lenient;
    this.parameters = List.copyOf(parameters);
  }

  /**
   * @param baseline the document's N1–N3 citations and deadline, without a threshold
   * @param alternative the form that counts where the condition holds
   * @param ownParameters the set's own parameters as the document has them
   * @param overrides what-if values by parameter key, the standalone threshold included
   */
  public static ConditionalBaseline of(
      BaselineRules.Builder baseline,
      PartyOrganisationForm alternative,
      List<Parameter> ownParameters,
      Map<String, BigDecimal> overrides) {
    baseline.standaloneThreshold(Parameters.standaloneThreshold(overrides));
    BaselineRules strict = baseline.build();
    BaselineRules lenient = baseline.alsoAcceptForStandalone(alternative).alsoAcceptForJoint(alternative).build();
    List<Parameter> parameters =
        new ArrayList<>(Parameters.override(ownParameters, Parameters.withoutStandaloneThreshold(overrides)));
    parameters.addAll(strict.parameters());
    return new ConditionalBaseline(strict, lenient, parameters);
  }

  /** The set's own parameters after the overrides, then the baseline's standalone threshold. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** N1's threshold, for the region's rules that work beside N1–N3. */
  public Parameter standaloneThreshold() {
    return strict.parameters().get(0);
  }

  /**
   * N1–N3, each judging by the lenient baseline where {@code condition} holds, by the strict one
   * where it does not, and undecided (naming {@code conditionFact}) where it is unknown.
   */
  public List<Rule> rules(Function<Organisation, Optional<Boolean>> condition, FactType conditionFact) {
    return AlternativeFormRule.pair(strict.rules(), lenient.rules(), condition, conditionFact);
  }

  /** A document's N1–N3 sentences and deadline, ready for {@link #of}. */
  public static BaselineRules.Builder baseline(
      String policySetId, Citation n1, Citation n2, Citation n3, LocalDate deadline) {
    return BaselineRules.builder(policySetId).standalone(n1).joint(n2).workCoverage(n3).deadline(deadline);
  }
}
