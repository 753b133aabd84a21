package org.partyorg.rules.cli;

/**
 * The exit codes of {@code partyorg-rules}, as {@code --help} lists them (texts {@code exit.0}…{@code exit.5}
 * of {@code cli-help_{zh,en}.properties}).
 *
 * <ul>
 *   <li>0: done; every record assessed (whatever the findings say), every case passed;
 *   <li>1: done, but some register rows were rejected as invalid, or some analyst case failed;
 *   <li>2: usage error: an unknown command or option, a value of the wrong form;
 *   <li>3: an input cannot be read: missing, unreadable, not in the encoding given, not a register;
 *   <li>4: an output cannot be written;
 *   <li>5: an internal error (a defect: please report it with the command line).
 * </ul>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int OUTPUT = 4;
  static final int INTERNAL = 5;

  private ExitCodes() {}
}
