package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.TargetCoverage;
import tools.jackson.databind.JsonNode;

/** The answers' JSON says what the Java objects say, member by member. */
class ReportJsonTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final JsonFormat JSON = JsonFormat.forPolicySets(EVALUATOR.policySets());
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  static Organisation firm(Integer headCount) {
    Organisation.Builder b = Organisation.builder().creditCode("91420106MA4KTEXT1G").name("武汉某科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode("420106").formalMembers(4)
        .probationaryMembers(0).partyOrganisation(PartyOrganisation.none());
    if (headCount != null) {
      b.headCount(headCount);
    }
    return b.build();
  }

  @Test
  void everyFindingIsWrittenWithItsKeyOutcomeActionsDeadlineCitationFactsAndMessages() {
    for (Organisation o : List.of(firm(120), firm(null))) {
      Assessment assessment = EVALUATOR.assess(o, AS_OF);
      JsonNode json = JsonFormat.MAPPER.readTree(JSON.writeAssessment(assessment));
      assertEquals("partyorg-rules/assessment", json.get("format").stringValue());
      assertEquals(AS_OF.toString(), json.get("asOf").stringValue());
      assertEquals(assessment.getFindings().size(), json.get("findings").size());
      for (int i = 0; i < assessment.getFindings().size(); i++) {
        Finding f = assessment.getFindings().get(i);
        JsonNode node = json.get("findings").get(i);
        assertEquals(f.getKey(), node.get("key").stringValue());
        assertEquals(f.getRuleId(), node.get("rule").stringValue());
        assertEquals(f.getPolicySetId(), node.get("policySet").stringValue());
        assertEquals(f.getOutcome().name(), node.get("outcome").stringValue());
        assertEquals(f.getRequiredActions().stream().map(RequiredAction::code).collect(Collectors.toList()),
            texts(node.get("actions")));
        assertEquals(f.getDeadline().map(LocalDate::toString).orElse(null),
            node.has("deadline") ? node.get("deadline").stringValue() : null);
        assertEquals(f.isOverdue(), node.get("overdue").booleanValue());
        assertEquals(f.getCitation().getQuote(), node.at("/citation/quote").stringValue());
        assertEquals(f.getMissingFacts(), texts(node.get("missingFacts")));
        assertEquals(f.getMessageZh(), node.get("messageZh").stringValue());
        assertEquals(f.getMessageEn(), node.get("messageEn").stringValue());
        for (int j = 0; j < f.getFacts().size(); j++) {
          Fact fact = f.getFacts().get(j);
          JsonNode factNode = node.get("facts").get(j);
          assertEquals(fact.getName(), factNode.get("name").stringValue());
          assertEquals(fact.getType().getUnit().name(), factNode.get("unit").stringValue());
          // unknown is absent, never 0
          assertEquals(fact.isKnown(), factNode.has("value"), fact + " in " + factNode);
          if (fact.isKnown() && fact.getType().getKind() == org.partyorg.rules.api.FactKind.COUNT) {
            assertEquals(fact.count().getAsInt(), factNode.get("value").intValue());
          }
          fact.getLimit().filter(Integer.class::isInstance)
              .ifPresent(limit -> assertEquals(limit, factNode.get("limit").intValue()));
        }
      }
    }
    Assessment unknown = EVALUATOR.assess(firm(null), AS_OF);
    assertFalse(unknown.findings(Outcome.UNDECIDED).isEmpty(), "an unknown head-count leaves a rule undecided");
  }

  @Test
  void aRejectedRecordIsWrittenWithItsViolationsAndNoAssessment() {
    Organisation bad = Organisation.builder().from(firm(120)).headCount(-5).build();
    List<AssessmentResult> results = EVALUATOR.assessAll(java.util.stream.Stream.of(firm(120), bad), AS_OF)
        .collect(Collectors.toList());
    JsonNode ok = JsonFormat.MAPPER.readTree(JSON.writeAssessmentResult(results.get(0)));
    JsonNode rejected = JsonFormat.MAPPER.readTree(JSON.writeAssessmentResult(results.get(1)));
    assertEquals("ASSESSED", ok.get("status").stringValue());
    assertTrue(ok.has("assessment") && !ok.has("violations"));
    assertEquals(1, rejected.get("index").intValue());
    assertEquals("REJECTED", rejected.get("status").stringValue());
    assertFalse(rejected.has("assessment"));
    JsonNode headCount = null;
    for (JsonNode violation : rejected.get("violations")) {
      if (violation.get("field").stringValue().equals("headCount")) {
        headCount = violation;
      }
    }
    assertEquals("-5", headCount.get("value").stringValue(), rejected.toString());
    assertFalse(headCount.get("messageZh").stringValue().isEmpty());
  }

  @Test
  void aCoverageReportAccountsForEveryRecordAndGivesEachTargetsFigures() {
    List<Organisation> register = new ArrayList<>();
    for (PolicySet set : EVALUATOR.policySets()) {
      register.addAll(SchemaTest.register(set, 100, 5));
    }
    CoverageReport report = CoverageReport.of(EVALUATOR, AS_OF).over(register.stream());
    String text = JSON.writeCoverageReport(report);
    JsonNode json = JsonFormat.MAPPER.readTree(text);
    assertEquals(register.size(), json.get("read").longValue());
    assertEquals(json.get("read").longValue(),
        json.get("assessed").longValue() + json.get("excluded").longValue() + json.get("rejected").longValue());
    assertEquals(report.rejected(), json.get("rejectedRecords").size());
    assertEquals(report.targets().size(), json.get("targets").size());
    for (int i = 0; i < report.targets().size(); i++) {
      TargetCoverage t = report.targets().get(i);
      JsonNode node = json.get("targets").get(i);
      assertEquals(t.target().getKey(), node.get("key").stringValue());
      assertEquals(t.total().base(), node.at("/total/base").longValue());
      assertEquals(t.total().covered(), node.at("/total/covered").longValue());
      assertEquals(t.verdict().name(), node.get("verdict").stringValue());
      assertEquals(t.byDivision().size(), node.get("byDivision").size());
      t.total().rate().ifPresent(rate -> assertEquals(0, rate.compareTo(node.at("/total/rate").decimalValue())));
    }
    assertTrue(text.contains("\n  \"read\" : " + register.size() + ",\n"), "indented, \\n line ends");
    assertFalse(text.contains("\r") || text.matches("(?s).*[:\\[,]\\s*-?[0-9.]+[eE][+-]?[0-9].*"), "no exponents");
    assertTrue(text.contains(report.targets().get(0).target().getDescriptionZh()), "Chinese unescaped");
  }

  @Test
  void answersDoNotDependOnTheDefaultLocaleOrTimeZone() {
    List<Organisation> register = SchemaTest.register(EVALUATOR.policySet("wuhan-2016"), 200, 9);
    String assessment = JSON.writeAssessment(EVALUATOR.assess(firm(120), AS_OF));
    String report = JSON.writeCoverageReport(CoverageReport.of(EVALUATOR, AS_OF).over(register.stream()));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      assertEquals(assessment, JSON.writeAssessment(EVALUATOR.assess(firm(120), AS_OF)));
      assertEquals(report, JSON.writeCoverageReport(CoverageReport.of(EVALUATOR, AS_OF).over(register.stream())));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }
}
