package org.partyorg.rules.cli;

import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One assessment result as one JSON line ({@code "format": "partyorg-rules/assessment-result"},
 * {@code "version": 1}): the row, the credit code, then the findings, or the reasons it was
 * rejected. Codes and ISO dates; independent of the default locale.
 */
final class ResultJson {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ResultJson() {}

  /** @param line the line of the register file the record was read from */
  static String line(AssessmentResult result, long line) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("format", "partyorg-rules/assessment-result");
    node.put("version", 1);
    node.put("line", line);
    result.creditCode().ifPresent(code -> node.put("creditCode", code));
    result.getOrganisation().ifPresent(o -> node.put("name", o.getName()));
    if (result.getAssessment().isPresent()) {
      node.put("status", "ASSESSED");
      node.put("asOf", result.getAssessment().get().getAsOf().toString());
      ArrayNode findings = node.putArray("findings");
      result.getAssessment().get().getFindings().forEach(f -> findings.add(finding(f)));
    } else {
      node.put("status", "REJECTED");
      ArrayNode rejections = node.putArray("rejections");
      for (Violation violation : result.getRejections()) {
        ObjectNode v = rejections.addObject();
        v.put("field", violation.getField());
        violation.getValue().ifPresent(value -> v.put("value", value));
        v.put("messageZh", violation.getMessageZh());
        v.put("messageEn", violation.getMessageEn());
      }
      result.getFailure().ifPresent(failure -> node.put("failure", String.valueOf(failure.getMessage())));
    }
    return MAPPER.writeValueAsString(node);
  }

  static ObjectNode finding(Finding finding) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("policySet", finding.getPolicySetId());
    node.put("key", finding.getKey());
    node.put("ruleId", finding.getRuleId());
    node.put("outcome", finding.getOutcome().name());
    ArrayNode actions = node.putArray("requiredActions");
    finding.getRequiredActions().forEach(a -> actions.add(a.code()));
    finding.getDeadline().ifPresent(d -> node.put("deadline", d.toString()));
    node.put("overdue", finding.isOverdue());
    ObjectNode citation = node.putObject("citation");
    citation.put("document", finding.getCitation().getDocument().getTitle());
    citation.put("section", finding.getCitation().getSection());
    citation.put("quote", finding.getCitation().getQuote());
    ObjectNode facts = node.putObject("facts");
    for (Fact fact : finding.getFacts()) {
      ObjectNode f = facts.putObject(fact.getName());
      fact.getValue().ifPresent(value -> f.put("value", String.valueOf(value)));
      fact.getLimit().ifPresent(limit -> f.put("limit", String.valueOf(limit)));
    }
    if (!finding.getMissingFacts().isEmpty()) {
      ArrayNode missing = node.putArray("missingFacts");
      finding.getMissingFacts().forEach(missing::add);
    }
    node.put("messageZh", finding.getMessageZh());
    node.put("messageEn", finding.getMessageEn());
    return node;
  }
}
