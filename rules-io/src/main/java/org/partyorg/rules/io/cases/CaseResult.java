package org.partyorg.rules.io.cases;

import java.util.List;

/**
 * The outcome of one case: its name, whether every expectation held, and one line per
 * difference ("W3: expected VIOLATED, got SATISFIED"). Immutable.
 *
 * @param name the case's name
 * @param differences one line per expectation or {@code covers} claim that did not hold; empty
 *     when the case passed
 * @param covered the case's {@code covers} claims that held, each as
 *     {@code set-id/parameterKey:side} ({@code wuhan-2016/organisationStaffThreshold:below}); the
 *     sides are the codes of docs/CASES.md ({@code below}, {@code at}, {@code above},
 *     {@code dayBefore}, {@code on}, {@code dayAfter})
 */
public record CaseResult(String name, List<String> differences, List<String> covered) {
  public CaseResult {
    differences = List.copyOf(differences);
    covered = List.copyOf(covered);
  }

  public boolean passed() {
    return differences.isEmpty();
  }

  /** The differences as a readable block, or "ok". */
  public String diff() {
    return passed() ? "ok" : name + ":\n  " + String.join("\n  ", differences);
  }
}
