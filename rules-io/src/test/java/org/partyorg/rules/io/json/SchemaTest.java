package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.WhatIfDiff;
import org.partyorg.rules.register.planner.JointPlan;
import org.partyorg.rules.register.planner.JointPlanner;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;
import tools.jackson.databind.JsonNode;

/** The library's own output, of every kind, is valid against the schemas it ships. */
class SchemaTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final JsonFormat JSON = JsonFormat.forPolicySets(EVALUATOR.policySets());
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(JsonFormat.KINDS.stream()
          .collect(Collectors.toMap(JsonFormat::schemaId, JsonFormat::schema))));

  static Schema schema(String kind) {
    return REGISTRY.getSchema(SchemaLocation.of(JsonFormat.schemaId(kind)));
  }

  /**
   * Validated as the format's reader parses it (numbers as exact decimals): the validator's own
   * parser reads a number beyond a double's range, such as an invalid record's 1E+999999999
   * yuan, as no number at all.
   */
  static void assertValid(Schema schema, String json) {
    List<Error> errors = schema.validate(JsonFormat.MAPPER.readTree(json));
    assertTrue(errors.isEmpty(), () -> errors + " in " + json);
  }

  /** A register of the set: generated organisations, some of them invalid. */
  static List<Organisation> register(PolicySet set, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    var valid = OrganisationGen.forPolicySet(set).build();
    var invalid = InvalidOrganisationGen.oneFieldBroken(valid);
    List<Organisation> register = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      register.add(i % 25 == 24 ? invalid.generate(random).value().organisation() : valid.generate(random).value());
    }
    return register;
  }

  static LocalDate asOf(PolicySet set) {
    return set.effectivePeriod().getFrom().plusDays(100);
  }

  @Test
  void organisationsAssessmentsAndBatchResultsOfEverySetAreValid() {
    Schema organisation = schema("organisation");
    Schema assessment = schema("assessment");
    Schema result = schema("assessment-result");
    int rejected = 0;
    var outcomes = new TreeSet<Outcome>();
    for (PolicySet set : EVALUATOR.policySets()) {
      List<Organisation> register = register(set, 300, set.id().hashCode());
      for (Organisation o : register) {
        assertValid(organisation, JSON.writeOrganisation(o));
      }
      for (AssessmentResult r : EVALUATOR.assessAll(register.stream(), asOf(set)).collect(Collectors.toList())) {
        assertValid(result, JSON.writeAssessmentResult(r));
        if (r.getAssessment().isPresent()) {
          assertValid(assessment, JSON.writeAssessment(r.getAssessment().get()));
          r.getAssessment().get().getFindings().forEach(f -> outcomes.add(f.getOutcome()));
        } else {
          rejected++;
        }
      }
    }
    assertTrue(rejected > 0, "some rejected records were written");
    assertEquals(new TreeSet<>(Arrays.asList(Outcome.values())), outcomes, "findings of every outcome were written");
  }

  @Test
  void reportsDiffsAndPlansAreValid() {
    for (PolicySet set : EVALUATOR.policySets()) {
      List<Organisation> register = register(set, 400, 7);
      CoverageReport report = CoverageReport.of(EVALUATOR, asOf(set)).over(register.stream());
      assertFalse(report.targets().isEmpty() && set.targets().size() > 0);
      assertValid(schema("coverage-report"), JSON.writeCoverageReport(report));
    }
    for (String id : List.of("liaoning-2016", "hunan-benchmark-2020")) {
      JointPlan plan = JointPlanner.forSet(EVALUATOR.policySet(id)).plan(register(EVALUATOR.policySet(id), 400, 11));
      assertFalse(plan.proposals().isEmpty() && plan.unplaced().isEmpty(), "a plan with something in it");
      assertValid(schema("joint-plan"), JSON.writeJointPlan(plan));
    }
  }

  @Test
  void aWhatIfDiffIsValid() {
    PolicySet wuhan = EVALUATOR.policySet("wuhan-2016");
    Evaluator at80 = EVALUATOR.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
    List<Organisation> register = register(wuhan, 400, 3);
    WhatIfDiff diff = WhatIfDiff.of(EVALUATOR, at80, asOf(wuhan)).over(register.stream());
    assertTrue(diff.changes() > 0, "the diff has changes to write");
    assertValid(schema("what-if-diff"), JSON.writeWhatIfDiff(diff));
  }

  @Test
  void theOrganisationSchemaRejectsWhatTheReaderRejects() {
    Schema organisation = schema("organisation");
    String firm = OrganisationJsonTest.FIRM;
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("wrong type", firm + ",\"headCount\":\"many\"}");
    bad.put("unknown member", firm + ",\"headcount\":5}");
    bad.put("unknown nested member", firm + ",\"partyOrganisation\":{\"form\":\"NONE\",\"founded\":\"2016-08-14\"}}");
    bad.put("missing required", "{\"name\":\"甲\",\"category\":\"NON_PUBLIC_ENTERPRISE\",\"divisionCode\":\"420106\"}");
    bad.put("unknown code", firm + ",\"industry\":\"Z\"}");
    bad.put("bad date", firm + ",\"partyOrganisation\":{\"form\":\"NONE\",\"foundingDate\":\"2016/08/14\"}}");
    bad.put("newer version", "{\"version\":2," + firm.substring(1) + "}");
    bad.put("fraction as count", firm + ",\"formalMembers\":2.5}");
    for (Map.Entry<String, String> c : bad.entrySet()) {
      assertFalse(organisation.validate(c.getValue(), InputFormat.JSON).isEmpty(), "schema accepts " + c.getKey());
      assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(c.getValue()), "reader accepts " + c.getKey());
    }
    String good = firm + ",\"headCount\":null,\"partyOrganisation\":{\"form\":\"NONE\"}}";
    assertValid(organisation, good);
    JSON.readOrganisation(good);
  }

  /** Where the organisation schema lists each model enum's constants, by JSON pointer. */
  private static final Map<String, Class<? extends Enum<?>>> MODEL_ENUMS = Map.ofEntries(
      Map.entry("/organisation/properties/category", org.partyorg.rules.api.model.OrganisationCategory.class),
      Map.entry("/organisation/properties/registrationLevel/anyOf/0",
          org.partyorg.rules.api.model.RegistrationLevel.class),
      Map.entry("/organisation/properties/industry/anyOf/0", org.partyorg.rules.api.model.IndustrySection.class),
      Map.entry("/park/properties/level", org.partyorg.rules.api.model.ParkLevel.class),
      Map.entry("/partyOrganisation/properties/form", org.partyorg.rules.api.model.PartyOrganisationForm.class),
      Map.entry("/partyOrganisation/properties/level/anyOf/0",
          org.partyorg.rules.api.model.PartyOrganisationLevel.class),
      Map.entry("/partyOrganisation/properties/jointScope/anyOf/0", org.partyorg.rules.api.model.JointScope.class),
      Map.entry("/member/properties/status/anyOf/0", org.partyorg.rules.api.model.MemberStatus.class),
      Map.entry("/activityRecord/properties/events/anyOf/0/items/properties/kind",
          org.partyorg.rules.api.model.ActivityKind.class),
      Map.entry("/activityRecord/properties/institutions/anyOf/0/items",
          org.partyorg.rules.api.model.Institution.class),
      Map.entry("/activityRecord/properties/facilities/anyOf/0/items", org.partyorg.rules.api.model.Facility.class),
      Map.entry("/workCoverage/properties/massOrganisations/anyOf/0/items",
          org.partyorg.rules.api.model.MassOrganisation.class),
      Map.entry("/sanctionRecord/properties/sanctions/items/properties/kind",
          org.partyorg.rules.api.model.SanctionKind.class));

  /** Every enum the organisation schema lists is a model enum's constants, in their order. */
  @Test
  void theSchemasEnumsAreTheModelsConstants() {
    JsonNode defs = JsonFormat.MAPPER.readTree(JsonFormat.schema("organisation")).get("$defs");
    Map<String, JsonNode> found = new java.util.TreeMap<>();
    enums(defs, "", found);
    assertEquals(new TreeSet<>(MODEL_ENUMS.keySet()), found.keySet(), "the schema's enums and the table here");
    MODEL_ENUMS.forEach((pointer, type) ->
        assertEquals(names(type.getEnumConstants()), texts(found.get(pointer)), pointer));
    assertEquals(names(Outcome.values()), texts(JsonFormat.MAPPER.readTree(JsonFormat.schema("assessment"))
        .at("/$defs/finding/properties/outcome/enum")));
  }

  /** Collects every {@code enum} array below {@code node}, keyed by the pointer of its owner. */
  private static void enums(JsonNode node, String pointer, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("enum")) {
          out.put(pointer, e.getValue());
        } else {
          enums(e.getValue(), pointer + "/" + e.getKey(), out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        enums(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /**
   * Kinds a schema need not cover: {@code cases}, the YAML tables analysts write and the library
   * only reads (docs/CASES.md).
   */
  private static final Set<String> READ_ONLY_KINDS = Set.of("cases");

  /**
   * Every kind any module of the project writes — found in the sources as {@code envelope("kind")}
   * or a {@code "partyorg-rules/kind"} literal — has its schema in the jar, its row in
   * docs/FORMAT.md's table of kinds, and is one of {@link JsonFormat#KINDS}; and every schema file
   * is a kind: a kind without a schema, or a schema of no kind, fails here.
   */
  @Test
  void everyKindWrittenHasASchemaFileAndEverySchemaFileIsAKind() throws IOException {
    Path project = Path.of("").toAbsolutePath().getParent();
    Pattern written = Pattern.compile("envelope\\(\"([a-z-]+)\"\\)|\"partyorg-rules/([a-z-]+)\"");
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")
          && f.toString().contains(java.io.File.separator + "src" + java.io.File.separator + "main" + java.io.File.separator))
          .toList()) {
        Matcher m = written.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          kinds.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertTrue(kinds.containsAll(List.of("organisation", "coverage-report", "trace", "report-charts")),
        "the scan finds the writers of rules-io, rules-api and rules-cli: " + kinds);
    kinds.removeAll(READ_ONLY_KINDS);
    Set<String> withSchema = new TreeSet<>(JsonFormat.KINDS);
    withSchema.remove("common");
    assertEquals(withSchema, kinds, "the kinds written are the kinds with a schema");

    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of("src/main/resources").resolve(JsonFormat.SCHEMA_RESOURCES))) {
      list.forEach(f -> files.add(f.getFileName().toString()));
    }
    assertEquals(JsonFormat.KINDS.stream().map(k -> k + ".schema.json").collect(Collectors.toCollection(TreeSet::new)), files,
        "one schema file per kind, no other file");
    for (String kind : JsonFormat.KINDS) {
      JsonNode schema = JsonFormat.MAPPER.readTree(JsonFormat.schema(kind));
      assertEquals(JsonFormat.schemaId(kind), schema.get("$id").stringValue(), kind + " in the jar, under its $id");
      if (!kind.equals("common")) {
        // the organisation's schema is a $ref to its definition (which the other kinds embed), where
        // the envelope is optional: the format or null
        JsonNode body = schema.has("properties") ? schema : schema.at("/$defs/" + kind);
        JsonNode member = body.at("/properties/format");
        assertEquals("partyorg-rules/" + kind, (member.has("anyOf") ? member.at("/anyOf/0") : member).at("/const").asString(""),
            kind + "'s schema holds its format");
      }
    }

    String format = Files.readString(project.resolve("docs/FORMAT.md"), StandardCharsets.UTF_8);
    for (String kind : withSchema) {
      assertTrue(format.contains("| " + kind + " | `partyorg-rules/" + kind + "`"), kind + " in the table of kinds");
      assertTrue(format.contains("\n## " + kind + "\n"), kind + " has its section");
    }
  }

  @Test
  void anUnknownKindNamesTheKinds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonFormat.schema("report"));
    assertTrue(e.getMessage().contains("coverage-report"), e.getMessage());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }
}
