package org.partyorg.rules.io.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;

/**
 * One line of a register in JSON Lines: the organisation read from it, or its rejection with
 * every problem found. Shape and types only: an organisation read here still goes through the
 * evaluator's validation when it is assessed.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLine {
  private final long line;
  private final Organisation organisation;
  private final List<JsonProblem> problems;

  JsonLine(long line, Organisation organisation, List<JsonProblem> problems) {
    this.line = line;
    this.organisation = organisation;
    this.problems = List.copyOf(problems);
    if ((organisation == null) == this.problems.isEmpty()) {
      throw new IllegalArgumentException("a line is read or rejected, not both");
    }
  }

  /** The 1-based line number in the file, as an editor shows it (blank lines counted). */
  public long line() {
    return line;
  }

  /** The organisation, when the line was read; empty when it was rejected. */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  /** Whether the line was rejected; then {@link #problems()} says why. */
  public boolean isRejected() {
    return organisation == null;
  }

  /** Every problem of a rejected line, with JSON pointers within the line; empty when read. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** The rejection as an exception, for callers who stop at the first bad line. */
  public JsonFormatException toException() {
    if (!isRejected()) {
      throw new IllegalStateException("line " + line + " was read");
    }
    return new JsonFormatException(problems, line);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLine that && line == that.line
        && Objects.equals(organisation, that.organisation) && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, organisation, problems);
  }

  @Override
  public String toString() {
    return "line " + line + (isRejected() ? ": rejected, " + problems : ": " + organisation.getCreditCode());
  }
}
