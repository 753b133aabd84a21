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
  private static final MessageTemplate MET =
      MessageTemplate.of(
          "暂无党员，已选派党建工作指导员并组建群团组织，实现党的工作覆盖。",
          "no party members; an instructor is assigned and mass organisations are set up: work coverage met.");
  private static final MessageTemplate MISSING =
      MessageTemplate.of(
          "暂无党员，须选派党建工作指导员、组建工会共青团妇联等群团组织，实现党的工作覆盖，期限{deadline}。",
          "no party members: must have a party instructor assigned and mass organisations (union, youth league, women’s) set up by {deadline}.");

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
