package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Party work coverage (党的工作覆盖), judged the same way wherever a document asks for it (N3,
 * and a region's interim coverage of organisations without a party organisation yet): met when
 * an instructor is assigned (选派党建工作指导员) and mass organisations are set up (组建群团组织);
 * otherwise violated, asking for the missing ones; undecided when the coverage is not reported.
 *
 * <p>The rule decides whether the organisation is under it; this class gives the finding once
 * it is, so that every coverage finding reports the same facts and actions.
 */
public final class WorkCoverageCheck {
  private WorkCoverageCheck() {}

  /**
   * The judgement, prepared once in a rule's constructor; its findings compute their facts when
   * read.
   *
   * @param why the facts that put an organisation under the rule; they come first in the finding
   */
  public static Prepared prepare(
      FindingFactory findings, MessageTemplate met, MessageTemplate missing, FindingFactory.FactSource why) {
    return new Prepared(findings, met, missing, why);
  }

  /** A prepared judgement of work coverage; immutable and thread-safe. */
  public static final class Prepared {
    private final FindingFactory.Prepared unreported;
    private final FindingFactory.Prepared met;
    private final FindingFactory.Prepared noInstructor;
    private final FindingFactory.Prepared noMassOrganisation;
    private final FindingFactory.Prepared neither;

    private Prepared(FindingFactory findings, MessageTemplate met, MessageTemplate missing, FindingFactory.FactSource why) {
      FindingFactory.FactSource reported = why.followedBy((o, d) -> new Fact[] {
        Fact.of(ModelFacts.INSTRUCTOR_ASSIGNED, o.getWorkCoverage().get().isInstructorAssigned()),
        Fact.of(ModelFacts.MASS_ORGANISATIONS, o.getWorkCoverage().get().getMassOrganisations())
      });
      this.unreported = findings.prepareUndecided(List.of(ModelFacts.WORK_COVERAGE),
          why.followedBy((o, d) -> new Fact[] {Fact.unknown(ModelFacts.WORK_COVERAGE)}));
      this.met = findings.prepareSatisfied(met, reported);
      this.noInstructor = findings.prepareViolated(missing, Set.of(RequiredAction.ASSIGN_INSTRUCTOR), reported);
      this.noMassOrganisation =
          findings.prepareViolated(missing, Set.of(RequiredAction.SET_UP_MASS_ORGANISATIONS), reported);
      this.neither = findings.prepareViolated(missing,
          Set.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), reported);
    }

    /** The finding about the organisation's work coverage on {@code asOf}. */
    public Finding judge(Organisation organisation, LocalDate asOf) {
      if (organisation.getWorkCoverage().isEmpty()) {
        return unreported.of(organisation, asOf);
      }
      WorkCoverage coverage = organisation.getWorkCoverage().get();
      boolean instructor = coverage.isInstructorAssigned();
      boolean mass = !coverage.getMassOrganisations().isEmpty();
      FindingFactory.Prepared finding =
          instructor && mass ? met : instructor ? noMassOrganisation : mass ? noInstructor : neither;
      return finding.of(organisation, asOf);
    }
  }
}
