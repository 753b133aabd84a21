package org.partyorg.rules.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;

/**
 * A finding reduced to what every path of the benchmark answers: its policy set, its rule id
 * and its outcome, packed in one {@code int} so that the hand-written method and the Drools
 * baseline can answer without allocating a string or a list.
 *
 * <p>{@code code = (set * RULES + rule) * OUTCOMES + outcome}, with {@code set} an index into
 * {@link #SET_IDS}, {@code rule} an index into {@link #RULE_IDS} and {@code outcome} the
 * ordinal of {@link Outcome}. The rule table lists every rule id of {@code wuhan-2016} and
 * {@code liaoning-2016} that can give a finding, also those the workload keeps silent, so that
 * a finding the workload did not expect is still encoded, shown and compared.
 */
public final class Codes {
  /** The policy sets of the workload, in the evaluator's order (by id). */
  public static final List<String> SET_IDS = List.of("liaoning-2016", "wuhan-2016");

  public static final int LIAONING = 0;
  public static final int WUHAN = 1;

  /** Every rule id either set reports findings under. */
  public static final List<String> RULE_IDS = List.of(
      "N1", "N2", "N3",
      "W2", "W3", "W4", "W5", "W6", "W7", "W8", "W9", "W10", "W12",
      "L3", "L4", "L5", "L7", "L8", "L10", "L11", "L12", "L13");

  public static final int N1 = 0;
  public static final int N2 = 1;
  public static final int N3 = 2;
  public static final int W2 = 3;
  public static final int W3 = 4;
  public static final int W7 = 8;
  public static final int W8 = 9;
  public static final int W12 = 12;
  public static final int L3 = 13;
  public static final int L4 = 14;
  public static final int L5 = 15;
  public static final int L10 = 18;
  public static final int L11 = 19;
  public static final int L13 = 21;

  public static final int SATISFIED = Outcome.SATISFIED.ordinal();
  public static final int VIOLATED = Outcome.VIOLATED.ordinal();
  public static final int ADVISORY = Outcome.ADVISORY.ordinal();
  public static final int UNDECIDED = Outcome.UNDECIDED.ordinal();

  private static final int OUTCOMES = Outcome.values().length;
  private static final int RULES = RULE_IDS.size();

  /** Most findings one record gets from one set in this workload is 7; room to spare. */
  public static final int MAX_PER_RECORD = 16;

  private Codes() {}

  /** The code of a finding of rule {@code rule} of set {@code set} with {@code outcome}. */
  public static int code(int set, int rule, int outcome) {
    return (set * RULES + rule) * OUTCOMES + outcome;
  }

  /**
   * The code of a finding of the library.
   *
   * @throws IllegalArgumentException if its set or rule id is not in the tables
   */
  public static int of(Finding finding) {
    int set = SET_IDS.indexOf(finding.getPolicySetId());
    int rule = RULE_IDS.indexOf(finding.getRuleId());
    if (set < 0 || rule < 0) {
      throw new IllegalArgumentException("finding outside the code tables: " + finding);
    }
    return code(set, rule, finding.getOutcome().ordinal());
  }

  /** The codes of every finding of the assessments, sorted: a multiset that compares with {@code Arrays.equals}. */
  public static int[] of(Iterable<Assessment> assessments) {
    int[] codes = new int[MAX_PER_RECORD];
    int count = 0;
    for (Assessment assessment : assessments) {
      for (Finding finding : assessment.getFindings()) {
        if (count == codes.length) {
          codes = Arrays.copyOf(codes, count * 2);
        }
        codes[count++] = of(finding);
      }
    }
    return sorted(codes, count);
  }

  /** The first {@code count} codes, sorted. */
  public static int[] sorted(int[] codes, int count) {
    int[] result = Arrays.copyOf(codes, count);
    Arrays.sort(result);
    return result;
  }

  public static String setId(int code) {
    return SET_IDS.get(code / OUTCOMES / RULES);
  }

  public static String ruleId(int code) {
    return RULE_IDS.get(code / OUTCOMES % RULES);
  }

  public static Outcome outcome(int code) {
    return Outcome.values()[code % OUTCOMES];
  }

  /** {@code wuhan-2016/W2 SATISFIED}. */
  public static String describe(int code) {
    return String.format(Locale.ROOT, "%s/%s %s", setId(code), ruleId(code), outcome(code));
  }

  /** The codes described, in order, as a list. */
  public static String describe(int[] codes) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < codes.length; i++) {
      text.append(i == 0 ? "" : ", ").append(describe(codes[i]));
    }
    return text.append(']').toString();
  }
}
