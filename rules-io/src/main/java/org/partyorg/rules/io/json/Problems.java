package org.partyorg.rules.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partyorg.rules.api.model.ModelLimits;
import tools.jackson.databind.JsonNode;

/**
 * The problems found in one document, with the bilingual wording shared by every reader. Stops
 * collecting at {@value ModelLimits#MAX_REPORTED}, as the engine does, and says that more were left
 * out, so that a hostile document cannot make an unbounded report.
 */
final class Problems {
  private static final int ECHO_LIMIT = 64;

  private final List<JsonProblem> list = new ArrayList<>();
  private boolean truncated;

  void add(String pointer, JsonNode value, String zh, String en) {
    add(pointer, value == null || value.isMissingNode() ? null : echo(value.toString()), zh, en);
  }

  void add(String pointer, String shownValue, String zh, String en) {
    if (list.size() < ModelLimits.MAX_REPORTED) {
      list.add(new JsonProblem(pointer, shownValue, zh, en));
    } else if (!truncated) {
      truncated = true;
      list.add(new JsonProblem("", null, "问题过多，其余从略。", "Too many problems; the rest are left out."));
    }
  }

  void missing(String pointer) {
    add(pointer, (String) null, "缺少此项，此项必填。", "Missing; it is required.");
  }

  void wrongType(String pointer, JsonNode value, Kind expected) {
    add(pointer, value, "应为" + expected.zh + "，而不是" + found(value)[0] + "。",
        "Must be " + expected.en + ", not " + found(value)[1] + ".");
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<JsonProblem> list() {
    return List.copyOf(list);
  }

  void throwIfAny(long line) {
    if (!list.isEmpty()) {
      throw new JsonFormatException(list, line);
    }
  }

  /** What JSON value a problem found, named for the reader of the message. */
  private static String[] found(JsonNode value) {
    if (value == null || value.isNull()) {
      return new String[] {"null", "null"};
    }
    if (value.isString()) {
      return new String[] {"字符串", "a string"};
    }
    if (value.isIntegralNumber()) {
      return new String[] {"整数", "a whole number"};
    }
    if (value.isNumber()) {
      return new String[] {"小数", "a decimal number"};
    }
    if (value.isBoolean()) {
      return new String[] {"true或false", "true or false"};
    }
    if (value.isArray()) {
      return new String[] {"数组", "an array"};
    }
    if (value.isObject()) {
      return new String[] {"对象", "an object"};
    }
    return new String[] {value.getNodeType().toString(), value.getNodeType().toString()};
  }

  /** The shapes a member may be required to have. */
  enum Kind {
    TEXT("字符串", "a string"),
    CODE("代码字符串", "a code string"),
    COUNT("整数", "a whole number"),
    NUMBER("数值", "a number"),
    DATE("日期字符串（如\"2016-08-14\"）", "a date string such as \"2016-08-14\""),
    FLAG("true或false", "true or false"),
    OBJECT("对象", "an object"),
    ARRAY("数组", "an array");

    final String zh;
    final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  /**
   * A value as a message shows it: cut to 64 characters (then {@code …(N chars)}), control,
   * format and separator characters escaped ({@code \n}, {@code \u001B}), so that a value cannot
   * forge a line of a report.
   */
  static String echo(String text) {
    int end = text.length();
    boolean cut = false;
    if (end > ECHO_LIMIT) {
      end = Character.isHighSurrogate(text.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
      cut = true;
    }
    StringBuilder out = new StringBuilder(end + 16);
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return cut ? out + "…(" + text.length() + " chars)" : out.toString();
  }

  /** A member name as a JSON pointer token (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
