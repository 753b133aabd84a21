package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
   * @param why the facts that put the organisation under the rule; they come first in the finding
   */
  public static Finding judge(
      FindingFactory findings,
      Organisation organisation,
      LocalDate asOf,
      MessageTemplate met,
      MessageTemplate missing,
      Fact... why) {
    List<Fact> facts = new ArrayList<>(Arrays.asList(why));
    if (organisation.getWorkCoverage().isEmpty()) {
      facts.add(Fact.unknown("workCoverage"));
      return findings.undecided(List.of("workCoverage"), facts.toArray(new Fact[0]));
    }
    WorkCoverage coverage = organisation.getWorkCoverage().get();
    facts.add(Fact.of("instructorAssigned", coverage.isInstructorAssigned()));
    facts.add(Fact.of("massOrganisations", coverage.getMassOrganisations()));
    Fact[] all = facts.toArray(new Fact[0]);
    if (coverage.isComplete()) {
      return findings.satisfied(met, all);
    }
    Set<RequiredAction> actions = EnumSet.noneOf(RequiredAction.class);
    if (!coverage.isInstructorAssigned()) {
      actions.add(RequiredAction.ASSIGN_INSTRUCTOR);
    }
    if (coverage.getMassOrganisations().isEmpty()) {
      actions.add(RequiredAction.SET_UP_MASS_ORGANISATIONS);
    }
    return findings.violated(asOf, missing, actions, all);
  }

  /**
   * The same judgement, prepared once in a rule's constructor, whose findings compute their
   * facts when read: {@code why} gives the facts that put an organisation under the rule.
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
      FindingFactory.FactSource reported = (o, d) -> with(why.facts(o, d),
          Fact.of("instructorAssigned", o.getWorkCoverage().get().isInstructorAssigned()),
          Fact.of("massOrganisations", o.getWorkCoverage().get().getMassOrganisations()));
      this.unreported = findings.prepareUndecided(List.of("workCoverage"),
          (o, d) -> with(why.facts(o, d), Fact.unknown("workCoverage")));
      this.met = findings.prepareSatisfied(met, reported);
      this.noInstructor = findings.prepareViolated(missing, EnumSet.of(RequiredAction.ASSIGN_INSTRUCTOR), reported);
      this.noMassOrganisation =
          findings.prepareViolated(missing, EnumSet.of(RequiredAction.SET_UP_MASS_ORGANISATIONS), reported);
      this.neither = findings.prepareViolated(missing,
          EnumSet.of(RequiredAction.ASSIGN_INSTRUCTOR, RequiredAction.SET_UP_MASS_ORGANISATIONS), reported);
    }

    /** As {@link WorkCoverageCheck#judge}. */
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

    private static Fact[] with(Fact[] why, Fact... more) {
      Fact[] all = Arrays.copyOf(why, why.length + more.length);
      System.arraycopy(more, 0, all, why.length, more.length);
      return all;
    }
  }
}
