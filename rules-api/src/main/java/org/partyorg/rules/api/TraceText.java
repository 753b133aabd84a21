package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partyorg.rules.api.internal.Named;

/**
 * Writes a {@link Trace} for people, from the templates of {@code trace_zh.properties} and
 * {@code trace_en.properties}: values as every text of the library writes them (dates
 * 2016年11月30日, amounts with their unit, codes by their names), one line per set, then a block
 * per finding with its lines indented. Stateless and thread-safe.
 */
final class TraceText {
  private static final Messages TEXTS = Messages.load(TraceText.class, "trace");
  private static final String INDENT = "  ";

  private TraceText() {}

  static String write(Trace trace, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    line(out, "", text(locale, "title", "organisation", named(trace.getOrganisation().getName()),
        "creditCode", named(trace.getOrganisation().getCreditCode()), "asOf", trace.getAsOf()));
    for (Trace.SetCheck set : trace.getPolicySets()) {
      line(out, INDENT, set(set, locale, chinese));
    }
    if (trace.getSteps().isEmpty()) {
      line(out, INDENT, text(locale, "no-findings"));
    }
    for (Trace.Step step : trace.getSteps()) {
      Map<String, Parameter> changed = Map.of();
      for (Trace.SetCheck set : trace.getPolicySets()) {
        if (set.policySetId().equals(step.policySetId())) {
          changed = set.overrides();
        }
      }
      step(out, step, changed, locale, chinese);
    }
    return out.toString();
  }

  private static String set(Trace.SetCheck set, Locale locale, boolean chinese) {
    Named document = document(set.document());
    if (set.applied()) {
      if (set.overrides().isEmpty()) {
        return text(locale, "set.applied", "document", document);
      }
      List<Named> overrides = new ArrayList<>();
      for (Parameter parameter : set.overrides().values()) {
        // named by what it limits, never by its key (the JSON has the key)
        Optional<FactType> fact = parameter.getFact().flatMap(ModelFacts::named);
        String key = parameter.kind() == Parameter.Kind.DATE ? "override.deadline"
            : parameter.kind() == Parameter.Kind.RATE ? "override.rate"
            : fact.isPresent() ? "override.limit" : "override.number";
        overrides.add(named(text(locale, key, "name", named(fact.map(t -> t.displayName(locale)).orElse("")),
            "value", named(parameterValue(parameter, locale)))));
      }
      // a list as every text writes one: 甲、乙 / a, b and c
      return text(locale, "set.applied.variant", "document", document, "overrides", overrides);
    }
    List<String> reasons = new ArrayList<>();
    for (Trace.NotApplied reason : set.reasons()) {
      reasons.add(text(locale, "reason." + reason.code(), "from", set.effectivePeriod().getFrom(),
          "until", set.effectivePeriod().getUntil().orElse(null)));
    }
    return text(locale, "set.not-applied", "document", document,
        "reasons", named(String.join(chinese ? "；" : "; ", reasons)));
  }

  private static void step(StringBuilder out, Trace.Step step, Map<String, Parameter> changed, Locale locale,
      boolean chinese) {
    Finding finding = step.finding();
    String outcomeKey = "outcome." + finding.getOutcome().name() + (finding.isOverdue() ? ".overdue" : "");
    line(out, INDENT, text(locale, "finding", "key", named(step.key()), "outcome", named(text(locale, outcomeKey)),
        "message", named(finding.message(locale))));
    String deeper = INDENT + INDENT;
    line(out, deeper, citation(locale, "citation", step.citation(), Map.of()));
    if (step.facts().isEmpty()) {
      line(out, deeper, text(locale, "no-facts"));
    } else {
      List<String> facts = new ArrayList<>();
      for (Fact fact : step.facts()) {
        facts.add(text(locale, "fact", "name", named(fact.getType().displayName(locale)),
            "value", named(factValue(finding.getMessageTemplate(), fact.getType(), fact.getValue().orElse(null), locale))));
      }
      line(out, deeper, text(locale, "facts", "facts", named(String.join(chinese ? "；" : "; ", facts))));
    }
    for (Trace.Comparison comparison : step.comparisons()) {
      line(out, deeper, comparison(finding.getMessageTemplate(), comparison, changed, locale));
    }
    step.deadline().ifPresent(deadline -> {
      String key = switch (deadline.timing()) {
        case BEFORE_DEADLINE -> "deadline.before";
        case ON_DEADLINE -> "deadline.on";
        case AFTER_DEADLINE -> deadline.overdue() ? "deadline.after.overdue" : "deadline.after";
      };
      line(out, deeper, text(locale, key, "deadline", deadline.deadline(), "asOf", deadline.asOf()));
      deadline.parameter().ifPresent(parameter -> line(out, deeper, citation(locale,
          changed.containsKey(parameter.getKey()) ? "deadline.parameter.changed" : "deadline.parameter",
          parameter.getCitation(), Map.of())));
    });
    if (!step.missingFacts().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (FactType type : step.missingFacts()) {
        names.add(type.displayName(locale));
      }
      line(out, deeper, text(locale, "missing", "missing", names));
    }
    if (!step.requiredActions().isEmpty()) {
      line(out, deeper, text(locale, "actions", "actions", List.copyOf(step.requiredActions())));
    }
  }

  private static String comparison(MessageTemplate names, Trace.Comparison comparison, Map<String, Parameter> changed,
      Locale locale) {
    FactType type = comparison.fact().getType();
    Named name = named(type.displayName(locale));
    Named limit = named(factValue(names, type, comparison.limit(), locale));
    Optional<Object> value = comparison.value();
    if (value.isEmpty()) {
      return text(locale, "comparison.unknown", "name", name, "limit", limit);
    }
    Named shown = named(factValue(names, type, value.get(), locale));
    if (comparison.relation().isEmpty()) {
      return text(locale, "comparison.unordered", "name", name, "value", shown, "limit", limit);
    }
    boolean dates = value.get() instanceof LocalDate;
    Named relation = named(text(locale, "relation." + comparison.relation().get().code() + (dates ? ".date" : "")));
    if (comparison.parameter().isEmpty()) {
      return text(locale, "comparison", "name", name, "value", shown, "relation", relation, "limit", limit);
    }
    Parameter parameter = comparison.parameter().get();
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("value", shown);
    values.put("relation", relation);
    values.put("limit", limit);
    return citation(locale, changed.containsKey(parameter.getKey()) ? "comparison.parameter.changed" : "comparison.parameter",
        parameter.getCitation(), values);
  }

  /** A template that quotes a clause: {@code document}, {@code section} and {@code quote} filled from {@code citation}. */
  private static String citation(Locale locale, String key, Citation citation, Map<String, Object> more) {
    Map<String, Object> values = new HashMap<>(more);
    values.put("document", document(citation.getDocument()));
    values.put("section", named(citation.sectionIn(locale)));
    values.put("quote", named(citation.getQuote()));
    return TEXTS.template(key).format(locale, values);
  }

  /**
   * A value as the trace shows it: as a finding's text would, with the unit of a count after it
   * (120人 / 120 persons), since no template here knows the noun.
   */
  private static String factValue(MessageTemplate names, FactType type, Object value, Locale locale) {
    if (value != null && !type.getKind().accepts(value)) {
      // a limit of another Java type than its fact (a whole number for a rate): shown by its own type
      return TEXTS.template("value").format(locale, Map.of("value", value));
    }
    if (value != null && type.getKind() == FactKind.RECORD) {
      // a record's figures are data (the JSON has them): the text says how many there are
      int size = value instanceof java.util.Collection<?> list ? list.size() : ((Map<?, ?>) value).size();
      return text(locale, "record", "size", size);
    }
    String text = names.value(type, value, locale);
    if (!"zh".equals(locale.getLanguage()) && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      // a name from the register (a person, a platform) stays as written, quoted in English text
      text = "“" + text + "”";
    }
    if (value != null && type.getKind() == FactKind.COUNT) {
      return text + unit(type.getUnit(), ((Number) value).longValue() == 1, locale);
    }
    return text;
  }

  /** A parameter's value with its unit: 100人, 80%, 2016年11月30日 / 100 persons, 80%, 30 November 2016. */
  private static String parameterValue(Parameter parameter, Locale locale) {
    if (parameter.getDate().isPresent()) {
      return text(locale, "value", "value", parameter.getDate().get());
    }
    BigDecimal value = parameter.getValue();
    if (parameter.kind() == Parameter.Kind.RATE) {
      return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
    String number = value.stripTrailingZeros().toPlainString();
    return number + unit(parameter.getUnit(), value.compareTo(BigDecimal.ONE) == 0, locale);
  }

  private static String unit(Unit unit, boolean one, Locale locale) {
    if ("zh".equals(locale.getLanguage())) {
      return unit.zh();
    }
    if (unit.en().isEmpty() || unit.en().equals("%")) {
      return unit.en();
    }
    // every English unit is a plural in -s (persons, items, times, years, yuan aside)
    String word = one && unit.en().endsWith("s") ? unit.en().substring(0, unit.en().length() - 1) : unit.en();
    return " " + word;
  }

  private static Named document(SourceDocument document) {
    String title = "《" + document.getTitle() + "》";
    return new Named(title, title);
  }

  private static Named named(String text) {
    return new Named(text, text);
  }

  private static String text(Locale locale, String key, Object... nameValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      values.put((String) nameValues[i], nameValues[i + 1]);
    }
    return TEXTS.template(key).format(locale, values);
  }

  private static void line(StringBuilder out, String indent, String text) {
    out.append(indent).append(text).append('\n');
  }
}
