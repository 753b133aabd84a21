package org.partyorg.rules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes strictly: malformed or unmappable input is an error naming the file, the line and
 * the byte, never U+FFFD. A leading byte-order mark is dropped. Unlike {@code InputStreamReader},
 * it hands out every character decoded before the bad byte first, so the line it names is the
 * line the bad byte is on. Not thread-safe.
 */
final class StrictDecodingReader extends Reader {
  private static final char BOM = '\uFEFF';

  private final InputStream in;
  private final String name;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  private long bytesBefore; // bytes read from the stream before those in the buffer
  private boolean eof;
  private boolean flushed;
  private boolean start = true;
  private long line = 1;
  private boolean afterCr;
  private CoderResult pending;

  StrictDecodingReader(InputStream in, Charset charset, String name) {
    this.in = in;
    this.name = name;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      } else if (c == '\r') {
        line++;
        afterCr = true;
      } else {
        afterCr = false;
      }
    }
    return n;
  }

  /** Decodes more characters into {@code chars}; false at the end of input. */
  private boolean fill() throws IOException {
    if (pending != null) {
      throw error(pending);
    }
    if (flushed) {
      return false;
    }
    chars.clear();
    try {
      while (chars.position() == 0 && !flushed) {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          if (chars.position() > 0) {
            pending = result; // hand out what came before it first
            break;
          }
          throw error(result);
        }
        if (result.isOverflow() || chars.position() > 0) {
          break;
        }
        if (eof) {
          result = decoder.flush(chars);
          if (result.isError()) {
            throw error(result);
          }
          flushed = true;
        } else {
          refill();
        }
      }
    } finally {
      chars.flip();
    }
    if (start && chars.hasRemaining()) {
      start = false;
      if (chars.get(chars.position()) == BOM) {
        chars.get();
      }
    }
    return chars.hasRemaining() || !flushed;
  }

  private void refill() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact(); // the bytes kept move to the start: index 0 is now bytesBefore in the file
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private RegisterFormatException error(CoderResult result) {
    long offset = bytesBefore + bytes.position() + 1;
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X",
          bytes.get(bytes.position() + i) & 0xFF));
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    String zh = name + " 第" + line + "行（第" + offset + "字节，" + hex + "）不是有效的" + charset.name() + "编码"
        + (utf8 ? "。文件如果是用中文电子表格软件保存的（GBK、GB18030编码），请加 --encoding GB18030 重新读取。"
            : "。请确认文件的编码，再用 --encoding 指定。");
    String en = name + " line " + line + " (byte " + offset + ", " + hex + ") is not valid " + charset.name()
        + (utf8 ? ". If the file was saved by Chinese spreadsheet software (GBK or GB18030), read it again with"
            + " --encoding GB18030." : ". Check the file's encoding and give it with --encoding.");
    RegisterFormatException exception = new RegisterFormatException(name, line, zh, en);
    exception.initCause(new CharacterCodingException());
    return exception;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
