package org.partyorg.rules.io;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A register that cannot be read at all: bytes that are not valid in the file's encoding, a
 * header without a required column or with one column twice, a quoted field never closed. The
 * message says what, where (file and line) and what to do, in Chinese then English; rows that are
 * merely wrong are never this exception but {@link RowProblem}s, and reading goes on.
 */
public final class RegisterFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String messageZh;
  private final String messageEn;

  /**
   * For row sources outside this package (a workbook reader): {@code line} 0 when the problem is
   * about the whole file; the messages say what is wrong and what to do.
   */
  public RegisterFormatException(String source, long line, String messageZh, String messageEn) {
    super(messageZh + " / " + messageEn);
    this.source = source;
    this.line = line;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  /** The file (and sheet) it is about. */
  public String source() {
    return source;
  }

  /** The line (or row) it is on, 1-based; empty when it is about the whole file. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** What is wrong and what to do, in Chinese. */
  public String messageZh() {
    return messageZh;
  }

  /** What is wrong and what to do, in English. */
  public String messageEn() {
    return messageEn;
  }
}
