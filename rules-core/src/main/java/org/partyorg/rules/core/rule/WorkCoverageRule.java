package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.WorkCoverage;

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
          "no party members: must have a party instructor assigned and mass organisations (union, youth league, women's) set up by {deadline}.");

  WorkCoverageRule(FindingFactory findings, int threshold) {
    super(findings, threshold, MemberBand.WORK_COVERAGE);
  }

  @Override
  void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Fact members = Fact.of("partyMembers", 0);
    if (organisation.getWorkCoverage().isEmpty()) {
      out.add(findings.undecided(List.of("workCoverage"), members, Fact.unknown("workCoverage")));
      return;
    }
    WorkCoverage coverage = organisation.getWorkCoverage().get();
    Fact instructor = Fact.of("instructorAssigned", coverage.isInstructorAssigned());
    Fact mass = Fact.of("massOrganisations", coverage.getMassOrganisations());
    if (coverage.isComplete()) {
      out.add(findings.satisfied(MET, members, instructor, mass));
      return;
    }
    Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
    if (!coverage.isInstructorAssigned()) {
      actions.add(RequiredAction.ASSIGN_INSTRUCTOR);
    }
    if (coverage.getMassOrganisations().isEmpty()) {
      actions.add(RequiredAction.SET_UP_MASS_ORGANISATIONS);
    }
    out.add(findings.violated(asOf, MISSING, actions, members, instructor, mass));
  }
}
