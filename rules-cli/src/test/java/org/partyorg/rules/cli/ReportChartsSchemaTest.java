package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.rules.io.json.JsonFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code report} writes beside its page — {@code report.charts.json} (kind {@code
 * report-charts}) and {@code report.json} ({@code coverage-report}) — is valid against the schemas
 * the format ships, on the bundled sample and on edge registers; a document that breaks the
 * schema is rejected, so the check can fail; and the bytes do not depend on the default locale.
 */
class ReportChartsSchemaTest {
  /** Numbers read as exact decimals, as the format's own reader does. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  /** Every schema from the jar by its {@code $id}: the references to common and coverage-report resolve offline. */
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(JsonFormat.KINDS.stream().collect(Collectors.toMap(JsonFormat::schemaId, JsonFormat::schema))));
  private static final Schema CHARTS = REGISTRY.getSchema(SchemaLocation.of(JsonFormat.schemaId("report-charts")));
  private static final Schema COVERAGE = REGISTRY.getSchema(SchemaLocation.of(JsonFormat.schemaId("coverage-report")));

  @TempDir static Path dir;
  static Path sample;
  static JsonNode sampleCharts;

  @BeforeAll
  static void reportOnTheSample() throws Exception {
    sample = Path.of(ReportChartsSchemaTest.class.getResource("/org/partyorg/rules/cli/sample-register.csv").toURI());
    sampleCharts = report("sample", sample);
  }

  /** Runs {@code report} into a folder of its own; checks both documents against their schemas; the charts document. */
  private static JsonNode report(String name, Path register, String... more) throws Exception {
    Path html = dir.resolve(name).resolve("report.html");
    List<String> args = new ArrayList<>(List.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(),
        "--no-progress"));
    args.addAll(List.of(more));
    Run run = Run.of(args.toArray(String[]::new));
    assertTrue(run.exitCode() == ExitCodes.OK || run.exitCode() == ExitCodes.FINDINGS, run.toString());
    JsonNode charts = JSON.readTree(Files.readString(html.resolveSibling("report.charts.json"), StandardCharsets.UTF_8));
    assertValid(CHARTS, charts);
    assertValid(COVERAGE, JSON.readTree(Files.readString(html.resolveSibling("report.json"), StandardCharsets.UTF_8)));
    return charts;
  }

  private static void assertValid(Schema schema, JsonNode json) {
    List<Error> errors = schema.validate(json);
    assertTrue(errors.isEmpty(), () -> errors + " in " + json);
  }

  private static JsonNode target(JsonNode charts, String policySet, String key) {
    for (JsonNode t : charts.get("targets")) {
      if (t.get("policySet").asString().equals(policySet) && t.get("key").asString().equals(key)) {
        return t;
      }
    }
    throw new AssertionError("no target " + policySet + "/" + key + " in " + charts.get("targets"));
  }

  @Test
  void theSampleReportIsValidAndHoldsEveryChartsFigures() {
    assertEquals("partyorg-rules/report-charts", sampleCharts.get("format").asString());
    assertEquals(3000, sampleCharts.get("read").asLong());
    assertTrue(sampleCharts.get("obligationsByAction").size() > 1, () -> sampleCharts.get("obligationsByAction").toString());
    // at 2017-01-01 every deadline of the sample's violations is the campaign's 2016-11-30, passed
    assertEquals("2016-11", sampleCharts.at("/obligationsByMonth/0/month").asString(), sampleCharts.get("obligationsByMonth").toString());
    assertTrue(sampleCharts.at("/obligationsByMonth/0/overdue").asLong() > 0);
    assertEquals(50, sampleCharts.get("uncovered").size(), "--list 50 by default");
    assertTrue(sampleCharts.get("uncoveredOrganisations").asLong() > 50);
    JsonNode wuhan = target(sampleCharts, "wuhan-2016", "coverage");
    BigDecimal rate = wuhan.at("/total/rate").decimalValue();
    assertTrue(rate.signum() > 0 && rate.compareTo(BigDecimal.ONE) < 0, "a share between 0 and 1: " + rate);
    assertEquals(0, new BigDecimal("0.8").compareTo(wuhan.get("rate").decimalValue()), "W's 80% as a share");
    assertTrue(wuhan.get("byDivision").size() > 1 && wuhan.get("byCategory").size() > 0);
  }

  @Test
  void membersComeInTheDocumentedOrder() {
    JsonNode schema = JSON.readTree(JsonFormat.schema("report-charts"));
    assertEquals(names(schema.get("properties")), names(sampleCharts));
    List<String> targetOrder = names(schema.at("/$defs/target/properties"));
    JsonNode wuhan = target(sampleCharts, "wuhan-2016", "coverage");
    List<String> written = names(wuhan);
    assertEquals(targetOrder.stream().filter(written::contains).toList(), written);
    assertEquals(names(schema.at("/properties/uncovered/items/properties")), names(sampleCharts.at("/uncovered/0")));
  }

  @Test
  void edgeRegistersAreValid() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), String.join(",", org.partyorg.rules.io.RegisterCsv.header()) + "\n",
        StandardCharsets.UTF_8);
    JsonNode none = report("empty", empty);
    assertEquals(0, none.get("read").asLong());
    assertEquals(0, none.get("uncovered").size());
    assertEquals(0, none.get("obligationsByAction").size());
    assertFalse(target(none, "wuhan-2016", "coverage").get("total").has("rate"), "no rate of an empty base");

    // every record rejected: a head-count below zero has the right shape but no valid value
    JsonFormat format = JsonFormat.create();
    String lines = TestRegisters.register(12).stream()
        .map(o -> format.writeOrganisation(o).replaceFirst("\"headCount\":[0-9]+", "\"headCount\":-5"))
        .collect(Collectors.joining("\n", "", "\n"));
    JsonNode rejected = report("rejected", Files.writeString(dir.resolve("rejected.jsonl"), lines, StandardCharsets.UTF_8));
    assertEquals(12, rejected.get("rejected").asLong());
    assertEquals(0, rejected.get("assessed").asLong());

    Path register = TestRegisters.csv(dir.resolve("台账.csv"), TestRegisters.register(120));
    JsonNode growth = report("growth", register, "-p", "liaoning-2016", "--baseline", "liaoning-2016/jointOrganisationGrowth=3");
    JsonNode joint = target(growth, "liaoning-2016", "jointOrganisationGrowth");
    assertEquals(3, joint.at("/growth/baseline").asLong());
    assertFalse(joint.has("total"), "a growth target has its growth, not a rate's figures");
    JsonNode unknownBaseline = report("growth-no-baseline", register, "-p", "liaoning-2016");
    assertFalse(target(unknownBaseline, "liaoning-2016", "jointOrganisationGrowth").get("growth").has("baseline"),
        "no baseline given: absent, not 0");
  }

  @Test
  void documentsThatBreakTheSchemaAreRejected() {
    Map<String, Consumer<ObjectNode>> breaks = new LinkedHashMap<>();
    breaks.put("a required member missing", doc -> doc.remove("obligationsByMonth"));
    breaks.put("a target without its verdict", doc -> rateTarget(doc).remove("verdict"));
    breaks.put("a rate of 1.5", doc -> ((ObjectNode) rateTarget(doc).get("total")).put("rate", new BigDecimal("1.5")));
    breaks.put("a target rate of 1.5", doc -> rateTarget(doc).put("rate", new BigDecimal("1.5")));
    breaks.put("a rate below 0", doc -> ((ObjectNode) rateTarget(doc).get("total")).put("rate", new BigDecimal("-0.1")));
    breaks.put("a per cent over 100", doc -> ((ObjectNode) rateTarget(doc).get("total"))
        .put("ratePercentShown", new BigDecimal("100.5")));
    breaks.put("a negative count", doc -> ((ObjectNode) doc.get("obligationsByAction").get(0)).put("overdue", -1));
    breaks.put("a fraction as a count", doc -> doc.put("read", new BigDecimal("2.5")));
    breaks.put("month 13", doc -> ((ObjectNode) doc.get("obligationsByMonth").get(0)).put("month", "2016-13"));
    breaks.put("a date as a month", doc -> ((ObjectNode) doc.get("obligationsByMonth").get(0)).put("month", "2016-11-30"));
    breaks.put("a lower-case action code", doc -> ((ObjectNode) doc.get("obligationsByAction").get(0)).put("action", "hold_election"));
    breaks.put("a date not ISO", doc -> doc.put("asOf", "2017/01/01"));
    breaks.put("a member the format does not have", doc -> doc.put("rateShown", 80));
    breaks.put("a rate target with a growth too", doc -> rateTarget(doc).putObject("growth")
        .put("count", 1).put("undecided", 0).put("factor", 1.5).put("verdict", "MET"));
    breaks.put("an organisation missing no target", doc -> ((ObjectNode) doc.get("uncovered").get(0)).putArray("targets"));
    breaks.put("version 2", doc -> doc.put("version", 2));
    breaks.put("another kind", doc -> doc.put("format", "partyorg-rules/coverage-report"));
    for (Map.Entry<String, Consumer<ObjectNode>> b : breaks.entrySet()) {
      ObjectNode doc = (ObjectNode) sampleCharts.deepCopy();
      assertValid(CHARTS, doc);
      b.getValue().accept(doc);
      assertFalse(CHARTS.validate(doc).isEmpty(), "the schema accepts " + b.getKey());
    }
  }

  private static ObjectNode rateTarget(ObjectNode doc) {
    for (JsonNode t : doc.get("targets")) {
      if (t.has("total")) {
        return (ObjectNode) t;
      }
    }
    throw new AssertionError("no rate target");
  }

  @Test
  void theFiguresDoNotDependOnTheDefaultLocaleOrTimeZone() throws Exception {
    Path register = TestRegisters.csv(dir.resolve("locale.csv"), TestRegisters.register(120));
    Locale locale = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    TimeZone zone = TimeZone.getDefault();
    Map<String, String> written = new LinkedHashMap<>();
    try {
      for (String tag : List.of("en-US", "ar-EG-u-nu-arab", "th-TH-u-nu-thai", "tr-TR")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(tag.startsWith("ar") ? "Pacific/Kiritimati" : "Etc/GMT+12"));
        Path html = dir.resolve("locale").resolve("report.html");
        Run run = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", html.toString(), "--no-progress");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String charts = Files.readString(html.resolveSibling("report.charts.json"), StandardCharsets.UTF_8);
        String coverage = Files.readString(html.resolveSibling("report.json"), StandardCharsets.UTF_8);
        written.put(tag, charts + coverage);
      }
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      TimeZone.setDefault(zone);
    }
    String english = written.get("en-US");
    assertTrue(english.contains("\"ratePercentShown\" : ") && !english.contains("\r"), "plain members, \\n lines");
    written.forEach((tag, text) -> assertEquals(english, text, "written under " + tag));
    assertTrue(english.chars().noneMatch(c -> c >= '\u0660' && c <= '\u0669' || c >= '\u0e50' && c <= '\u0e59'),
        "no Arabic-Indic or Thai digits");
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.propertyNames().forEach(out::add);
    return out;
  }
}
