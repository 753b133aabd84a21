package org.partyorg.rules.io.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partyorg.rules.io.json.Problems.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The members of one JSON object, read by name and type: each getter records a problem at the
 * member's pointer instead of throwing, and returns empty, so that a reader goes on and reports
 * every wrong member of a record at once. {@link #finish()} reports the members nobody asked
 * for: unknown members are errors, so that a misspelt name never silently reads as "unknown".
 *
 * <p>A member that is absent or {@code null} is unknown: the optional getters return empty, the
 * required ones report it missing.
 */
final class Members {
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4}|[+-][0-9]{4,9})-[0-9]{2}-[0-9]{2}");

  private final JsonNode node;
  private final String pointer;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Members(JsonNode node, String pointer, Problems problems) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
  }

  /** The members of {@code node}, or empty (and a problem) when it is not an object. */
  static Optional<Members> of(JsonNode node, String pointer, Problems problems) {
    if (node == null || !node.isObject()) {
      problems.wrongType(pointer, node, Kind.OBJECT);
      return Optional.empty();
    }
    return Optional.of(new Members(node, pointer, problems));
  }

  String pointer() {
    return pointer;
  }

  Problems problems() {
    return problems;
  }

  String pointer(String name) {
    return Problems.child(pointer, name);
  }

  /** The member's value, or null when absent or null; marks the name as known either way. */
  JsonNode raw(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  /** The names of every member present, in document order. */
  List<String> names() {
    return List.copyOf(node.propertyNames());
  }

  boolean has(String name) {
    return raw(name) != null;
  }

  Optional<String> text(String name) {
    JsonNode value = raw(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isString()) {
      problems.wrongType(pointer(name), value, Kind.TEXT);
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  /** A required string; null (and a problem) when missing or not a string. */
  String requiredText(String name) {
    if (!has(name)) {
      problems.missing(pointer(name));
      return null;
    }
    return text(name).orElse(null);
  }

  OptionalInt count(String name) {
    JsonNode value = raw(name);
    return value == null ? OptionalInt.empty() : count(value, pointer(name), problems);
  }

  static OptionalInt count(JsonNode value, String at, Problems problems) {
    if (notFinite(value)) {
      problems.wrongType(at, value, Kind.COUNT);
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber() && !(value.isNumber() && isWhole(value.decimalValue()))) {
      problems.wrongType(at, value, Kind.COUNT);
      return OptionalInt.empty();
    }
    BigInteger whole = value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue().toBigIntegerExact();
    if (whole.bitLength() > 31) {
      problems.add(at, value, "超出整数范围（-2147483648至2147483647）。",
          "Out of the range of whole numbers (-2,147,483,648 to 2,147,483,647).");
      return OptionalInt.empty();
    }
    return OptionalInt.of(whole.intValue());
  }

  /** A floating-point node (from YAML's .nan or .inf, or a mapper without big decimals) that is no number. */
  private static boolean notFinite(JsonNode value) {
    return value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue());
  }

  private static boolean isWhole(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  Optional<BigDecimal> amount(String name) {
    JsonNode value = raw(name);
    return value == null ? Optional.empty() : amount(value, pointer(name), problems);
  }

  static Optional<BigDecimal> amount(JsonNode value, String at, Problems problems) {
    if (!value.isNumber() || notFinite(value)) {
      problems.wrongType(at, value, Kind.NUMBER);
      return Optional.empty();
    }
    // the exact decimal written (186500.00 stays 186500.00); NaN and infinities are not JSON
    return Optional.of(value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue());
  }

  Optional<Boolean> flag(String name) {
    JsonNode value = raw(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      problems.wrongType(pointer(name), value, Kind.FLAG);
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  Optional<LocalDate> date(String name) {
    JsonNode value = raw(name);
    return value == null ? Optional.empty() : date(value, pointer(name), problems);
  }

  static Optional<LocalDate> date(JsonNode value, String at, Problems problems) {
    if (!value.isString()) {
      problems.wrongType(at, value, Kind.DATE);
      return Optional.empty();
    }
    String text = value.stringValue();
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        // a day the calendar does not have (2016-02-30): reported below
      }
    }
    problems.add(at, value, "不是有效日期；日期应写作“2016-08-14”（ISO 8601，年-月-日）。",
        "Not a valid date; write dates as \"2016-08-14\" (ISO 8601, year-month-day).");
    return Optional.empty();
  }

  LocalDate requiredDate(String name) {
    if (!has(name)) {
      problems.missing(pointer(name));
      return null;
    }
    return date(name).orElse(null);
  }

  <E extends Enum<E>> Optional<E> code(String name, Class<E> type) {
    JsonNode value = raw(name);
    return value == null ? Optional.empty() : code(value, pointer(name), type, problems);
  }

  <E extends Enum<E>> E requiredCode(String name, Class<E> type) {
    if (!has(name)) {
      problems.missing(pointer(name));
      return null;
    }
    return code(name, type).orElse(null);
  }

  static <E extends Enum<E>> Optional<E> code(JsonNode value, String at, Class<E> type, Problems problems) {
    if (!value.isString()) {
      problems.wrongType(at, value, Kind.CODE);
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.stringValue())) {
        return Optional.of(constant);
      }
    }
    String codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problems.add(at, value, "不是可用的代码；可用代码为：" + codes.replace(", ", "、") + "。",
        "Not one of the codes: " + codes + ".");
    return Optional.empty();
  }

  /** An array of codes read as a set: a code given twice is a problem, as is any wrong element. */
  <E extends Enum<E>> Optional<Set<E>> codeSet(String name, Class<E> type) {
    return elements(name, (element, at) -> code(element, at, type, problems)).map(list -> {
      Set<E> set = EnumSet.noneOf(type);
      for (int i = 0; i < list.size(); i++) {
        if (!set.add(list.get(i))) {
          duplicate(Problems.child(pointer(name), i), list.get(i).name());
        }
      }
      return set;
    });
  }

  void duplicate(String at, String shown) {
    problems.add(at, "\"" + Problems.echo(shown) + "\"", "重复列出。", "Listed twice.");
  }

  /** An object member, or empty when absent (or wrong, with a problem). */
  Optional<Members> object(String name) {
    JsonNode value = raw(name);
    return value == null ? Optional.empty() : of(value, pointer(name), problems);
  }

  /**
   * An array member's elements, each read by {@code element} at its pointer; empty when the
   * member is absent or not an array. A null element is a problem (a list has no unknown
   * entries); so is any element {@code element} cannot read, and then the whole list is empty.
   */
  <T> Optional<List<T>> elements(String name, BiFunction<JsonNode, String, Optional<T>> element) {
    JsonNode value = raw(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      problems.wrongType(pointer(name), value, Kind.ARRAY);
      return Optional.empty();
    }
    List<T> out = new ArrayList<>(value.size());
    boolean complete = true;
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String at = Problems.child(pointer(name), i);
      if (item == null || item.isNull()) {
        problems.add(at, "null", "数组中不能有null；不详的项不列出。", "An array cannot hold null; leave out what is unknown.");
        complete = false;
        continue;
      }
      Optional<T> read = element.apply(item, at);
      if (read.isPresent()) {
        out.add(read.get());
      } else {
        complete = false;
      }
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /** An array of strings. */
  Optional<List<String>> texts(String name) {
    return elements(name, (item, at) -> {
      if (!item.isString()) {
        problems.wrongType(at, item, Kind.TEXT);
        return Optional.empty();
      }
      return Optional.of(item.stringValue());
    });
  }

  /**
   * Reports every member not asked for, with the known name nearest to it when one is close
   * (a misspelling).
   */
  void finish() {
    for (String name : node.propertyNames()) {
      if (known.contains(name)) {
        continue;
      }
      String nearest = nearest(name);
      String at = pointer(name);
      JsonNode value = node.get(name);
      if (nearest == null) {
        problems.add(at, value, "格式中没有此项（名称区分大小写）；可用的项为：" + String.join("、", known) + "。",
            "Not a member of this record (names are case-sensitive); the members are: " + String.join(", ", known) + ".");
      } else {
        problems.add(at, value, "格式中没有此项；是否应为“" + nearest + "”？",
            "Not a member of this record; did you mean \"" + nearest + "\"?");
      }
    }
  }

  /**
   * The known name closest to {@code name}: within a third of its length in edits (at least 2),
   * or else the one sharing the longest start of five letters or more ({@code founded} for
   * {@code foundingDate}).
   */
  private String nearest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixed = null;
    int longestPrefix = 4;
    for (String candidate : known) {
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(lower, other);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
      int prefix = 0;
      while (prefix < lower.length() && prefix < other.length() && lower.charAt(prefix) == other.charAt(prefix)) {
        prefix++;
      }
      if (prefix > longestPrefix) {
        prefixed = candidate;
        longestPrefix = prefix;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : prefixed;
  }

  private static int distance(String a, String b) {
    if (a.length() > 100 || b.length() > 100) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
