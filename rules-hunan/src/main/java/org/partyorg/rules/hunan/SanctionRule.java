package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * B2 (二): the practice received no administrative penalty and no industry discipline in the 3
 * years before the application date (the as-of date).
 *
 * <p>A sanction counts from its date until 3 years have passed, counted as in
 * {@link EligibilityAgeRule}: one imposed on 2017-08-15 bars an application up to 2020-08-14 and
 * no longer on 2020-08-15. Sanctions dated after the as-of date are not counted: the assessment
 * speaks of that day. The rule speaks only to practices with a party organisation, since only
 * those can apply.
 */
final class SanctionRule implements Rule {
  static final Citation CITATION = BenchmarkPlan.cite("二", "所在执业机构近3年未受到过行政处罚或行业惩戒");
  static final Parameter YEARS = Parameter.of("sanctionFreeYears", 3, Unit.YEARS, "sanctionRecord", CITATION);

  private static final MessageTemplate MET = BenchmarkPlan.message("B2.met");
  private static final MessageTemplate SANCTIONED = BenchmarkPlan.message("B2.sanctioned");

  private final FindingFactory findings;
  private final Parameter years;

  SanctionRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B2", CITATION).reads(values.get(YEARS));
    this.years = values.get(YEARS);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (OrganisationFacts.existingPartyOrganisation(findings, organisation, out).isEmpty()) {
      return;
    }
    Optional<SanctionRecord> record = organisation.getSanctionRecord();
    if (record.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.SANCTION_RECORD), Fact.unknown(ModelFacts.SANCTION_RECORD)));
      return;
    }
    int span = years.intValue();
    // the dates of each kind, kinds in the model's order, dates in order
    Map<SanctionKind, List<LocalDate>> counted = new EnumMap<>(SanctionKind.class);
    LocalDate eligibleFrom = asOf;
    for (Sanction sanction : record.get().getSanctions()) {
      LocalDate clears = sanction.getDate().plusYears(span);
      if (!sanction.getDate().isAfter(asOf) && asOf.isBefore(clears)) {
        counted.computeIfAbsent(sanction.getKind(), k -> new ArrayList<>()).add(sanction.getDate());
        eligibleFrom = clears.isAfter(eligibleFrom) ? clears : eligibleFrom;
      }
    }
    Map<SanctionKind, List<LocalDate>> byKind = new EnumMap<>(SanctionKind.class);
    counted.forEach((kind, dates) -> byKind.put(kind, Labels.of(dates.stream().sorted().toList())));
    Fact sanctions = Fact.of(PartyFacts.SANCTIONS, Collections.unmodifiableMap(byKind));
    Fact from = Fact.of(PartyFacts.ELIGIBLE_FROM, eligibleFrom, span);
    Fact day = Fact.of(ModelFacts.AS_OF, asOf);
    if (counted.isEmpty()) {
      out.add(findings.satisfied(MET, sanctions, from, day));
    } else {
      out.add(findings.violated(asOf, SANCTIONED, Set.of(HunanVocabulary.DEFER_APPLICATION), sanctions, from, day));
    }
  }
}
