package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;

/**
 * N3: an organisation without party members gets party work coverage, an instructor assigned
 * and mass organisations set up, to create the conditions for a party organisation.
 */
final class WorkCoverageRule extends MemberBandRule {
  private static final MessageTemplate MET = BaselineRules.MESSAGES.template("work-coverage.met");
  /** An instructor, mass organisations or both missing: the text says which. */
  private static final MessageTemplate MISSING = BaselineRules.MESSAGES.template("work-coverage.missing");

  private static final Fact NO_MEMBERS = Fact.of(ModelFacts.PARTY_MEMBERS, 0);

  private final WorkCoverageCheck.Prepared check;

  WorkCoverageRule(FindingFactory findings, int threshold) {
    super(findings, threshold, MemberBand.WORK_COVERAGE);
    this.check = WorkCoverageCheck.prepare(findings, MET, MISSING, (o, d) -> new Fact[] {NO_MEMBERS});
  }

  @Override
  protected void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    out.add(check.judge(organisation, asOf));
  }
}
