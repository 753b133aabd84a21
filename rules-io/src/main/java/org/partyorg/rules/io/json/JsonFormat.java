package org.partyorg.rules.io.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.WhatIfDiff;
import org.partyorg.rules.register.planner.JointPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library's JSON format (docs/FORMAT.md): organisations written and read; assessments, batch
 * results, coverage reports, what-if diffs, joint plans and traces written; every document in the
 * envelope {@code {"format": "partyorg-rules/<kind>", "version": 1, ...}}, each kind with its JSON
 * Schema ({@link #schema}). A register in JSON Lines is read and written by {@link JsonLines}.
 *
 * <p><b>Reading</b> checks shape and types only, and reports every problem of a record at once
 * ({@link JsonFormatException}, each problem with its JSON pointer, value and reason in Chinese
 * and English). A member absent or {@code null} is unknown, never 0 or false; a member the format
 * does not have is an error, so that a misspelt name cannot silently read as unknown. Ranges, the
 * credit code's check character and the record's consistency are checked by the evaluator's
 * validation, as for any organisation built in Java.
 *
 * <p><b>Extra facts</b> are read by the kind their policy set declares ({@link
 * #forPolicySets}): a date as a {@code LocalDate}, an amount as a {@code BigDecimal}. A format made
 * by {@link #create()}, or a name no given set declares, reads the value by its JSON shape (whole
 * number: count; other number: amount; string: text; array: list of strings).
 *
 * <p><b>Writing</b> is deterministic: members in the model's order, absent values left out,
 * sets sorted, numbers as plain JSON numbers without exponent (amounts to the fen as given),
 * dates ISO-8601, UTF-8 with Chinese unescaped; nothing depends on the default locale, time zone
 * or charset.
 *
 * <p>Instances are immutable and thread-safe: share one.
 */
public final class JsonFormat {
  /** The version of the format this library writes and reads. */
  public static final int VERSION = 1;

  /** The prefix of every document's {@code format} member. */
  public static final String FORMAT_PREFIX = "partyorg-rules/";

  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** Reports, one document each: indented by two spaces, lines ended by {@code \n} on every system. */
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final List<String> ENVELOPE = List.of("format", "version");

  private final OrganisationJson organisations;

  private JsonFormat(Map<String, FactType> facts) {
    this.organisations = new OrganisationJson(facts);
  }

  /** The format reading extra facts by their JSON shape (see the class comment). */
  public static JsonFormat create() {
    return new JsonFormat(Map.of());
  }

  /**
   * The format reading extra facts by the kinds these sets declare ({@code
   * evaluator.policySets()}).
   */
  public static JsonFormat forPolicySets(Iterable<? extends PolicySet> sets) {
    Map<String, FactType> facts = new LinkedHashMap<>();
    for (PolicySet set : Objects.requireNonNull(sets, "sets")) {
      set.vocabulary().getFacts().forEach(f -> facts.putIfAbsent(f.getName(), f));
    }
    return new JsonFormat(facts);
  }

  /** The format reading extra facts by these types' kinds: for tests, and for sets not at hand. */
  static JsonFormat forFacts(Iterable<FactType> types) {
    Map<String, FactType> facts = new LinkedHashMap<>();
    types.forEach(f -> facts.putIfAbsent(f.getName(), f));
    return new JsonFormat(facts);
  }

  // ------------------------------------------------------------------ organisations

  /** The organisation as a JSON document (envelope kind {@code organisation}), on one line. */
  public String writeOrganisation(Organisation organisation) {
    return MAPPER.writeValueAsString(organisationTree(organisation));
  }

  /** Writes the organisation's document to {@code out}, on one line, without a line break. */
  public void writeOrganisation(Organisation organisation, Writer out) {
    try {
      out.write(writeOrganisation(organisation));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The organisation's document as a tree, envelope first. */
  public ObjectNode organisationTree(Organisation organisation) {
    ObjectNode node = envelope("organisation");
    return organisations.write(Objects.requireNonNull(organisation, "organisation"), node);
  }

  /**
   * The organisation in a JSON text: an organisation object, with or without the envelope.
   *
   * @throws JsonFormatException listing every problem when the text is not JSON or not an
   *     organisation of this format
   */
  public Organisation readOrganisation(String json) {
    return readOrganisation(json, 0);
  }

  Organisation readOrganisation(String json, long line) {
    Problems problems = new Problems();
    JsonNode node = parse(json, problems);
    if (node != null) {
      Organisation read = readOrganisation(node, "", problems);
      if (read != null) {
        return read;
      }
    }
    problems.throwIfAny(line);
    throw new AssertionError("no organisation and no problem");
  }

  /**
   * The organisation in a tree (JSON, or YAML read with Jackson's YAML mapper): an organisation
   * object, with or without the envelope. Problems' pointers are relative to {@code node}; a
   * caller reading one entry of a larger document prefixes its own pointer. Amounts are as exact
   * as the tree: build the mapper with {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}
   * (and {@code JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS}) so that {@code 186500.00} is not read
   * as a double. In YAML, quote codes that look like numbers ({@code divisionCode: "420106"}).
   *
   * @throws JsonFormatException listing every problem of the record
   */
  public Organisation readOrganisation(JsonNode node) {
    Problems problems = new Problems();
    Organisation read = readOrganisation(node, "", problems);
    problems.throwIfAny(0);
    return read;
  }

  private Organisation readOrganisation(JsonNode node, String pointer, Problems problems) {
    if (node != null && node.isObject()) {
      checkEnvelope(node, pointer, "organisation", problems);
    }
    return organisations.read(node, pointer, problems, ENVELOPE).orElse(null);
  }

  // ------------------------------------------------------------------ answers and reports

  /**
   * One assessment (kind {@code assessment}) on one line: the organisation's credit code and
   * name, the as-of date, the sets applied, every finding (key, rule, set, outcome, actions,
   * deadline, overdue, citation, facts with value, limit and unit, missing facts, messages in
   * Chinese and English) and the conflicts.
   */
  public String writeAssessment(Assessment assessment) {
    return MAPPER.writeValueAsString(ReportJson.assessment(
        Objects.requireNonNull(assessment, "assessment"), envelope("assessment")));
  }

  /**
   * One record of a batch (kind {@code assessment-result}) on one line: its index from 0, its
   * status ({@code ASSESSED} with the assessment, or {@code REJECTED} with the violations): what
   * {@code assess} writes for each organisation of a register.
   */
  public String writeAssessmentResult(AssessmentResult result) {
    return MAPPER.writeValueAsString(ReportJson.result(Objects.requireNonNull(result, "result"),
        envelope("assessment-result")));
  }

  /** A coverage report (kind {@code coverage-report}) as one indented document. */
  public String writeCoverageReport(CoverageReport report) {
    return PRETTY.writeValueAsString(ReportJson.coverage(Objects.requireNonNull(report, "report"),
        envelope("coverage-report")));
  }

  /** A what-if diff (kind {@code what-if-diff}) as one indented document, both reports inside. */
  public String writeWhatIfDiff(WhatIfDiff diff) {
    return PRETTY.writeValueAsString(ReportJson.whatIf(Objects.requireNonNull(diff, "diff"), envelope("what-if-diff")));
  }

  /** A joint plan (kind {@code joint-plan}) as one indented document. */
  public String writeJointPlan(JointPlan plan) {
    return PRETTY.writeValueAsString(ReportJson.jointPlan(Objects.requireNonNull(plan, "plan"), envelope("joint-plan")));
  }

  /**
   * A trace (kind {@code trace}) as one indented document: the sets checked and why any did not
   * apply, then for every finding the facts read, the comparisons made (value, relation, limit and
   * the parameter that supplied it), the parameters with their citations, the deadline against
   * the as-of date, the missing facts and the messages; what {@code explain} writes.
   */
  public String writeTrace(Trace trace) {
    return PRETTY.writeValueAsString(TraceJson.trace(Objects.requireNonNull(trace, "trace"), envelope("trace")));
  }

  // ------------------------------------------------------------------ schemas

  /** The base of every schema's {@code $id}: an identifier, resolved from this jar, never fetched. */
  public static final String SCHEMA_BASE = "https://partyorg-rules.github.io/schema/1/";

  /** Where the schemas are in this jar: {@code <kind>.schema.json} under this folder. */
  public static final String SCHEMA_RESOURCES = "META-INF/partyorg-rules/schema/";

  /**
   * The document kinds, each with its JSON Schema; {@code common} holds the shared definitions.
   * All but {@code report-charts} are written here; {@code report-charts} (what the HTML report
   * of the command-line tool draws) is written by the tool, its schema kept with the others.
   */
  public static final List<String> KINDS = List.of("common", "organisation", "assessment", "assessment-result",
      "coverage-report", "what-if-diff", "joint-plan", "trace", "report-charts");

  /** The {@code $id} of a kind's schema: {@link #SCHEMA_BASE} + kind + {@code .schema.json}. */
  public static String schemaId(String kind) {
    checkKind(kind);
    return SCHEMA_BASE + kind + ".schema.json";
  }

  /**
   * A kind's JSON Schema (draft 2020-12) as text; its references to other kinds name their
   * {@code $id}s ({@link #schemaId}), each available here.
   *
   * @throws IllegalArgumentException naming the kinds there are, for an unknown kind
   */
  public static String schema(String kind) {
    checkKind(kind);
    try (java.io.InputStream in = JsonFormat.class.getModule()
        .getResourceAsStream(SCHEMA_RESOURCES + kind + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("schema " + kind + " missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkKind(String kind) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("no schema of kind " + kind + "; the kinds are " + KINDS);
    }
  }

  // ------------------------------------------------------------------ shared

  static ObjectNode envelope(String kind) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("format", FORMAT_PREFIX + kind);
    node.put("version", VERSION);
    return node;
  }

  /** The envelope is optional when reading; when present it must name this kind and version 1. */
  static void checkEnvelope(JsonNode node, String pointer, String kind, Problems problems) {
    JsonNode format = node.get("format");
    if (format != null && !(format.isString() && format.stringValue().equals(FORMAT_PREFIX + kind))) {
      problems.add(Problems.child(pointer, "format"), format, "文档类型不符，应为“" + FORMAT_PREFIX + kind + "”。",
          "Wrong kind of document; it must be \"" + FORMAT_PREFIX + kind + "\".");
    }
    JsonNode version = node.get("version");
    if (version != null && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == VERSION)) {
      boolean newer = version.isIntegralNumber() && version.canConvertToInt() && version.intValue() > VERSION;
      problems.add(Problems.child(pointer, "version"), version,
          newer ? "由更新版本的格式写成；本库只读第" + VERSION + "版。" : "版本号无效；本库读第" + VERSION + "版。",
          newer ? "Written in a newer version of the format; this library reads version " + VERSION + "."
              : "Not a valid version; this library reads version " + VERSION + ".");
    }
  }

  /** The JSON text as a tree, or null with a problem at the document when it is not JSON. */
  static JsonNode parse(String json, Problems problems) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      String reason = Problems.echo(String.valueOf(e.getOriginalMessage()));
      String zhAt = "";
      String enAt = "";
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        zhAt = "（第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr() + "列）";
        enAt = " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      }
      problems.add("", (String) null, "不是有效的JSON" + zhAt + "：" + reason + "。",
          "Not valid JSON" + enAt + ": " + reason + ".");
      return null;
    }
  }
}
