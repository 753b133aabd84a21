package org.partyorg.rules.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Rows read so far, with rows per second, on stderr while a long run goes on; nothing when the
 * tool does not run in a terminal ({@link System#console()} is null: output piped, a test, CI) or
 * when {@code --no-progress} is given, so logs and captured output stay clean. Thread-safe.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private final AtomicLong rows = new AtomicLong();

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar labelled with the text {@code task} ({@code progress.…} in cli_{zh,en}.properties), counting rows. */
  static Progress start(Lang lang, String task, boolean wanted) {
    if (!wanted || System.console() == null) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(CliTexts.text(lang, task))
        .setInitialMax(-1)
        .setUnit(" " + CliTexts.text(lang, "progress.unit"), 1)
        .showSpeed()
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(250)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setMaxRenderedLength(100)
        .continuousUpdate()
        .build();
    return new Progress(bar);
  }

  /** One more row read. */
  void step() {
    rows.incrementAndGet();
    if (bar != null) {
      bar.step();
    }
  }

  long rows() {
    return rows.get();
  }

  boolean shown() {
    return bar != null;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /** Rows per second over {@code elapsed}, for the closing line. */
  static long perSecond(long rows, Duration elapsed) {
    long millis = Math.max(1, elapsed.toMillis());
    return rows * 1000 / millis;
  }
}
