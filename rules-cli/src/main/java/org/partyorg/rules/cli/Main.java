package org.partyorg.rules.cli;

/**
 * The entry point of the {@code partyorg-rules} command: {@code java -jar partyorg-rules.jar --help}.
 * Exit codes are listed by {@code --help} (and in {@code ExitCodes}).
 */
public final class Main {
  // held here: a logger only configured through a temporary reference may be collected, and its level lost
  private static final java.util.logging.Logger VALIDATOR = java.util.logging.Logger.getLogger("org.hibernate.validator");

  private Main() {}

  public static void main(String[] args) {
    // the validator's start-up banner is noise on a command line
    VALIDATOR.setLevel(java.util.logging.Level.WARNING);
    System.exit(Cli.run(args));
  }
}
