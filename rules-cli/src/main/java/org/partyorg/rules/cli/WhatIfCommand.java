package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.ObligationChange;
import org.partyorg.rules.register.WhatIfDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code what-if}: a register under the sets as they are and with parameters changed → what moves. */
@Command(name = "what-if", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "比较政策参数调整前后的台账：哪些单位的应办事项改变，各目标如何变化。",
      "Compares a register under the policy sets as they are and with parameters changed: whose obligations"
          + " change and how each target moves."
    },
    footer = {"", "例 Example:", "  partyorg-rules what-if 台账.csv --as-of 2017-01-01 --set wuhan-2016.organisationStaffThreshold=80"})
final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Option(names = "--as-of", paramLabel = "DATE", description = "日期，默认今天（北京时间） the as-of date, today in Beijing by default")
  LocalDate asOf;

  @Option(names = "--set", paramLabel = "POLICY.PARAMETER=VALUE", required = true,
      description = "改变的参数（可重复），如 wuhan-2016.organisationStaffThreshold=80 a parameter changed (repeatable)")
  List<String> settings;

  @Option(names = "--list", paramLabel = "N", defaultValue = "20", description = "列出改变的单位数 how many changed organisations to list")
  int listed;

  @Option(names = "--json", paramLabel = "FILE", description = "结果另存为 JSON the diff as JSON")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Evaluator before = Common.evaluator(List.of());
    Map<String, Map<String, String>> bySet = new LinkedHashMap<>();
    for (String setting : settings) {
      int dot = setting.indexOf('.');
      int eq = setting.indexOf('=');
      if (dot <= 0 || eq < dot + 2 || eq == setting.length() - 1) {
        throw new CliError(ExitCodes.USAGE, "--set " + CliError.quote(setting) + " 应写作 方案.参数=值，如 wuhan-2016.organisationStaffThreshold=80。",
            "--set " + CliError.quote(setting) + " must read POLICY.PARAMETER=VALUE, e.g. wuhan-2016.organisationStaffThreshold=80.");
      }
      bySet.computeIfAbsent(setting.substring(0, dot), k -> new LinkedHashMap<>())
          .put(setting.substring(dot + 1, eq), setting.substring(eq + 1));
    }
    Evaluator after = before;
    for (var entry : bySet.entrySet()) {
      try {
        after = after.withOverrides(entry.getKey(), entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new CliError(ExitCodes.USAGE, "参数调整有误：" + e.getMessage(), "Wrong parameter change: " + e.getMessage());
      }
    }
    WhatIfDiff diff;
    List<String> badRows;
    try (Registers.Opened opened = Registers.open(register);
        Progress progress = Progress.start(lang.pick("比较", "Comparing"), !common.noProgress)) {
      Evaluator variant = after;
      diff = Registers.reading(register,
          () -> WhatIfDiff.of(before, variant, date).keepAtMost(listed).over(opened.organisations().peek(o -> progress.step())));
      badRows = opened.badRows(lang);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(lang.pick("调整：" + String.join("；", settings), "Changes: " + String.join("; ", settings)));
    out.println(lang.pick(diff.changedOrganisations() + "个单位的应办事项改变，共" + diff.changes() + "项结论改变。",
        diff.changedOrganisations() + " organisations’ obligations change; " + diff.changes() + " findings change in all."));
    for (WhatIfDiff.TargetMove move : diff.targets()) {
      if (!move.moved()) {
        continue;
      }
      out.println(lang.pick("目标 ", "Target ") + move.policySetId() + "/" + move.key() + lang.pick("：基数 ", ": base ")
          + move.before().total().base() + " → " + move.after().total().base() + lang.pick("，已覆盖 ", ", covered ")
          + move.before().total().covered() + " → " + move.after().total().covered() + lang.pick("，结论 ", ", verdict ")
          + lang.verdict(move.before().verdict()) + " → " + lang.verdict(move.after().verdict()));
    }
    for (WhatIfDiff.Changed changed : diff.changed()) {
      out.println("  " + lang.pick("第" + (changed.index() + 1) + "条 ", "#" + (changed.index() + 1) + " ") + changed.creditCode());
      for (ObligationChange change : changed.changes()) {
        out.println("    " + change.getPolicySetId() + "/" + change.getKey() + ": "
            + change.getBefore().map(side -> side(side, lang)).orElse("–") + " → "
            + change.getAfter().map(side -> side(side, lang)).orElse("–"));
      }
    }
    badRows.forEach(spec.commandLine().getErr()::println);
    out.flush();
    if (json != null) {
      Common.write(json, org.partyorg.rules.io.json.JsonFormat.create().writeWhatIfDiff(diff));
    }
    return badRows.isEmpty() && diff.before().rejected() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** One side of a change as a clerk reads it: the outcome, the deadline, the actions by name. */
  private static String side(ObligationChange.Side side, Lang lang) {
    return lang.outcome(side.outcome()) + side.deadline().map(d -> lang.pick("，期限", ", by ") + lang.date(d)).orElse("")
        + (side.actions().isEmpty() ? "" : lang.pick("，", ": ") + String.join(lang.pick("、", ", "),
            side.actions().stream().map(a -> lang.pick(a.chineseName(), a.englishName())).sorted().toList()));
  }

}
