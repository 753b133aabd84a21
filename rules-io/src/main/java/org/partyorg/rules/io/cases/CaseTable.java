package org.partyorg.rules.io.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.io.json.JsonFormat;
import org.partyorg.rules.io.json.JsonFormatException;
import org.partyorg.rules.io.json.JsonProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A table of cases read from YAML (format {@code partyorg-rules/cases}, version 1; see
 * docs/CASES.md): each case an organisation in the JSON model format, an as-of date, the policy
 * sets, the expected finding keys with their outcomes (and optionally deadline, overdue,
 * actions) and the keys that must not appear.
 *
 * <pre>{@code
 * CaseTable table = CaseTable.read(Path.of("wuhan-2016.yaml"));
 * for (CaseResult result : table.run(Evaluator.discover())) {
 *   System.out.println(result.passed() ? "PASS " + result.name() : "FAIL " + result.diff());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe once read; organisations are read when the table is run, with the
 * words (traits, extra facts) of the evaluator's sets.
 */
public final class CaseTable {
  /** The format member of a case table. */
  public static final String FORMAT = "partyorg-rules/cases";

  private final String source;
  private final List<Case> cases;

  private record Expectation(String key, Outcome outcome, Optional<LocalDate> deadline, Optional<Boolean> overdue,
      Optional<TreeSet<String>> actions) {}

  private record Case(String name, int index, JsonNode organisation, LocalDate asOf, List<String> sets,
      List<Expectation> expected, List<String> absent, Map<String, Side> covers) {}

  private CaseTable(String source, List<Case> cases) {
    this.source = source;
    this.cases = List.copyOf(cases);
  }

  /**
   * @throws CaseTableException naming file, case and field of every problem found
   * @throws IOException if the file cannot be read
   */
  public static CaseTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /**
   * @param source the name problems give (a file name or resource path)
   * @throws CaseTableException naming source, case and field of every problem found
   */
  public static CaseTable read(String source, InputStream in) throws IOException {
    YAMLMapper mapper = YAMLMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      throw new CaseTableException(List.of(source + ": 不是有效的YAML / not valid YAML: " + cut(e.getOriginalMessage())));
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
      throw new CaseTableException(List.of(source + ": format: 应为 " + FORMAT + " / must be " + FORMAT));
    }
    if (root.path("version").asInt(0) != 1) {
      problems.add(source + ": version: 应为1 / must be 1");
    }
    JsonNode list = root.path("cases");
    if (!list.isArray() || list.isEmpty()) {
      problems.add(source + ": cases: 应为非空列表 / must be a non-empty list");
      throw new CaseTableException(problems);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Case c = readCase(source, i, list.get(i), problems);
      if (c != null) {
        cases.add(c);
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseTableException(problems);
    }
    return new CaseTable(source, cases);
  }

  private static Case readCase(String source, int index, JsonNode node, List<String> problems) {
    String name = node.path("name").isString() ? node.path("name").asString() : "#" + (index + 1);
    String where = source + ": case " + name + ": ";
    int before = problems.size();
    if (!node.path("name").isString() || node.path("name").asString().isBlank()) {
      problems.add(where + "name: 缺少用例名称 / the case has no name");
    }
    LocalDate asOf = date(node.path("asOf"), where + "asOf", problems, true);
    List<String> sets = new ArrayList<>();
    JsonNode setsNode = node.path("sets");
    if (setsNode.isString()) {
      sets.add(setsNode.asString());
    } else if (setsNode.isArray() && !setsNode.isEmpty()) {
      setsNode.forEach(s -> sets.add(s.asString()));
    } else {
      problems.add(where + "sets: 应为政策集编号或其列表 / must be a policy set id or a list of them");
    }
    if (!node.path("organisation").isObject()) {
      problems.add(where + "organisation: 应为单位的事实（JSON模型格式） / must be the organisation's facts (JSON model format)");
    }
    List<Expectation> expected = new ArrayList<>();
    JsonNode expect = node.path("expect");
    boolean absentListed = node.path("absent").isArray() && !node.path("absent").isEmpty();
    if (expect.isMissingNode() && absentListed) {
      // only keys that must not appear: nothing to expect
    } else if (!expect.isObject() || expect.isEmpty() && !absentListed) {
      problems.add(where + "expect: 应列出预期的结论（或用absent列出不应出现的结论） / must list the expected findings by key (or absent ones)");
    } else {
      for (Map.Entry<String, JsonNode> e : expect.properties()) {
        expected.add(expectation(e.getKey(), e.getValue(), where + "expect." + e.getKey(), problems));
      }
    }
    List<String> absent = new ArrayList<>();
    node.path("absent").forEach(a -> absent.add(a.asString()));
    Map<String, Side> covers = new LinkedHashMap<>();
    JsonNode coversNode = node.path("covers");
    if (!coversNode.isMissingNode() && !coversNode.isObject()) {
      problems.add(where + "covers: 应为“参数: 边”的映射 / must map parameter keys to sides");
    }
    for (Map.Entry<String, JsonNode> e : coversNode.properties()) {
      Optional<Side> side = Side.of(e.getValue().asString(""));
      if (side.isEmpty()) {
        problems.add(where + "covers." + e.getKey() + ": “" + cut(e.getValue().asString("")) + "”不是" + Side.LIST
            + "之一 / '" + cut(e.getValue().asString("")) + "' is not one of " + Side.LIST);
      } else {
        covers.put(e.getKey(), side.get());
      }
    }
    for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
      String member = names.next();
      if (!List.of("name", "asOf", "sets", "organisation", "expect", "absent", "covers", "note").contains(member)) {
        problems.add(where + member + ": 未知字段 / unknown field");
      }
    }
    return problems.size() == before
        ? new Case(name, index, node.path("organisation"), asOf, sets, expected, absent, covers) : null;
  }

  private static Expectation expectation(String key, JsonNode node, String where, List<String> problems) {
    JsonNode outcomeNode = node.isObject() ? node.path("outcome") : node;
    Outcome outcome = null;
    try {
      outcome = Outcome.valueOf(outcomeNode.asString(""));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": 结论“" + cut(outcomeNode.asString("")) + "”不是SATISFIED、VIOLATED、ADVISORY或UNDECIDED / outcome '"
          + cut(outcomeNode.asString("")) + "' is not SATISFIED, VIOLATED, ADVISORY or UNDECIDED");
    }
    Optional<LocalDate> deadline = Optional.empty();
    Optional<Boolean> overdue = Optional.empty();
    Optional<TreeSet<String>> actions = Optional.empty();
    if (node.isObject()) {
      if (node.has("deadline")) {
        deadline = Optional.ofNullable(date(node.path("deadline"), where + ".deadline", problems, true));
      }
      if (node.has("overdue")) {
        if (!node.path("overdue").isBoolean()) {
          problems.add(where + ".overdue: 应为true或false / must be true or false");
        } else {
          overdue = Optional.of(node.path("overdue").asBoolean());
        }
      }
      if (node.has("actions")) {
        TreeSet<String> codes = new TreeSet<>();
        node.path("actions").forEach(a -> codes.add(a.asString()));
        actions = Optional.of(codes);
      }
    }
    return new Expectation(key, outcome, deadline, overdue, actions);
  }

  private static LocalDate date(JsonNode node, String where, List<String> problems, boolean required) {
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        problems.add(where + ": 缺少日期 / the date is missing");
      }
      return null;
    }
    try {
      return LocalDate.parse(node.asString(""));
    } catch (DateTimeParseException e) {
      problems.add(where + ": “" + cut(node.asString("")) + "”不是日期（如2016-11-30） / '" + cut(node.asString(""))
          + "' is not a date such as 2016-11-30");
      return null;
    }
  }

  /**
   * A value cut to 64 characters, its control, format and separator characters escaped (a
   * bidirectional override such as U+202E could otherwise reorder the line it is shown in).
   */
  static String cut(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(64).forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
        out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : String.format(java.util.Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 64 ? out + "…" : out.toString();
  }

  /** The cases' names, in the table's order. */
  public List<String> names() {
    return cases.stream().map(Case::name).toList();
  }

  /** Every case run on {@code evaluator}, in the table's order; a case that fails to run fails with its reason. */
  public List<CaseResult> run(Evaluator evaluator) {
    JsonFormat json = JsonFormat.forPolicySets(evaluator.policySets());
    List<CaseResult> results = new ArrayList<>(cases.size());
    for (Case c : cases) {
      results.add(run(evaluator, json, c));
    }
    return results;
  }

  private CaseResult run(Evaluator evaluator, JsonFormat json, Case c) {
    List<String> differences = new ArrayList<>();
    Organisation organisation;
    try {
      organisation = json.readOrganisation(c.organisation());
    } catch (JsonFormatException e) {
      for (JsonProblem p : e.problems()) {
        differences.add(source + ": case " + c.name() + ": organisation" + p.pointer().replace('/', '.') + ": "
            + p.value().map(v -> "“" + cut(v) + "” ").orElse("") + p.messageZh() + " / " + p.messageEn());
      }
      return new CaseResult(c.name(), differences, List.of());
    }
    // an organisation the model rejects fails its case naming every wrong field, as a reader would
    List<org.partyorg.rules.core.Violation> violations = evaluator.validator().violations(organisation, c.asOf());
    if (!violations.isEmpty()) {
      for (org.partyorg.rules.core.Violation v : violations) {
        differences.add(source + ": case " + c.name() + ": organisation." + v.getField() + ": "
            + v.getValue().map(value -> "“" + cut(value) + "” ").orElse("") + v.getMessageZh() + " / " + v.getMessageEn());
      }
      return new CaseResult(c.name(), differences, List.of());
    }
    Map<String, Finding> actual = new LinkedHashMap<>();
    try {
      for (String set : c.sets()) {
        Assessment assessment = evaluator.assess(organisation, c.asOf(), set);
        for (Finding f : assessment.getFindings()) {
          if (f.getPolicySetId().equals(set)) {
            actual.put(c.sets().size() == 1 ? f.getKey() : set + "/" + f.getKey(), f);
          }
        }
      }
    } catch (RuntimeException e) {
      differences.add("评估失败 / the assessment failed: " + cut(String.valueOf(e.getMessage())));
      return new CaseResult(c.name(), differences, List.of());
    }
    for (Expectation e : c.expected()) {
      Finding f = actual.get(e.key());
      if (f == null) {
        differences.add(e.key() + ": expected " + e.outcome() + ", got no finding (actual: " + summary(actual) + ")");
        continue;
      }
      if (f.getOutcome() != e.outcome()) {
        differences.add(e.key() + ": expected " + e.outcome() + ", got " + f.getOutcome() + " — " + f.getMessageZh());
      }
      e.deadline().filter(d -> !Optional.of(d).equals(f.getDeadline())).ifPresent(d ->
          differences.add(e.key() + ": expected deadline " + d + ", got " + f.getDeadline().map(Object::toString).orElse("none")));
      e.overdue().filter(o -> o != f.isOverdue()).ifPresent(o ->
          differences.add(e.key() + ": expected overdue " + o + ", got " + f.isOverdue()));
      e.actions().ifPresent(codes -> {
        TreeSet<String> got = new TreeSet<>();
        f.getRequiredActions().stream().map(RequiredAction::code).forEach(got::add);
        if (!codes.equals(got)) {
          differences.add(e.key() + ": expected actions " + codes + ", got " + got);
        }
      });
    }
    for (String key : c.absent()) {
      if (actual.containsKey(key)) {
        differences.add(key + ": expected no finding, got " + actual.get(key).getOutcome());
      }
    }
    List<String> covered = new ArrayList<>();
    for (Map.Entry<String, Side> claim : c.covers().entrySet()) {
      String set = c.sets().size() == 1 ? c.sets().get(0) : claim.getKey().substring(0, Math.max(0, claim.getKey().indexOf('/')));
      String key = claim.getKey().substring(claim.getKey().indexOf('/') + 1);
      Optional<String> problem = Edges.check(evaluator, organisation, c.asOf(), set, key, claim.getValue(), actual.values());
      if (problem.isPresent()) {
        differences.add("covers." + claim.getKey() + ": " + problem.get());
      } else {
        covered.add(set + "/" + key + ":" + claim.getValue().code());
      }
    }
    return new CaseResult(c.name(), differences, covered);
  }

  private static String summary(Map<String, Finding> actual) {
    List<String> parts = new ArrayList<>();
    actual.forEach((k, f) -> parts.add(k + "=" + f.getOutcome()));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
