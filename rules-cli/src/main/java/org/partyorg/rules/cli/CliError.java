package org.partyorg.rules.cli;

/**
 * An error the tool reports as one message, in Chinese and English, with an exit code and no
 * stack trace: a file missing, an encoding wrong, a value out of range. The texts are in
 * {@code cli_{zh,en}.properties} ({@link CliTexts}).
 */
final class CliError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final CliTexts.Text text;

  CliError(int exitCode, CliTexts.Text text) {
    super(text.en());
    this.exitCode = exitCode;
    this.text = text;
  }

  CliError(int exitCode, CliTexts.Text text, Throwable cause) {
    super(text.en(), cause);
    this.exitCode = exitCode;
    this.text = text;
  }

  int exitCode() {
    return exitCode;
  }

  String message(Lang lang) {
    return text.in(lang);
  }

  /** Both languages, the chosen one first. */
  String both(Lang lang) {
    return lang == Lang.zh ? text.zh() + "\n" + text.en() : text.en() + "\n" + text.zh();
  }
}
