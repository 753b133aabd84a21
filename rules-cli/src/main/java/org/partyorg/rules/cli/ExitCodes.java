package org.partyorg.rules.cli;

/**
 * The exit codes of {@code partyorg-rules}, as {@code --help} lists them.
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

  /** The list as the help's footer shows it, in Chinese then English. */
  static final String[] HELP = {
    "",
    "退出码 Exit codes:",
    "  0  完成 done",
    "  1  有记录数据有误未予评估，或有案例未通过 some rows rejected, or some case failed",
    "  2  用法错误 usage error (unknown option, value of the wrong form)",
    "  3  输入无法读取 input unreadable (missing, wrong encoding, not a register)",
    "  4  输出无法写入 output cannot be written",
    "  5  内部错误 internal error (please report it)",
  };

  private ExitCodes() {}
}
