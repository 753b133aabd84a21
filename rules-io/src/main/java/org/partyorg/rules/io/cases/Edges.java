package org.partyorg.rules.io.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;

/**
 * Checks a case's {@code covers} claim with the engine, so that a table's coverage of an edge is
 * measured, not asserted: a claim holds only on the real edge.
 *
 * <ul>
 *   <li>A date ({@code dayBefore}, {@code on}, {@code dayAfter}): the as-of date is the
 *       parameter's date −1, +0 or +1 day, and a finding of the case reads the parameter
 *       ({@link Finding#getParameters()}), so the date is what the case is about.
 *   <li>A number ({@code below}, {@code at}, {@code above}): the case's findings (keys,
 *       outcomes, deadlines, overdue flags, actions) change when the parameter alone is moved one
 *       unit down ({@code below}), up ({@code above}) or either way ({@code at}); or the trace
 *       compares a fact against the parameter and finds it one unit under, equal or one unit over.
 *       A unit is 1 for a whole number and one in the last place given otherwise (0.01 for 0.95).
 * </ul>
 */
final class Edges {
  private Edges() {}

  /** Empty when the claim holds; else why not, in Chinese and English. */
  static Optional<String> check(Evaluator evaluator, Organisation organisation, LocalDate asOf, String setId,
      String key, Side side, Collection<Finding> findings) {
    PolicySet set;
    try {
      set = evaluator.policySet(setId);
    } catch (RuntimeException e) {
      return Optional.of("“" + CaseTable.cut(setId) + "”不是本用例的政策集（多个政策集时写作“政策集/参数”） / '"
          + CaseTable.cut(setId) + "' is not a policy set of the case (with several sets, write set/parameter)");
    }
    Optional<Parameter> found = set.parameters().stream().filter(p -> p.getKey().equals(key)).findFirst();
    if (found.isEmpty()) {
      return Optional.of("“" + CaseTable.cut(key) + "”不是" + setId + "的参数 / '" + CaseTable.cut(key)
          + "' is not a parameter of " + setId);
    }
    Parameter parameter = found.get();
    if (parameter.getDate().isPresent() != side.date()) {
      return Optional.of(parameter.getDate().isPresent()
          ? key + "是日期，边应为dayBefore、on或dayAfter / " + key + " is a date: its sides are dayBefore, on and dayAfter"
          : key + "是数值，边应为below、at或above / " + key + " is a number: its sides are below, at and above");
    }
    boolean read = findings.stream().anyMatch(f -> f.getPolicySetId().equals(setId)
        && f.getParameters().stream().anyMatch(p -> p.getKey().equals(key)));
    if (side.date()) {
      LocalDate date = parameter.getDate().get();
      LocalDate expected = date.plusDays(side.offset());
      if (!asOf.equals(expected)) {
        return Optional.of("评估日期应为" + zhDate(expected) + "（" + key + "为" + zhDate(date) + "），实为"
            + zhDate(asOf) + " / the as-of date must be "
            + expected + " (" + key + " is " + date + "), not " + asOf);
      }
      return read ? Optional.empty() : Optional.of("本用例没有结论读取" + key + " / no finding of the case reads " + key);
    }
    BigDecimal value = parameter.getValue();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
    if (onEdgeInTrace(evaluator, organisation, asOf, setId, key, side, unit)) {
      return Optional.empty();
    }
    Map<String, String> here = signature(findings, setId);
    boolean lower = side != Side.ABOVE && changes(evaluator, organisation, asOf, setId, key, value.subtract(unit), here);
    boolean higher = side != Side.BELOW && changes(evaluator, organisation, asOf, setId, key, value.add(unit), here);
    if (lower || higher) {
      return Optional.empty();
    }
    String down = value.subtract(unit).toPlainString();
    String up = value.add(unit).toPlainString();
    String movedZh = side == Side.BELOW ? down : side == Side.ABOVE ? up : down + "或" + up;
    String movedEn = side == Side.BELOW ? down : side == Side.ABOVE ? up : down + " or " + up;
    return Optional.of("不在" + key + "（" + value.toPlainString() + "）的" + side.code() + "边上：改为" + movedZh
        + "时结论不变 / not on the " + side.code() + " side of " + key + " (" + value.toPlainString()
        + "): the findings stay the same with it at " + movedEn);
  }

  private static boolean onEdgeInTrace(Evaluator evaluator, Organisation organisation, LocalDate asOf, String setId,
      String key, Side side, BigDecimal unit) {
    Trace trace = evaluator.trace(organisation, asOf, setId);
    for (Trace.Step step : trace.getSteps()) {
      for (Trace.Comparison comparison : step.comparisons()) {
        if (comparison.parameter().filter(p -> p.getKey().equals(key)).isEmpty()) {
          continue;
        }
        BigDecimal value = number(comparison.value().orElse(null));
        BigDecimal limit = number(comparison.limit());
        if (value != null && limit != null
            && value.compareTo(limit.add(unit.multiply(BigDecimal.valueOf(side.offset())))) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }

  private static boolean changes(Evaluator evaluator, Organisation organisation, LocalDate asOf, String setId,
      String key, BigDecimal moved, Map<String, String> here) {
    Evaluator variant;
    try {
      variant = evaluator.withOverrides(setId, Map.of(key, moved));
    } catch (IllegalArgumentException e) {
      return false; // the parameter cannot go there (a count below 0): no edge on that side
    }
    return !signature(variant.assess(organisation, asOf, setId).getFindings(), setId).equals(here);
  }

  /** What a finding decides, by key, without its texts and limits (which show the moved value). */
  private static Map<String, String> signature(Collection<Finding> findings, String setId) {
    Map<String, String> signature = new TreeMap<>();
    for (Finding f : findings) {
      if (f.getPolicySetId().equals(setId)) {
        signature.put(f.getKey(), f.getOutcome() + " " + f.getDeadline().map(LocalDate::toString).orElse("-") + " "
            + f.isOverdue() + " " + new java.util.TreeSet<>(f.getRequiredActions().stream().map(RequiredAction::code).toList()));
      }
    }
    return signature;
  }

  /** A date as Chinese text writes it (docs/STYLE.md): 2016年11月30日. */
  private static String zhDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
