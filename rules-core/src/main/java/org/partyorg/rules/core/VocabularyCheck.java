package org.partyorg.rules.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.internal.Checks;
import org.partyorg.rules.api.internal.Named;
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
  /** The declared traits as a text names them, 高新技术企业（“HIGH_TECH”）, one item each. */
  private final List<Named> declared;

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
    this.declared = traits.values().stream()
        .map(t -> new Named(t.chineseName() + "（“" + t.code() + "”）", t.englishName() + " (“" + t.code() + "”)"))
        .toList();
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
      String[] texts = ViolationMessages.format("list.tooManyEntries", FieldNames.of(field),
          Map.of("value", size, "max", ModelLimits.MAX_ENTRIES));
      return List.of(violation(field, size + " entries", texts[0], texts[1]));
    }
    for (Trait trait : organisation.getTraits()) {
      if (!traits.containsKey(trait.code())) {
        if (violations.size() == ModelLimits.MAX_REPORTED) {
          break;
        }
        String[] texts = ViolationMessages.format("vocabulary.trait", null, Map.of("value", trait.code(), "declared", declared));
        violations.add(violation("traits", trait.code(), texts[0], texts[1]));
      }
    }
    for (Map.Entry<String, Object> entry : organisation.getExtraFacts().entrySet()) {
      // the name is the caller's: escaped and cut like any value, so that it cannot forge a line
      String field = "extraFacts." + Texts.echo(entry.getKey());
      FactType type = facts.get(entry.getKey());
      if (violations.size() >= ModelLimits.MAX_REPORTED) {
        violations.add(ViolationMessages.violation("extraFacts", null, ViolationMessages.MORE, ViolationMessages.MORE,
            Map.of(), null, Map.of()));
        break;
      }
      if (type == null) {
        String[] texts = ViolationMessages.format("vocabulary.extra-fact", null, Map.of("name", entry.getKey()));
        violations.add(violation(field, entry.getValue(), texts[0], texts[1]));
        continue;
      }
      String problem = problem(type, entry.getValue());
      if (problem != null) {
        Named name = new Named(type.getNameZh(), type.getNameEn());
        Map<String, Object> values = new HashMap<>();
        values.put("value", ViolationMessages.shown(entry.getValue()));
        values.put("kind", kind(type));
        String[] texts = ViolationMessages.format(problem, name, values);
        violations.add(ImmutableViolation.builder().from(violation(field, entry.getValue(), texts[0], texts[1]))
            .fieldNameZh(type.getNameZh()).fieldNameEn(type.getNameEn()).build());
      }
    }
    return violations;
  }

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

  /** The key of the text saying what is wrong with the value, or null when nothing is. */
  private static String problem(FactType type, Object value) {
    if (!ofDocumentedType(type, value)) {
      return "vocabulary.wrong-type";
    }
    return outOfRange(type, value) ? "vocabulary.out-of-range" : null;
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

  /** The kind of value a fact of {@code type} takes, in both languages ({@code kind.*} in the texts file). */
  private static Named kind(FactType type) {
    String key = switch (type.getKind()) {
      case COUNT -> "kind.count";
      case AMOUNT -> "kind.amount";
      case RATE -> "kind.rate";
      case DATE -> "kind.date";
      case FLAG -> "kind.flag";
      case CODE_LIST -> "kind.code-list";
      case PERIOD_LIST -> "kind.period-list";
      default -> "kind.text";
    };
    String[] texts = ViolationMessages.format(key, null, Map.of("max", ModelLimits.MAX_PERSONS));
    return new Named(texts[0], texts[1]);
  }

  private static Violation violation(String field, Object value, String zh, String en) {
    return ViolationMessages.of(field, value, zh, en);
  }
}
