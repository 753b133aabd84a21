package org.partyorg.rules.io.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partyorg.rules.api.model.Organisation;

/**
 * A register in JSON Lines (<a href="https://jsonlines.org">jsonlines.org</a>): one organisation
 * document per line, UTF-8, lines ended by {@code \n} (a {@code \r\n} is accepted).
 *
 * <p>{@link #read} is lazy and never stops at a bad line: every non-blank line comes back as a
 * {@link JsonLine}, read or rejected with its line number and every problem, so that a summary
 * can account for every line (read + rejected = non-blank lines). Blank lines are skipped but
 * counted; a byte-order mark before the first line is skipped; a line over {@value #MAX_LINE}
 * characters is rejected without being held in memory.
 *
 * <p>Streams are not thread-safe (one consumer; the reader is read in order), but each stream
 * may use a shared {@link JsonFormat}. Closing the stream closes the reader.
 */
public final class JsonLines {
  /** The longest line read, in characters: 16 MiB, far above any organisation the model accepts. */
  public static final int MAX_LINE = 16 * 1024 * 1024;

  private JsonLines() {}

  /**
   * The organisations of a register, one per non-blank line, read lazily with {@code format}
   * (which says the kinds of extra facts: {@link JsonFormat#forPolicySets}).
   *
   * @param in the register's text; its charset is the caller's (UTF-8 for the format)
   * @throws UncheckedIOException from the stream's operations when the reader fails
   */
  public static Stream<JsonLine> read(Reader in, JsonFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    return StreamSupport.stream(new Lines(in, format, MAX_LINE), false).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The organisations, one document a line, each line ended by {@code \n}. */
  public static void write(Stream<? extends Organisation> organisations, Writer out, JsonFormat format) {
    Objects.requireNonNull(out, "out");
    organisations.forEachOrdered(o -> {
      try {
        out.write(format.writeOrganisation(o));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Splits the text into lines by hand, so that an endless line cannot exhaust memory. */
  static final class Lines extends Spliterators.AbstractSpliterator<JsonLine> {
    private final Reader in;
    private final JsonFormat format;
    private final int maxLine;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;
    private boolean ended;

    Lines(Reader in, JsonFormat format, int maxLine) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.in = in;
      this.format = format;
      this.maxLine = maxLine;
    }

    @Override
    public boolean tryAdvance(Consumer<? super JsonLine> action) {
      while (!ended) {
        StringBuilder text = new StringBuilder();
        boolean tooLong = readLine(text);
        number++;
        if (number == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
          text.deleteCharAt(0);
        }
        if (tooLong) {
          Problems problems = new Problems();
          problems.add("", (String) null, "此行超过" + maxLine + "个字符，未读取。",
              "The line is longer than " + maxLine + " characters and was not read.");
          action.accept(new JsonLine(number, null, problems.list()));
          return true;
        }
        if (text.toString().isBlank()) {
          continue;
        }
        action.accept(line(text.toString()));
        return true;
      }
      return false;
    }

    private JsonLine line(String text) {
      try {
        return new JsonLine(number, format.readOrganisation(text, number), List.of());
      } catch (JsonFormatException e) {
        return new JsonLine(number, null, e.problems());
      }
    }

    /** Reads up to the end of the line; true (and the rest skipped) when it is too long. */
    private boolean readLine(StringBuilder text) {
      boolean tooLong = false;
      while (true) {
        if (position == limit && !fill()) {
          ended = true;
          return tooLong;
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int end = position;
        boolean newline = position < limit;
        if (newline) {
          position++;
        }
        if (!tooLong) {
          text.append(buffer, start, end - start);
          if (text.length() > maxLine) {
            tooLong = true;
            text.setLength(0);
          }
        }
        if (newline) {
          if (!tooLong && text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
          }
          return tooLong;
        }
      }
    }

    private boolean fill() {
      try {
        int read;
        do {
          read = in.read(buffer);
        } while (read == 0);
        if (read < 0) {
          return false;
        }
        position = 0;
        limit = read;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
