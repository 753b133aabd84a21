package org.partyorg.rules.io.json;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A JSON document that does not have the format's shape: every problem found in it at once
 * (at most 100, then one saying that more were left out), each with its JSON pointer, its value
 * and the reason in Chinese and English. Unchecked.
 */
public final class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;
  private final long line;

  JsonFormatException(List<JsonProblem> problems, long line) {
    super(describe(problems, line));
    this.problems = List.copyOf(problems);
    this.line = line;
  }

  /** Every problem found, in document order; never empty. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** The 1-based line of a JSON Lines file the document was on; empty for a single document. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  private static String describe(List<JsonProblem> problems, long line) {
    String where = line > 0 ? "line " + line + ": " : "";
    return where + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; "));
  }
}
