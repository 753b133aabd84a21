package org.partyorg.rules.io.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;

/**
 * Which edges of a policy set a table of cases leaves uncovered: the analysts' check that a table
 * stands on both sides of every threshold and on the day before, of and after every deadline.
 *
 * <pre>{@code
 * List<CaseResult> results = CaseTable.read(Path.of("wuhan-2016.yaml")).run(evaluator);
 * List<String> gaps = CaseCoverage.uncovered(evaluator.policySet("wuhan-2016"), results,
 *     Set.of("coverageRate", "targetDeadline"));   // read by register targets only
 * }</pre>
 *
 * <p>It counts the {@code covers} claims that held ({@link CaseResult#covered()}), so a case
 * counts only where the engine found it on the edge. Stateless and thread-safe.
 */
public final class CaseCoverage {
  private CaseCoverage() {}

  /**
   * The edges of {@code set} no held claim covers, one line each, empty when the table covers them
   * all: for a number, {@code at} and one of {@code below} (a threshold, “N以上”) or {@code above}
   * (a cap, “不超过N”); for a date, {@code dayBefore}, {@code on} and {@code dayAfter}.
   *
   * @param results the results of running the table (claims of other sets are ignored)
   * @param exempt keys of parameters no finding of one organisation reads (a register target's
   *     rate or deadline, a selection quota), which no case can stand on
   * @return lines such as {@code "jointEnterpriseCap (3): no case below or above"}
   * @throws IllegalArgumentException naming the key if {@code exempt} names no parameter of the
   *     set, so that a renamed parameter cannot stay exempt unnoticed
   */
  public static List<String> uncovered(PolicySet set, Collection<CaseResult> results, Set<String> exempt) {
    Set<String> keys = new TreeSet<>();
    set.parameters().forEach(p -> keys.add(p.getKey()));
    for (String key : exempt) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException("“" + CaseTable.cut(key) + "”不是" + set.id() + "的参数 / '" + CaseTable.cut(key)
            + "' is not a parameter of " + set.id());
      }
    }
    Set<String> covered = new TreeSet<>();
    results.forEach(r -> covered.addAll(r.covered()));
    List<String> missing = new ArrayList<>();
    for (Parameter parameter : set.parameters()) {
      if (exempt.contains(parameter.getKey())) {
        continue;
      }
      String prefix = set.id() + "/" + parameter.getKey() + ":";
      String edge = parameter.getKey() + " (" + parameter.valueText() + "): no case ";
      if (parameter.getDate().isPresent()) {
        for (Side side : List.of(Side.DAY_BEFORE, Side.ON, Side.DAY_AFTER)) {
          if (!covered.contains(prefix + side.code())) {
            missing.add(edge + side.code());
          }
        }
      } else {
        if (!covered.contains(prefix + Side.AT.code())) {
          missing.add(edge + Side.AT.code());
        }
        if (!covered.contains(prefix + Side.BELOW.code()) && !covered.contains(prefix + Side.ABOVE.code())) {
          missing.add(edge + "below or above");
        }
      }
    }
    return missing;
  }
}
