package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * B1 (二): the party organisation applying has existed for at least 3 years on the application
 * date, which is the as-of date of the assessment.
 *
 * <p><b>How 3 years are counted.</b> As the Civil Code counts periods in years (民法典 第二百零一
 * 条、第二百零二条): the founding day is not counted, and the period ends on the day of the
 * expiry year that corresponds to the founding day, or on the last day of the month where there
 * is none. So an organisation founded on 2017-08-15 has existed 3 years on 2020-08-15 (eligible
 * that day, not the day before), and one founded on 2016-02-29 on 2019-02-28. This is
 * {@link LocalDate#plusYears}.
 */
final class EligibilityAgeRule implements Rule {
  static final Citation CITATION = BenchmarkPlan.cite("二", "申报“标杆引领”计划创建的党组织至少成立3年");
  static final Parameter YEARS =
      Parameter.of("partyOrganisationMinimumYears", 3, Unit.YEARS, "partyOrganisation.foundingDate", CITATION);

  private static final MessageTemplate MET = BenchmarkPlan.message("B1.met");
  private static final MessageTemplate TOO_YOUNG = BenchmarkPlan.message("B1.too-young");
  private static final Set<RequiredAction> DEFER = Set.of(HunanVocabulary.DEFER_APPLICATION);

  private final FindingFactory findings;
  private final Parameter years;

  EligibilityAgeRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B1", CITATION).reads(values.get(YEARS));
    this.years = values.get(YEARS);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<PartyOrganisation> party = OrganisationFacts.existingPartyOrganisation(findings, organisation, out);
    if (party.isEmpty()) {
      return;
    }
    Optional<LocalDate> founded = party.get().getFoundingDate();
    if (founded.isEmpty()) {
      FactType fact = ModelFacts.FOUNDING_DATE;
      out.add(findings.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    LocalDate eligibleFrom = founded.get().plusYears(years.intValue());
    Fact[] facts = {
      Fact.of(ModelFacts.FOUNDING_DATE, founded.get()), Fact.of(PartyFacts.ELIGIBLE_FROM, eligibleFrom, years.intValue()), Fact.of(ModelFacts.AS_OF, asOf)
    };
    if (asOf.isBefore(eligibleFrom)) {
      out.add(findings.violated(asOf, TOO_YOUNG, DEFER, facts));
    } else {
      out.add(findings.satisfied(MET, facts));
    }
  }
}
