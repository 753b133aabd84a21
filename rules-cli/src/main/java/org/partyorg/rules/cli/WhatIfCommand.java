package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.ModelLimits;
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
    footer = {"  partyorg-rules what-if 台账.csv --as-of 2017-01-01 --set wuhan-2016.organisationStaffThreshold=80"})
final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RegisterOptions register;
  @Mixin Common common;

  @Mixin AsOf asOf;

  @Option(names = "--set", paramLabel = "POLICY.PARAMETER=VALUE", required = true, descriptionKey = "option.what-if.set")
  List<String> settings;

  @Option(names = "--list", paramLabel = "N", defaultValue = "20", descriptionKey = "option.what-if.list")
  int listed;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "option.what-if.json")
  Path json;

  @Override
  public Integer call() {
    Lang lang = common.lang;
    LocalDate date = asOf.date();
    Common.checkList(listed);
    Evaluator before = Common.evaluator(List.of());
    Map<String, Map<String, String>> bySet = new LinkedHashMap<>();
    for (String setting : settings) {
      int dot = setting.indexOf('.');
      int eq = setting.indexOf('=');
      if (dot <= 0 || eq < dot + 2 || eq == setting.length() - 1) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.set-form", "setting", setting));
      }
      bySet.computeIfAbsent(setting.substring(0, dot), k -> new LinkedHashMap<>())
          .put(setting.substring(dot + 1, eq), setting.substring(eq + 1));
    }
    checkSettings(before, bySet);
    Evaluator after = before;
    for (var entry : bySet.entrySet()) {
      try {
        after = after.withOverrides(entry.getKey(), entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.override").detail(e));
      }
    }
    Evaluator variant = after;
    Registers.Read<WhatIfDiff> read = Registers.read(register, common, "progress.what-if",
        (opened, organisations) -> WhatIfDiff.of(before, variant, date).keepAtMost(listed).over(organisations));
    WhatIfDiff diff = read.result();
    List<String> badRows = read.badRows();
    PrintWriter out = spec.commandLine().getOut();
    out.println(CliTexts.text(lang, "what-if.settings", "settings", CliTexts.quoted(settings)));
    out.println(CliTexts.text(lang, "what-if.summary", "organisations", (long) diff.changedOrganisations(), "findings", (long) diff.changes()));
    for (WhatIfDiff.TargetMove move : diff.targets()) {
      if (!move.moved()) {
        continue;
      }
      out.println(CliTexts.text(lang, "what-if.target", "target", move.policySetId() + "/" + move.key(),
          "baseBefore", (long) move.before().total().base(), "baseAfter", (long) move.after().total().base(),
          "coveredBefore", (long) move.before().total().covered(), "coveredAfter", (long) move.after().total().covered(),
          "verdictBefore", lang.verdict(move.before().verdict()), "verdictAfter", lang.verdict(move.after().verdict())));
    }
    for (WhatIfDiff.Changed changed : diff.changed()) {
      out.println("  " + CliTexts.text(lang, "what-if.record", "index", changed.index() + 1, "code", changed.creditCode()));
      String none = CliTexts.text(lang, "part.side-none");
      for (ObligationChange change : changed.changes()) {
        out.println("    " + CliTexts.text(lang, "what-if.change", "key", change.getPolicySetId() + "/" + change.getKey(),
            "before", new CliTexts.Verbatim(change.getBefore().map(side -> side(side, lang)).orElse(none)),
            "after", new CliTexts.Verbatim(change.getAfter().map(side -> side(side, lang)).orElse(none))));
      }
    }
    badRows.forEach(spec.commandLine().getErr()::println);
    out.flush();
    if (json != null) {
      Common.write(json, org.partyorg.rules.io.json.JsonFormat.create().writeWhatIfDiff(diff));
    }
    return badRows.isEmpty() && diff.before().rejected() == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** One side of a change as a clerk reads it: the outcome, then what to do and by when. */
  private static String side(ObligationChange.Side side, Lang lang) {
    String outcome = lang.outcome(side.outcome());
    List<String> actions = side.actions().stream().map(a -> lang.pick(a.chineseName(), a.englishName())).sorted().toList();
    if (side.deadline().isPresent()) {
      return actions.isEmpty()
          ? CliTexts.text(lang, "part.side-deadline", "outcome", outcome, "deadline", side.deadline().get())
          : CliTexts.text(lang, "part.side-deadline-actions", "outcome", outcome, "deadline", side.deadline().get(),
              "actions", new CliTexts.Verbatim(join(actions, lang)));
    }
    return actions.isEmpty() ? outcome
        : CliTexts.text(lang, "part.side-actions", "outcome", outcome, "actions", new CliTexts.Verbatim(join(actions, lang)));
  }

  /** 甲、乙、丙 or a, b and c. */
  private static String join(List<String> items, Lang lang) {
    if (lang == Lang.zh || items.size() < 2) {
      return String.join("、", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }


  /**
   * Every setting names a set and one of its parameters, and a value the parameter takes; else a
   * usage error in the user's words, naming the set, the parameter, the value and what it takes
   * (the library's own explanation is for developers, in English).
   */
  private static void checkSettings(Evaluator evaluator, Map<String, Map<String, String>> bySet) {
    for (var entry : bySet.entrySet()) {
      String setId = entry.getKey();
      Optional<PolicySet> set = evaluator.policySets().stream().filter(s -> s.id().equals(setId)).findFirst();
      if (set.isEmpty()) {
        throw new CliError(ExitCodes.USAGE, CliTexts.both("error.override-set", "set", setId,
            "sets", CliTexts.quoted(evaluator.policySets().stream().map(PolicySet::id).toList())));
      }
      for (var setting : entry.getValue().entrySet()) {
        Optional<Parameter> parameter = set.get().parameters().stream().filter(p -> p.getKey().equals(setting.getKey())).findFirst();
        if (parameter.isEmpty()) {
          throw new CliError(ExitCodes.USAGE, CliTexts.both("error.override-key", "set", setId, "key", setting.getKey(),
              "keys", CliTexts.quoted(set.get().parameters().stream().map(Parameter::getKey).toList())));
        }
        try {
          parameter.get().withOverride(setting.getValue());
        } catch (IllegalArgumentException misfit) {
          String key = switch (parameter.get().kind()) {
            case COUNT -> "error.override-count";
            case RATE -> "error.override-rate";
            case DATE -> "error.override-date";
            case NUMBER -> "error.override-number";
          };
          throw new CliError(ExitCodes.USAGE, CliTexts.both(key, "setting", setId + "." + setting.getKey(),
              "value", setting.getValue(), "max", (long) ModelLimits.MAX_PERSONS,
              "earliest", ModelLimits.EARLIEST_DATE, "latest", ModelLimits.LATEST_DATE));
        }
      }
    }
  }
}
