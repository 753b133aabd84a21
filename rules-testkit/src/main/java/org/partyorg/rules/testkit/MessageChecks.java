package org.partyorg.rules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Unit;

/**
 * What can be checked mechanically in the texts people read ({@code docs/STYLE.md}), and the
 * representative values a template is rendered with to check it: for every count 0, 1, 2, 3,
 * 12000 and unknown; for every amount 0.01, 2500, 186500.0000, 10<sup>15</sup> and unknown;
 * every period form; dates; lists of one and of three codes.
 *
 * <p>Chinese: no ASCII letter outside “…”, 《…》 and 〔…〕; no half-width punctuation or space
 * outside them (a comma or point inside a number is fine); a closing 。; an unknown value never
 * followed by a measure word (不详个); no parameter left; no exponent ({@code E+}).
 *
 * <p>English: a capital (or digit) first and a full stop last; no Chinese outside “…” and
 * brackets; no {@code (s)}; no plural noun after 1; no Java identifier (camelCase, UPPER_SNAKE,
 * true/false/null); no parameter left; no exponent.
 */
public final class MessageChecks {
  private static final Pattern QUOTED_ZH = Pattern.compile("“[^”]*”|《[^》]*》|〔[^〕]*〕");
  private static final Pattern QUOTED_EN = Pattern.compile("“[^”]*”|‘[^’]*’|\\([^)]*\\p{IsHan}[^)]*\\)");
  private static final Pattern HALF_WIDTH = Pattern.compile("[;:()!?\\[\\] ]|(?<!\\d),|,(?!\\d)|(?<!\\d)\\.|\\.(?!\\d)");
  private static final Pattern UNKNOWN_COUNTED = Pattern.compile("不详[个名人次年元项家户]");
  private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E]");
  private static final Pattern ONE_PLURAL = Pattern.compile(
      "(?<![\\d.,])\\b1 (?:[a-z-]+ )?(?:members|organisations|enterprises|platforms|groups|meetings|lectures|talks|persons"
          + "|people|units|firms|branches|years|times|items|days|months|quarters|entries|traits|actions|institutions"
          + "|facilities|staff members|employees|societies|associations|instructors|articles|sessions"
          + "|records|rows|lines|cases|candidates|problems|findings)\\b");
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(?:true|false|null)\\b");
  private static final SourceDocument SAMPLE_DOCUMENT = SourceDocument.builder()
      .file("sample.txt").title("示例文件").issuer("示例").date(LocalDate.of(2016, 1, 1)).build();

  private MessageChecks() {}

  /** What is wrong with a Chinese text; empty when nothing is. */
  public static List<String> chinese(String text) {
    List<String> problems = new ArrayList<>();
    common(text, problems);
    String outside = QUOTED_ZH.matcher(text).replaceAll("“”");
    Matcher letters = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*").matcher(outside);
    if (letters.find()) {
      problems.add("ASCII word “" + letters.group() + "” in Chinese text");
    }
    Matcher half = HALF_WIDTH.matcher(outside);
    if (half.find()) {
      problems.add("half-width “" + half.group() + "” in Chinese text (use full-width punctuation)");
    }
    if (!(text.endsWith("。") || text.endsWith("。”") || text.endsWith("？"))) {
      problems.add("Chinese text does not end with 。");
    }
    Matcher unknown = UNKNOWN_COUNTED.matcher(text);
    if (unknown.find()) {
      problems.add("unknown value counted: “" + unknown.group() + "” (word it with a -1# choice)");
    }
    return problems;
  }

  /** What is wrong with an English text; empty when nothing is. */
  public static List<String> english(String text) {
    List<String> problems = new ArrayList<>();
    common(text, problems);
    if (text.isEmpty() || !(Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.charAt(0))
        || text.charAt(0) == '“')) {
      problems.add("English text does not begin with a capital letter");
    }
    if (!(text.endsWith(".") || text.endsWith(".”") || text.endsWith(".)"))) {
      problems.add("English text does not end with a full stop");
    }
    String outside = QUOTED_EN.matcher(text).replaceAll("“”");
    Matcher han = HAN.matcher(outside);
    if (han.find()) {
      problems.add("Chinese “" + han.group() + "” in English text outside quotes or brackets");
    }
    if (text.contains("(s)")) {
      problems.add("“(s)” in English text (use a choice format)");
    }
    Matcher one = ONE_PLURAL.matcher(text);
    if (one.find()) {
      problems.add("plural after 1: “" + one.group() + "” (use a choice format)");
    }
    Matcher java = JAVA_NAME.matcher(outside);
    if (java.find()) {
      problems.add("Java name “" + java.group() + "” in English text");
    }
    return problems;
  }

  /** What is wrong with a name (of an action, trait, fact, code): not empty, no Java, no full stop. */
  public static List<String> name(String name, boolean chinese) {
    List<String> problems = new ArrayList<>();
    common(name, problems);
    String outside = (chinese ? QUOTED_ZH : QUOTED_EN).matcher(name).replaceAll("“”");
    if (chinese && Pattern.compile("[A-Za-z]").matcher(outside).find()) {
      problems.add("ASCII letters in a Chinese name");
    }
    if (!chinese && HAN.matcher(outside).find()) {
      problems.add("Chinese in an English name outside quotes or brackets");
    }
    if (!chinese && JAVA_NAME.matcher(outside).find()) {
      problems.add("Java name in an English name");
    }
    if (name.endsWith("。") || name.endsWith(".")) {
      problems.add("a name ends with a full stop");
    }
    return problems;
  }

  private static void common(String text, List<String> problems) {
    if (text.isBlank()) {
      problems.add("empty text");
    }
    if (text.contains("{") || text.contains("}")) {
      problems.add("a parameter left in the text");
    }
    if (text.contains("E+") || text.contains("E-")) {
      problems.add("a number in exponent form");
    }
    if (text.contains("  ")) {
      problems.add("two spaces in a row");
    }
  }

  /** One rendering of a template: which values it was given, and the two texts. */
  public record Rendering(String variant, String zh, String en) {}

  /**
   * {@code template} rendered with {@code base} (the facts of a real finding, or none) and then
   * with each representative value put in place of each parameter in turn. A parameter the base
   * does not give gets a typical value of its type; {@code types} gives the type of a parameter
   * the base does not have (empty: the parameter is shown as unknown text).
   */
  public static List<Rendering> renderings(MessageTemplate template, List<Fact> base, Optional<LocalDate> deadline,
      List<FactType> missing, Function<String, Optional<FactType>> types) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (Fact fact : base) {
      facts.put(fact.getName(), fact);
    }
    for (String parameter : template.parameters()) {
      String name = parameter.endsWith(".limit") ? parameter.substring(0, parameter.length() - ".limit".length()) : parameter;
      if (name.equals("deadline") || name.equals("missing") || name.equals("rule") || facts.containsKey(name)) {
        continue;
      }
      Optional<FactType> type = types.apply(name);
      boolean limited = template.parameters().contains(name + ".limit");
      facts.put(name, type.map(t -> fact(t, typical(t), limited ? typical(t) : null))
          .orElseGet(() -> Fact.of(FactType.of(name, FactKind.TEXT, Unit.NONE, name, name), "样例")));
    }
    List<Rendering> out = new ArrayList<>();
    out.add(render("as found", template, facts, deadline, missing));
    for (Fact fact : List.copyOf(facts.values())) {
      for (Object value : representative(fact)) {
        Map<String, Fact> varied = new LinkedHashMap<>(facts);
        Fact changed = fact(fact.getType(), value, fact.getLimit().orElse(null));
        varied.put(fact.getName(), changed);
        out.add(render(fact.getName() + " = " + (value == null ? "unknown" : value), template, varied, deadline, missing));
      }
    }
    if (template.parameters().contains("missing")) {
      out.add(render("three missing", template, facts, deadline, threeMissing(missing)));
    }
    return out;
  }

  private static Fact fact(FactType type, Object value, Object limit) {
    if (value == null) {
      return limit == null ? Fact.unknown(type) : Fact.unknown(type, limit);
    }
    return limit == null ? Fact.of(type, value) : Fact.of(type, value, limit);
  }

  private static List<FactType> threeMissing(List<FactType> missing) {
    List<FactType> three = new ArrayList<>(missing);
    three.add(FactType.count("sampleA", Unit.PERSONS, "职工人数", "head-count"));
    three.add(FactType.count("sampleB", Unit.PERSONS, "正式党员数", "formal members"));
    return three;
  }

  private static Rendering render(String variant, MessageTemplate template, Map<String, Fact> facts,
      Optional<LocalDate> deadline, List<FactType> missing) {
    Finding.Builder finding = Finding.builder().ruleId("X1").policySetId("sample")
        .outcome(missing.isEmpty() ? Outcome.ADVISORY : Outcome.UNDECIDED)
        .citation(Citation.of(SAMPLE_DOCUMENT, "一", "示例句子。")).messageTemplate(template).addFacts(facts.values().toArray(new Fact[0]));
    deadline.ifPresent(finding::deadline);
    if (!missing.isEmpty()) {
      finding.missingFacts(missing).addRequiredActions(RequiredAction.SUPPLY_MISSING_FACTS);
    }
    Finding built = finding.build();
    return new Rendering(variant, built.message(Locale.SIMPLIFIED_CHINESE), built.message(Locale.ENGLISH));
  }

  /** A typical value of a type, for a parameter no real finding gave. */
  public static Object typical(FactType type) {
    switch (type.getKind()) {
      case COUNT:
        return 3;
      case AMOUNT:
        return new BigDecimal("2500.00");
      case RATE:
        return type.getUnit() == Unit.SHARE ? new BigDecimal("0.7") : new BigDecimal("70");
      case DATE:
        return LocalDate.of(2016, 11, 30);
      case PERIOD:
        return "2020-Q3";
      case FLAG:
        return Boolean.TRUE;
      case TEXT:
        return "某某科技有限公司";
      default:
        return null;
    }
  }

  private static List<Object> representative(Fact fact) {
    List<Object> values = new ArrayList<>();
    switch (fact.getType().getKind()) {
      case COUNT:
        values.addAll(List.of(0, 1, 2, 3, 12000));
        break;
      case AMOUNT:
        values.addAll(List.of(new BigDecimal("0.01"), new BigDecimal("2500"), new BigDecimal("186500.0000"),
            new BigDecimal("1E+15")));
        break;
      case DATE:
        values.addAll(List.of(LocalDate.of(2016, 11, 30), LocalDate.of(2021, 1, 1)));
        break;
      case PERIOD:
        values.addAll(List.of("2020", "2020-H1", "2020-H2", "2020-Q3", "2020-07"));
        break;
      case PERIOD_LIST:
        values.add(List.of("2020-Q3"));
        values.add(List.of("2020-Q3", "2020-Q4", "2021-Q1"));
        values.add(List.of("2020-H1", "2020-H2"));
        break;
      case CODE_LIST:
        fact.getValue().ifPresent(v -> {
          List<?> codes = List.copyOf((Collection<?>) v);
          if (!codes.isEmpty()) {
            values.add(List.of(codes.get(0)));
            values.add(List.of(codes.get(0), codes.get(0), codes.get(0)));
          }
        });
        break;
      default:
        break;
    }
    values.add(null);
    return values;
  }
}
