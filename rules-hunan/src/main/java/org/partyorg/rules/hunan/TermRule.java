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
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B15 (附件2 1(6)): the committee serves a 3-year term and holds its election on time.
 *
 * <p>The term that began on the reported start day ends 3 years later, counted as in
 * {@link EligibilityAgeRule} (a term from 2018-03-15 ends on 2021-03-15). That end day is the
 * finding's deadline: up to and on it the term is running (satisfied); from the day after, the
 * election is overdue (violated). An approved postponement (经上级党组织批准延期) is not in
 * the model, so the message says that one would change the verdict.
 */
final class TermRule implements Rule {
  static final Citation CITATION = BenchmarkPlan.cite("附件2 1（6）", "支部委员会应按期换届，委员出现变化时及时补选，每届任期3年");
  static final Parameter TERM_YEARS =
      Parameter.of("committeeTermYears", 3, Unit.YEARS, PartyFacts.COMMITTEE + ".termStart", CITATION);

  /** 按期换届: hold the election the term calls for. */
  static final RequiredAction HOLD_ELECTION = RequiredAction.of("HOLD_ELECTION", "按期换届", "hold the branch committee’s election");

  private static final MessageTemplate RUNNING = BenchmarkPlan.message("B15.running");
  private static final MessageTemplate OVERDUE = BenchmarkPlan.message("B15.overdue");

  /** The rule's findings without a deadline, for the undecided case. */
  private final FindingFactory undated;
  private final int years;

  TermRule(ParameterValues values) {
    this.undated = BenchmarkPlan.findings("B15", CITATION).reads(values.get(TERM_YEARS));
    this.years = values.intValue(TERM_YEARS);
  }

  @Override
  public String id() {
    return undated.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(undated);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<BranchStructure> structure = PartyFacts.structure(organisation, undated, out);
    if (structure.isEmpty()) {
      return;
    }
    Optional<LocalDate> start = structure.get().getCommittee().flatMap(BranchCommittee::getTermStart);
    if (start.isEmpty()) {
      FactType fact = ModelFacts.TERM_START;
      out.add(undated.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    LocalDate end = start.get().plusYears(years);
    // the deadline differs per organisation, so the factory is made here rather than once
    FindingFactory findings = undated.withDeadline(end);
    Fact termStart = Fact.of(ModelFacts.TERM_START, start.get());
    Fact termYears = Fact.of(PartyFacts.TERM_YEARS, years);
    if (asOf.isAfter(end)) {
      out.add(findings.violated(asOf, OVERDUE, Set.of(HOLD_ELECTION), termStart, termYears));
    } else {
      out.add(findings.satisfied(RUNNING, termStart, termYears));
    }
  }
}
