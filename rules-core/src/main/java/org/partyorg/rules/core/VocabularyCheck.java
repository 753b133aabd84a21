package org.partyorg.rules.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.internal.Checks;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;

/**
 * What the policy sets' vocabularies require of a record: every trait it carries is one some set
 * declares, and every extra fact is one some set declares, with a value of the declared kind
 * within the model's ranges. Immutable and thread-safe.
 */
final class VocabularyCheck {
  private final Map<String, Trait> traits = new LinkedHashMap<>();
  private final Map<String, FactType> facts = new LinkedHashMap<>();
  private final Map<String, RequiredAction> actions = new LinkedHashMap<>();

  /**
   * @throws PolicySetDiscoveryException if two sets declare one extra fact differently (the
   *     caller could not give a value that suits both), or one trait code with different names
   */
  VocabularyCheck(List<PolicySet> sets) {
    for (Field field : RequiredAction.class.getFields()) {
      if (field.getType() == RequiredAction.class && Modifier.isStatic(field.getModifiers())) {
        try {
          RequiredAction shared = (RequiredAction) field.get(null);
          actions.put(shared.code(), shared);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    for (PolicySet set : sets) {
      for (RequiredAction action : set.vocabulary().getActions()) {
        RequiredAction before = actions.putIfAbsent(action.code(), action);
        if (before != null && !(before.chineseName().equals(action.chineseName())
            && before.englishName().equals(action.englishName()))) {
          throw new PolicySetDiscoveryException("policy set " + set.id() + " declares the action " + action.code()
              + " as " + action.chineseName() + " / " + action.englishName() + ", which is "
              + before.chineseName() + " / " + before.englishName() + " elsewhere: one code, one meaning");
        }
      }
      for (Trait trait : set.vocabulary().getTraits()) {
        Trait before = traits.putIfAbsent(trait.code(), trait);
        if (before != null && !(before.chineseName().equals(trait.chineseName())
            && before.englishName().equals(trait.englishName()))) {
          throw new PolicySetDiscoveryException("policy set " + set.id() + " declares the trait " + trait.code()
              + " as " + trait.chineseName() + " / " + trait.englishName() + ", another set as "
              + before.chineseName() + " / " + before.englishName() + ": one code, one meaning");
        }
      }
      for (FactType fact : set.vocabulary().getFacts()) {
        FactType before = facts.putIfAbsent(fact.getName(), fact);
        if (before != null && !before.equals(fact)) {
          throw new PolicySetDiscoveryException("policy set " + set.id() + " declares the extra fact "
              + fact.getName() + " as " + fact.getKind() + " " + fact.getUnit() + ", another set as "
              + before.getKind() + " " + before.getUnit());
        }
      }
    }
  }

  /** The declared trait with this code, with its names, if a set declares it. */
  Optional<Trait> trait(String code) {
    return Optional.ofNullable(traits.get(code));
  }

  /** The violations; empty (and nothing allocated) for a record without traits or extra facts. */
  List<Violation> violations(Organisation organisation) {
    if (organisation.getTraits().isEmpty() && organisation.getExtraFacts().isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(0);
    if (organisation.getTraits().size() > ModelLimits.MAX_ENTRIES || organisation.getExtraFacts().size() > ModelLimits.MAX_ENTRIES) {
      String field = organisation.getTraits().size() > ModelLimits.MAX_ENTRIES ? "traits" : "extraFacts";
      int size = field.equals("traits") ? organisation.getTraits().size() : organisation.getExtraFacts().size();
      return List.of(violation(field, size + " entries",
          FieldNames.zh(field) + "最多" + ModelLimits.MAX_ENTRIES + "项，实为" + size + "项",
          field + " holds at most " + ModelLimits.MAX_ENTRIES + " entries, got " + size));
    }
    for (Trait trait : organisation.getTraits()) {
      if (!traits.containsKey(trait.code())) {
        if (violations.size() == ModelLimits.MAX_REPORTED) {
          break;
        }
        violations.add(violation("traits", trait.code(),
            "组织特征代码“" + trait.code() + "”不是任何已加载文件规定的特征（已规定的特征："
                + String.join("、", traits.values().stream().map(t -> t.chineseName() + "“" + t.code() + "”").toList())
                + "）",
            "trait " + trait.code() + " is not one any policy set declares (declared: "
                + String.join(", ", traits.keySet()) + ")"));
      }
    }
    for (Map.Entry<String, Object> entry : organisation.getExtraFacts().entrySet()) {
      // the name is the caller's: escaped and cut like any value, so that it cannot forge a line
      String field = "extraFacts." + Texts.echo(entry.getKey());
      FactType type = facts.get(entry.getKey());
      if (violations.size() >= ModelLimits.MAX_REPORTED) {
        violations.add(violation("extraFacts", null, "另有问题未逐一列出", "more problems are not listed one by one"));
        break;
      }
      if (type == null) {
        violations.add(violation(field, entry.getValue(),
            "补充事实“" + Texts.echo(entry.getKey()) + "”不是任何已加载文件所需的事实",
            "extra fact " + Texts.echo(entry.getKey()) + " is not one any policy set declares"));
        continue;
      }
      String problemZh = problemZh(type, entry.getValue());
      if (problemZh != null) {
        violations.add(ImmutableViolation.builder().from(violation(field, entry.getValue(), type.getNameZh() + problemZh,
            type.getNameEn() + " " + problemEn(type, entry.getValue())))
            .fieldNameZh(type.getNameZh()).fieldNameEn(type.getNameEn()).build());
      }
    }
    return violations;
  }

  /** What is wrong with the value, in Chinese, or null when nothing is. */
  /**
   * Whether the value is of the type the model documents for an extra fact of this kind: an
   * Integer for a count, a String for a code, period or text, a List of strings for a code list
   * (what {@link Organisation#extraFact} hands to rules), a BigDecimal, LocalDate or Boolean.
   */
  private static boolean ofDocumentedType(FactType type, Object value) {
    switch (type.getKind()) {
      case CODE:
      case PERIOD:
      case TEXT:
        return value instanceof String;
      case CODE_LIST:
      case PERIOD_LIST:
        return value instanceof List<?> items && allText(items);
      case RECORD:
        return false;
      default:
        return type.getKind().accepts(value);
    }
  }

  private static String problemZh(FactType type, Object value) {
    if (!ofDocumentedType(type, value)) {
      return "的值类型不符（须为" + kindZh(type) + "），实为" + ViolationMessages.shown(value, true);
    }
    return outOfRange(type, value) ? "超出取值范围，实为" + ViolationMessages.shown(value, true) : null;
  }

  private static String problemEn(FactType type, Object value) {
    if (!ofDocumentedType(type, value)) {
      return "must be " + kindEn(type) + ", got " + Texts.echo(value);
    }
    return "is out of range, got " + Texts.echo(value);
  }

  private static boolean allText(Collection<?> items) {
    if (items.size() > ModelLimits.MAX_ENTRIES) {
      return false;
    }
    for (Object item : items) {
      if (!(item instanceof String text) || Checks.textProblem(text, ModelLimits.MAX_NAME_LENGTH) != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean outOfRange(FactType type, Object value) {
    switch (type.getKind()) {
      case COUNT:
        return !Checks.isPersons(((Number) value).longValue());
      case AMOUNT:
        return Checks.amountProblem((BigDecimal) value) != null;
      case RATE:
        BigDecimal rate = (BigDecimal) value;
        return rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(1_000_000)) > 0 || rate.scale() > 10;
      case DATE:
        return !Checks.isDateInRange((LocalDate) value);
      case PERIOD:
        return !isPeriod((String) value);
      case PERIOD_LIST:
        return !((List<?>) value).stream().allMatch(p -> isPeriod((String) p));
      case TEXT:
      case CODE:
        return Checks.textProblem((String) value, ModelLimits.MAX_NAME_LENGTH) != null;
      default:
        return false;
    }
  }

  private static boolean isPeriod(String value) {
    return value.matches("[12][0-9]{3}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");
  }

  private static String kindZh(FactType type) {
    switch (type.getKind()) {
      case COUNT: return "0至" + ModelLimits.MAX_PERSONS + "之间的整数";
      case AMOUNT: return "以元为单位的金额";
      case RATE: return "比率（小数）";
      case DATE: return "日期";
      case FLAG: return "是或否";
      case CODE_LIST: return "代码列表";
      case PERIOD_LIST: return "期间列表";
      default: return "文字";
    }
  }

  private static String kindEn(FactType type) {
    switch (type.getKind()) {
      case COUNT: return "a whole number from 0 to " + ModelLimits.MAX_PERSONS;
      case AMOUNT: return "an amount in yuan";
      case RATE: return "a rate (a decimal number)";
      case DATE: return "a date";
      case FLAG: return "yes or no";
      case CODE_LIST: return "a list of codes";
      case PERIOD_LIST: return "a list of periods";
      default: return "text";
    }
  }

  private static Violation violation(String field, Object value, String zh, String en) {
    return ViolationMessages.of(field, value, zh, en);
  }
}
