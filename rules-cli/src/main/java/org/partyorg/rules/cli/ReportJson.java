package org.partyorg.rules.cli;

import java.util.List;
import java.util.Map;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.Division;
import org.partyorg.rules.register.Figures;
import org.partyorg.rules.register.JointGrowth;
import org.partyorg.rules.register.TargetCoverage;
import org.partyorg.rules.register.Uncovered;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of the HTML report's charts as JSON ({@code "format": "partyorg-rules/report-charts"},
 * {@code "version": 1}), beside the library's {@code coverage-report} document (rules-io,
 * docs/FORMAT.md) that {@code report} writes too: what that kind does not hold — the obligations by
 * action and by month, overdue and in time, and the organisations not covered counted once each
 * with the targets they miss — with the counts and targets as the page draws them. Not yet a kind
 * of the versioned format with a schema. Codes
 * and ISO dates, rates as shares between 0 and 1 (shown rates in per cent, rounded down);
 * independent of the default locale.
 */
final class ReportJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ReportJson() {}

  static String write(ReportRun run, String source, int listed) {
    CoverageReport report = run.report();
    Obligations obligations = run.obligations();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "partyorg-rules/report-charts");
    root.put("version", 1);
    root.put("source", source);
    root.put("asOf", report.asOf().toString());
    root.put("read", report.read());
    root.put("assessed", report.assessed());
    root.put("excluded", report.excluded());
    root.put("rejected", report.rejected());
    ArrayNode targets = root.putArray("targets");
    for (TargetCoverage coverage : report.targets()) {
      ObjectNode target = targets.addObject();
      target.put("policySet", coverage.policySetId());
      target.put("key", coverage.target().getKey());
      target.put("ruleId", coverage.target().getRuleId());
      target.put("verdict", coverage.verdict().name());
      if (coverage.growth().isPresent()) {
        JointGrowth growth = coverage.growth().get();
        ObjectNode g = target.putObject("growth");
        g.put("count", growth.count());
        g.put("undecided", growth.undecided());
        g.put("factor", growth.factor());
        if (growth.baseline().isPresent()) {
          g.put("baseline", growth.baseline().getAsLong());
          g.put("required", growth.required().orElseThrow());
          g.put("shortfall", growth.shortfall().getAsLong());
        }
        continue;
      }
      target.put("rate", coverage.total().target().orElseThrow());
      target.set("total", figures(coverage.total()));
      ObjectNode divisions = target.putObject("byDivision");
      for (Map.Entry<Division, Figures> entry : coverage.byDivision().entrySet()) {
        divisions.set(entry.getKey().code(), figures(entry.getValue()));
      }
      ObjectNode categories = target.putObject("byCategory");
      for (Map.Entry<OrganisationCategory, Figures> entry : coverage.byCategory().entrySet()) {
        categories.set(entry.getKey().name(), figures(entry.getValue()));
      }
      target.put("uncoveredCount", coverage.uncoveredCount());
    }
    ArrayNode actions = root.putArray("obligationsByAction");
    for (Map.Entry<RequiredAction, Obligations.Split> entry : obligations.byAction().entrySet()) {
      ObjectNode action = actions.addObject();
      action.put("action", entry.getKey().code());
      action.put("overdue", entry.getValue().overdue());
      action.put("inTime", entry.getValue().inTime());
    }
    ArrayNode months = root.putArray("obligationsByMonth");
    obligations.byMonth().forEach((month, split) -> {
      ObjectNode m = months.addObject();
      m.put("month", month.toString());
      m.put("overdue", split.overdue());
      m.put("inTime", split.inTime());
    });
    root.put("uncoveredOrganisations", run.uncoveredOrganisations());
    ArrayNode uncovered = root.putArray("uncovered");
    for (List<Uncovered> rows : ReportPage.uncoveredByOrganisation(report, listed)) {
      ObjectNode node = uncovered(rows.get(0));
      node.remove("policySet");
      node.remove("target");
      node.remove("actions");
      node.remove("deadline");
      node.remove("overdue");
      ArrayNode missed = node.putArray("targets");
      rows.forEach(u -> {
        ObjectNode t = uncovered(u);
        List.of("record", "creditCode", "name", "divisionCode").forEach(t::remove);
        missed.add(t);
      });
      uncovered.add(node);
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static ObjectNode figures(Figures figures) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("base", figures.base());
    node.put("covered", figures.covered());
    node.put("undecided", figures.undecided());
    node.put("excluded", figures.excluded());
    figures.rate().ifPresent(rate -> node.put("rate", rate));
    figures.rateShown().ifPresent(rate -> node.put("rateShown", rate));
    figures.verdict().ifPresent(verdict -> node.put("verdict", verdict.name()));
    figures.shortfall().ifPresent(shortfall -> node.put("shortfall", shortfall));
    return node;
  }

  private static ObjectNode uncovered(Uncovered u) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("record", u.index() + 1);
    node.put("creditCode", u.organisation().getCreditCode());
    node.put("name", u.organisation().getName());
    node.put("divisionCode", u.organisation().getDivisionCode());
    node.put("policySet", u.policySetId());
    node.put("target", u.target().getKey());
    ArrayNode actions = node.putArray("actions");
    u.actions().forEach(a -> actions.add(a.code()));
    u.deadline().ifPresent(d -> node.put("deadline", d.toString()));
    node.put("overdue", u.isOverdue());
    return node;
  }

}
