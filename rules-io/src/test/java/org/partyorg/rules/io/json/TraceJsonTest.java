package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import tools.jackson.databind.JsonNode;

/** Traces as JSON: valid against their schema, and saying what the trace says. */
class TraceJsonTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final JsonFormat JSON = JsonFormat.forPolicySets(EVALUATOR.policySets());

  @Test
  void tracesOfGeneratedOrganisationsOfEverySetAreValid() {
    var schema = SchemaTest.schema("trace");
    int comparisons = 0;
    int deadlines = 0;
    int notApplied = 0;
    for (PolicySet set : EVALUATOR.policySets()) {
      for (Organisation o : SchemaTest.register(set, 100, 21)) {
        LocalDate asOf = SchemaTest.asOf(set);
        if (!EVALUATOR.assessAt(0, o, asOf).isAssessed()) {
          continue; // a trace is of an assessment; a rejected record has none
        }
        Trace trace = EVALUATOR.trace(o, asOf);
        String json = JSON.writeTrace(trace);
        SchemaTest.assertValid(schema, json);
        JsonNode node = JsonFormat.MAPPER.readTree(json);
        assertEquals(trace.getSteps().size(), node.get("steps").size());
        for (Trace.Step step : trace.getSteps()) {
          comparisons += step.comparisons().size();
          deadlines += step.deadline().isPresent() ? 1 : 0;
        }
        notApplied += (int) trace.getPolicySets().stream().filter(s -> !s.applied()).count();
      }
    }
    assertTrue(comparisons > 0 && deadlines > 0 && notApplied > 0,
        "comparisons " + comparisons + ", deadlines " + deadlines + ", sets not applied " + notApplied);
  }

  @Test
  void aStepSaysWhichParameterSuppliedEachLimitAndTheDeadlineAgainstTheDate() {
    Organisation firm = ReportJsonTest.firm(120);
    LocalDate asOf = LocalDate.of(2016, 12, 1);
    Trace trace = EVALUATOR.trace(firm, asOf);
    JsonNode json = JsonFormat.MAPPER.readTree(JSON.writeTrace(trace));
    assertEquals("partyorg-rules/trace", json.get("format").stringValue());
    assertEquals(Trace.FORMAT, json.get("format").stringValue());
    boolean checked = false;
    for (int i = 0; i < trace.getSteps().size(); i++) {
      Trace.Step step = trace.getSteps().get(i);
      JsonNode node = json.get("steps").get(i);
      assertEquals(step.key(), node.get("key").stringValue());
      assertEquals(step.parameters().size(), node.get("parameters").size());
      for (int j = 0; j < step.comparisons().size(); j++) {
        Trace.Comparison c = step.comparisons().get(j);
        JsonNode cn = node.get("comparisons").get(j);
        assertEquals(c.name(), cn.get("fact").stringValue());
        assertEquals(c.relation().map(Enum::name).orElse(null), cn.has("relation") ? cn.get("relation").stringValue() : null);
        assertEquals(c.parameter().map(p -> p.getKey()).orElse(null),
            cn.has("parameter") ? cn.get("parameter").stringValue() : null);
        checked |= c.parameter().isPresent();
      }
      step.deadline().ifPresent(d -> {
        assertEquals(d.deadline().toString(), node.at("/deadline/date").stringValue());
        assertEquals(d.timing().name(), node.at("/deadline/timing").stringValue());
      });
    }
    assertTrue(checked, "a comparison names the parameter that supplied its limit");
  }

  @Test
  void aWhatIfVariantsTraceListsItsOverrides() {
    Evaluator at80 = EVALUATOR.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
    JsonNode json = JsonFormat.MAPPER.readTree(JSON.writeTrace(at80.trace(ReportJsonTest.firm(90), LocalDate.of(2016, 12, 1))));
    JsonNode wuhan = null;
    for (JsonNode set : json.get("policySets")) {
      if (set.get("policySet").stringValue().equals("wuhan-2016")) {
        wuhan = set;
      }
    }
    assertEquals(List.of("organisationStaffThreshold"), List.of(wuhan.at("/overrides/0/key").stringValue()));
    assertEquals(80, wuhan.at("/overrides/0/value").intValue());
    assertFalse(wuhan.at("/overrides/0/citation/quote").stringValue().isEmpty());
    SchemaTest.assertValid(SchemaTest.schema("trace"), json.toString());
  }
}
