package org.partyorg.rules.cli;

/** The entry point of the {@code partyorg-rules} command; its commands come with issue 12. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(2);
  }
}
