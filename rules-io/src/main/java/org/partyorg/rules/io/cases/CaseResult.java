package org.partyorg.rules.io.cases;

import java.util.List;

/**
 * The outcome of one case: its name, whether every expectation held, and one line per
 * difference ("W3: expected VIOLATED, got SATISFIED"). Immutable.
 */
public record CaseResult(String name, List<String> differences) {
  public CaseResult {
    differences = List.copyOf(differences);
  }

  public boolean passed() {
    return differences.isEmpty();
  }

  /** The differences as a readable block, or "ok". */
  public String diff() {
    return passed() ? "ok" : name + ":\n  " + String.join("\n  ", differences);
  }
}
