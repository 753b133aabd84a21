package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partyorg.rules.api.PolicySet;
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
    description = {
      "为正式党员不足3名的单位测算联合党组织，输出 CSV 和 JSON。",
      "Proposes joint party organisations for the organisations with 1 or 2 formal members, as CSV and JSON."
    },
    footer = {"", "例 Example:", "  partyorg-rules plan 台账.csv -p liaoning-2016 --csv plan.csv --json plan.json"})
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", defaultValue = "liaoning-2016",
      description = "按哪个方案的上限组建，默认 ${DEFAULT-VALUE} the set whose cap applies, ${DEFAULT-VALUE} by default")
  String policySet;

  @Option(names = "--csv", paramLabel = "FILE", defaultValue = "plan.csv", description = "CSV 文件，默认 ${DEFAULT-VALUE} the CSV file")
  Path csv;

  @Option(names = "--json", paramLabel = "FILE", description = "JSON 文件，默认与 CSV 同名 the JSON file, beside the CSV by default")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    PolicySet set = Common.evaluator(List.of(policySet)).policySet(policySet);
    JointPlanner planner;
    try {
      planner = JointPlanner.forSet(set);
    } catch (IllegalArgumentException e) {
      throw new CliError(ExitCodes.USAGE, "方案 " + policySet + " 没有规定联合党组织覆盖单位数的上限；请用 liaoning-2016 或 hunan-benchmark-2020。",
          "The set " + policySet + " sets no cap on a joint organisation; use liaoning-2016 or hunan-benchmark-2020.");
    }
    JointPlan plan;
    List<String> badRows;
    try (Registers.Opened opened = Registers.open(register);
        Progress progress = Progress.start(lang.pick("测算", "Planning"), !common.noProgress)) {
      plan = Registers.reading(register, () -> planner.plan(() -> opened.organisations().peek(o -> progress.step()).iterator()));
      badRows = opened.badRows(lang);
    }
    Common.write(csv, csv(plan));
    Path jsonFile = json != null ? json : ReportCommand.sibling(csv, ".json");
    Common.write(jsonFile, org.partyorg.rules.io.json.JsonFormat.create().writeJointPlan(plan));
    PrintWriter out = spec.commandLine().getOut();
    out.println(lang.pick("候选单位" + plan.candidates() + "个，组建联合党组织" + plan.proposals().size() + "个，覆盖" + plan.placed()
            + "个单位（最多可覆盖" + plan.upperBound() + "个），每个至多" + plan.cap() + "个单位。",
        plan.candidates() + " candidates; " + plan.proposals().size() + " joint organisations proposed, covering " + plan.placed()
            + " organisations (at most " + plan.upperBound() + " could be), at most " + plan.cap() + " each."));
    out.println(lang.pick("CSV：" + csv + "；JSON：" + jsonFile, "CSV: " + csv + "; JSON: " + jsonFile));
    badRows.forEach(spec.commandLine().getErr()::println);
    out.flush();
    return badRows.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** One row per organisation placed, numbered by joint organisation; cells a spreadsheet would run as formulas neutralised. */
  static String csv(JointPlan plan) {
    java.io.StringWriter text = new java.io.StringWriter();
    try (org.partyorg.rules.io.CsvOutput out = org.partyorg.rules.io.CsvOutput.to(text)) {
      out.row("联合党组织序号", "统一社会信用代码", "单位名称", "联合党组织正式党员数", "范围", "行业门类");
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
