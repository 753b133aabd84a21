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
    subcommands = {
      AssessCommand.class, ReportCommand.class, PlanCommand.class, WhatIfCommand.class, ExplainCommand.class,
      RulesCommand.class, SampleCommand.class, TestCommand.class, CommandLine.HelpCommand.class
    })
final class Cli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new Usage(spec.commandLine(), CliTexts.both("error.no-command"));
  }

  /** The command line writing to {@code out} and {@code err}, with the tool's exit codes and error messages. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Cli());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    // the help texts come from cli-help_{zh,en}.properties, in both languages; every command's
    // help ends with its example, if it has one, and the exit codes
    line.setResourceBundle(CliTexts.helpBundle());
    describe(line);
    line.registerConverter(LocalDate.class, Cli::date);
    line.registerConverter(java.nio.charset.Charset.class, Cli::charset);
    line.registerConverter(Lang.class, Cli::lang);
    line.setExitCodeExceptionMapper(e -> e instanceof CliError error ? error.exitCode()
        : e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    line.setParameterExceptionHandler(Cli::usageError);
    line.setExecutionExceptionHandler((e, command, parseResult) -> {
      Lang lang = langOf(parseResult);
      if (e instanceof CliError error) {
        command.getErr().println(error.both(lang));
        command.getErr().flush();
        return error.exitCode();
      }
      command.getErr().println(CliTexts.text(lang, "error.internal"));
      command.getErr().println(e);
      e.printStackTrace(command.getErr());
      command.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return line;
  }

  /**
   * Gives every command its description from the help texts, and its footer: the example (the
   * annotation's footer holds only the command line) and the exit codes.
   */
  private static void describe(CommandLine line) {
    CommandLine.Model.UsageMessageSpec usage = line.getCommandSpec().usageMessage();
    String name = line.getCommandSpec().name();
    usage.description(CliTexts.help("command." + name, Lang.zh.locale()), CliTexts.help("command." + name, Lang.en.locale()));
    if (line.getCommandSpec().helpCommand()) {
      // picocli lists a command by its header where it has one, as its own help command does
      usage.header(CliTexts.help("command." + name, Lang.zh.locale()), CliTexts.help("command." + name, Lang.en.locale()));
    }
    if (!name.equals("help")) {
      java.util.List<String> footer = new java.util.ArrayList<>();
      String[] example = usage.footer();
      if (example.length > 0) {
        footer.add("");
        footer.add(heading("heading.example"));
        footer.addAll(java.util.List.of(example));
      }
      footer.add("");
      footer.add(heading("heading.exit-codes"));
      for (int code = ExitCodes.OK; code <= ExitCodes.INTERNAL; code++) {
        footer.add("  " + code + "  " + CliTexts.help("exit." + code, Lang.zh.locale()));
        footer.add("     " + CliTexts.help("exit." + code, Lang.en.locale()));
      }
      usage.footer(footer.toArray(new String[0]));
    }
    line.getSubcommands().values().forEach(Cli::describe);
  }

  /** 例 Example: */
  private static String heading(String key) {
    return CliTexts.help(key, Lang.zh.locale()) + " " + CliTexts.help(key, Lang.en.locale()) + ":";
  }

  /** A picocli parameter error has no language option yet: both languages, Chinese first. */
  private static String bothOnOneLine(CliTexts.Text text) {
    return text.zh() + " " + text.en();
  }

  /** A usage error of the tool's own, its text in both languages. */
  static final class Usage extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient CliTexts.Text text;

    Usage(CommandLine line, CliTexts.Text text) {
      super(line, bothOnOneLine(text));
      this.text = text;
    }
  }

  /** A value the tool's converter refuses, its text in both languages. */
  static final class BadValue extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final transient CliTexts.Text text;

    BadValue(CliTexts.Text text) {
      super(bothOnOneLine(text));
      this.text = text;
    }
  }

  /**
   * A command line picocli cannot parse: what is wrong in both languages (the one asked for
   * with {@code --lang} first), picocli's own words where they add something, then the usage.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    CliTexts.Text text;
    String detail = null;
    if (e instanceof Usage usage) {
      text = usage.text;
    } else if (e.getCause() instanceof BadValue bad) {
      text = bad.text;
    } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      text = CliTexts.both("error.unknown-argument", "args", CliTexts.quoted(unmatched.getUnmatched()));
    } else if (e instanceof CommandLine.MissingParameterException missing) {
      text = CliTexts.both("error.missing-argument", "args", CliTexts.quoted(missing.getMissing().stream()
          .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()).toList()));
    } else if (e.getArgSpec() != null && e.getValue() != null) {
      String name = e.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName()
          : e.getArgSpec().paramLabel();
      text = CliTexts.both("error.bad-value", "option", name, "value", e.getValue());
      detail = e.getMessage();
    } else {
      text = CliTexts.both("error.command-line");
      detail = e.getMessage();
    }
    java.io.PrintWriter err = command.getErr();
    err.println(new CliError(ExitCodes.USAGE, text).both(langIn(args)));
    if (detail != null) {
      err.println("  " + detail);
    }
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    command.usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The language asked for on a command line that could not be parsed: {@code --lang en} or {@code --lang=en}. */
  private static Lang langIn(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null && value.equalsIgnoreCase("en")) {
        return Lang.en;
      }
    }
    return Lang.zh;
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
      throw new BadValue(CliTexts.both("error.date", "value", text));
    }
  }

  private static java.nio.charset.Charset charset(String text) {
    try {
      return java.nio.charset.Charset.forName(text.trim());
    } catch (IllegalArgumentException e) {
      throw new BadValue(CliTexts.both("error.encoding", "value", text));
    }
  }

  private static Lang lang(String text) {
    for (Lang lang : Lang.values()) {
      if (lang.name().equalsIgnoreCase(text.trim())) {
        return lang;
      }
    }
    throw new BadValue(CliTexts.both("error.lang", "value", text));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"partyorg-rules " + (version == null ? "(development build)" : version)};
    }
  }
}
