package org.partyorg.rules.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Conflict;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.Violation;

/**
 * The main job of the README: discovers every policy set on the path, assesses the
 * {@link SampleOrganisations}, each on its own date (2016-12-01 for the 2016 campaigns, 2021-03-31
 * for the Hunan plan) or all on the date given as the first argument, and prints what each must
 * do, by when, under which clause; a sample that cannot be assessed on the date given (its party
 * organisation was founded later) is printed with the reasons. Then {@link ReportRegister} reports
 * a small register against every target and compares it with a what-if.
 */
public final class AssessSamples {
  private AssessSamples() {}

  public static void main(String[] args) {
    // Hibernate Validator announces its version on start-up; the demo's output is the findings.
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    LocalDate asOf;
    try {
      asOf = args.length > 0 ? LocalDate.parse(args[0]) : null;
    } catch (DateTimeParseException e) {
      System.err.println("the as-of date must be written yyyy-mm-dd, got '" + args[0] + "'");
      System.exit(2);
      return;
    }
    Evaluator evaluator = Evaluator.discover();
    run(evaluator, SampleOrganisations.all(), asOf, System.out);
    // the register half: a coverage report on a small register, and a what-if over it
    ReportRegister.run(evaluator, System.out);
  }

  /**
   * @param asOf the date to assess every organisation on, or null for each sample's own date
   */
  static void run(Evaluator evaluator, List<Organisation> organisations, LocalDate asOf, PrintStream out) {
    out.println("partyorg-rules: " + organisations.size() + " sample organisations"
        + (asOf == null ? "" : " as of " + asOf));
    out.println("policy sets found: "
        + evaluator.policySets().stream().map(PolicySet::id).toList());
    for (Organisation organisation : organisations) {
      LocalDate date = asOf != null ? asOf : SampleOrganisations.asOf(organisation);
      out.println();
      out.println("■ " + organisation.getName() + "  " + organisation.getCreditCode()
          + "  [" + organisation.getCategory().chineseName() + ", " + organisation.getDivisionCode() + "]  as of " + date);
      List<Violation> rejections = evaluator.validator().violations(organisation, date);
      if (!rejections.isEmpty()) {
        out.println("  not assessed on this date:");
        rejections.forEach(v -> out.println("      " + v.getMessageZh() + "\n      " + v.getMessageEn()));
        continue;
      }
      Assessment assessment = evaluator.assess(organisation, date);
      if (assessment.getPolicySetIds().isEmpty()) {
        out.println("  no policy set applies");
        continue;
      }
      out.println("  sets applied: " + assessment.getPolicySetIds());
      for (Finding finding : assessment.getFindings()) {
        out.println("  " + finding.getPolicySetId() + " " + finding.getKey() + " " + finding.getOutcome()
            + finding.getDeadline().map(d -> "  by " + d + (finding.isOverdue() ? " (OVERDUE)" : "")).orElse("")
            + (finding.getRequiredActions().isEmpty() ? "" : "  → " + finding.getRequiredActions()));
        out.println("      " + finding.getMessageZh());
        out.println("      " + finding.getMessageEn());
        out.println("      source: " + finding.getCitation().getDocument().getFile() + " "
            + finding.getCitation().getSection() + " “" + finding.getCitation().getQuote() + "”");
      }
      for (Conflict conflict : assessment.getConflicts()) {
        out.println("  ! the sets disagree on " + conflict.getObligation() + ":");
        out.println("      " + conflict.getMessageZh());
        out.println("      " + conflict.getMessageEn());
      }
    }
  }
}
