package org.partyorg.rules.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top command, {@code partyorg-rules}: only its subcommands do something. {@link #commandLine}
 * builds the whole command line with the tool's error handling: a {@link CliError} or an unreadable
 * input prints one message in both languages (no stack trace) and exits with its code.
 */
@Command(name = "partyorg-rules", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = {
      "党组织覆盖规则命令行工具：评估台账、生成覆盖情况报告、测算联合党组织、比较政策调整、解释结论、列出规则。",
      "Party-organisation rules on the command line: assess a register, report coverage, plan joint "
          + "organisations, compare a reform, explain a finding, list the rules."
    },
    subcommands = {
      AssessCommand.class, ReportCommand.class, PlanCommand.class, WhatIfCommand.class, ExplainCommand.class,
      RulesCommand.class, SampleCommand.class, TestCommand.class, CommandLine.HelpCommand.class
    })
final class Cli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令 a command is required");
  }

  /** The command line writing to {@code out} and {@code err}, with the tool's exit codes and error messages. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Cli());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    // every command's help ends with the exit codes
    appendFooter(line);
    line.registerConverter(LocalDate.class, Cli::date);
    line.setExitCodeExceptionMapper(e -> e instanceof CliError error ? error.exitCode()
        : e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    line.setExecutionExceptionHandler((e, command, parseResult) -> {
      Lang lang = langOf(parseResult);
      if (e instanceof CliError error) {
        command.getErr().println(error.both(lang));
        command.getErr().flush();
        return error.exitCode();
      }
      command.getErr().println(lang.pick("内部错误，请报告此命令行：", "Internal error; please report it with the command line: ") + e);
      e.printStackTrace(command.getErr());
      command.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return line;
  }

  private static void appendFooter(CommandLine line) {
    if (line.getCommandSpec().name().equals("help")) {
      return;
    }
    String[] footer = line.getCommandSpec().usageMessage().footer();
    String[] all = java.util.Arrays.copyOf(footer, footer.length + ExitCodes.HELP.length);
    System.arraycopy(ExitCodes.HELP, 0, all, footer.length, ExitCodes.HELP.length);
    line.getCommandSpec().usageMessage().footer(all);
    line.getSubcommands().values().forEach(Cli::appendFooter);
  }

  /** Runs the tool on the process's streams, in UTF-8 whatever the platform's default. */
  static int run(String... args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return commandLine(out, err).execute(args);
  }

  private static Lang langOf(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    if (sub.hasMatchedOption("--lang")) {
      return sub.matchedOptionValue("--lang", Lang.zh);
    }
    return Lang.zh;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("日期应写作 2016-12-01 a date is written 2016-12-01, got "
          + CliError.quote(text));
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"partyorg-rules " + (version == null ? "(development build)" : version)};
    }
  }
}
