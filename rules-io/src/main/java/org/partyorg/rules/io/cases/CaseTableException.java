package org.partyorg.rules.io.cases;

import java.util.List;

/**
 * A case table that cannot be read: every problem names the file, the case and the field, with
 * the reason in Chinese and in English.
 */
public final class CaseTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  CaseTableException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem: file, case, field, value, reason (中文 / English). */
  public List<String> problems() {
    return problems;
  }
}
