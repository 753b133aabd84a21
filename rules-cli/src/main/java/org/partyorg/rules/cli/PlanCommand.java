package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.io.Column;
import org.partyorg.rules.register.planner.JointPlan;
import org.partyorg.rules.register.planner.JointPlanner;
import org.partyorg.rules.register.planner.ProposedJointOrganisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plan}: the joint party organisations proposed for a register's small organisations, as CSV and JSON. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    footer = {"  partyorg-rules plan 台账.csv -p liaoning-2016 --csv plan.csv --json plan.json"})
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", defaultValue = "liaoning-2016", descriptionKey = "option.plan.policy-set")
  String policySet;

  @Option(names = "--csv", paramLabel = "FILE", defaultValue = "plan.csv", descriptionKey = "option.plan.csv")
  Path csv;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "option.plan.json")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    PolicySet set = Common.evaluator(List.of(policySet)).policySet(policySet);
    JointPlanner planner;
    try {
      planner = JointPlanner.forSet(set);
    } catch (IllegalArgumentException e) {
      throw new CliError(ExitCodes.USAGE, CliTexts.both("error.plan-no-cap", "set", policySet, "sets", CliTexts.quoted(capped())));
    }
    Registers.Read<JointPlan> read = Registers.read(register, common, "progress.plan",
        (opened, organisations) -> planner.plan(organisations::iterator));
    JointPlan plan = read.result();
    List<String> badRows = read.badRows();
    Common.write(csv, csv(plan));
    Path jsonFile = json != null ? json : Common.sibling(csv, ".json");
    Common.write(jsonFile, org.partyorg.rules.io.json.JsonFormat.create().writeJointPlan(plan));
    PrintWriter out = spec.commandLine().getOut();
    out.println(CliTexts.text(lang, "plan.summary", "candidates", (long) plan.candidates(), "proposals", (long) plan.proposals().size(),
        "placed", (long) plan.placed(), "upperBound", (long) plan.upperBound(), "cap", (long) plan.cap()));
    out.println(CliTexts.text(lang, "plan.written", "csv", csv, "json", jsonFile));
    badRows.forEach(spec.commandLine().getErr()::println);
    out.flush();
    return badRows.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** The bundled sets that limit how many organisations a joint party organisation covers, so that a plan can use them. */
  private static List<String> capped() {
    List<String> ids = new java.util.ArrayList<>();
    for (PolicySet candidate : Common.evaluator(List.of()).policySets()) {
      try {
        JointPlanner.forSet(candidate);
        ids.add(candidate.id());
      } catch (IllegalArgumentException e) {
        // no cap: not a set to plan by
      }
    }
    return ids;
  }

  /** One row per organisation placed, numbered by joint organisation; cells a spreadsheet would run as formulas neutralised. */
  static String csv(JointPlan plan) {
    java.io.StringWriter text = new java.io.StringWriter();
    try (org.partyorg.rules.io.CsvOutput out = org.partyorg.rules.io.CsvOutput.to(text)) {
      // the register's own headers where a column is one of its columns
      out.row("联合党组织序号", Column.CREDIT_CODE.canonicalName(), Column.NAME.canonicalName(), "联合党组织正式党员数", "范围",
          Column.INDUSTRY.canonicalName());
      int number = 0;
      for (ProposedJointOrganisation proposal : plan.proposals()) {
        number++;
        for (int i = 0; i < proposal.creditCodes().size(); i++) {
          out.row(Integer.toString(number), proposal.creditCodes().get(i), proposal.names().get(i),
              Integer.toString(proposal.formalMembers()), proposal.locality().name(),
              proposal.industry().map(Enum::name).orElse(""));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

}
