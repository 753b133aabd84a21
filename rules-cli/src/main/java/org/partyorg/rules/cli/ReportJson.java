package org.partyorg.rules.cli;

import java.math.BigDecimal;
import java.util.Comparator;
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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of the HTML report's charts as JSON: the kind {@code report-charts} of the versioned
 * format (docs/FORMAT.md; schema {@code report-charts.schema.json} in rules-io, from {@code
 * JsonFormat.schema("report-charts")}), written beside the {@code coverage-report} document of the
 * same run. It holds what the page draws and that kind does not: the violated findings' actions by
 * action and their deadlines by month, each split into overdue and in time, and the organisations
 * not covered counted once each with the targets they miss; with each target's verdict and
 * figures (shaped as in {@code coverage-report}) as the charts show them.
 *
 * <p>Codes, ISO dates and months, counts as whole numbers, rates as shares between 0 and 1
 * ({@code ratePercentShown} in per cent, rounded down), numbers never in exponent form; members in
 * the order of docs/FORMAT.md, lines ended by {@code \n}; nothing depends on the default locale.
 */
final class ReportJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** As the library writes its reports: two spaces, {@code \n} on every system. */
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ReportJson() {}

  /**
   * The document of one run.
   *
   * @param source the register's name as the page shows it
   * @param listed how many organisations not covered to list (the page's {@code --list})
   */
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
      target(coverage, targets.addObject());
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
      Uncovered first = rows.get(0);
      ObjectNode node = uncovered.addObject();
      node.put("index", first.index());
      node.put("creditCode", first.organisation().getCreditCode());
      node.put("name", first.organisation().getName());
      node.put("divisionCode", first.organisation().getDivisionCode());
      ArrayNode missed = node.putArray("targets");
      for (Uncovered u : rows) {
        ObjectNode t = missed.addObject();
        t.put("policySet", u.policySetId());
        t.put("key", u.target().getKey());
        ArrayNode codes = t.putArray("actions");
        u.actions().forEach(a -> codes.add(a.code()));
        u.deadline().ifPresent(d -> t.put("deadline", d.toString()));
        t.put("overdue", u.isOverdue());
      }
    }
    return PRETTY.writeValueAsString(root) + "\n";
  }

  /** A rate target with its figures, or a growth target with its growth: the page draws one or the other. */
  private static void target(TargetCoverage coverage, ObjectNode target) {
    target.put("policySet", coverage.policySetId());
    target.put("key", coverage.target().getKey());
    target.put("rule", coverage.target().getRuleId());
    target.put("verdict", coverage.verdict().name());
    if (coverage.growth().isPresent()) {
      growth(coverage.growth().get(), target.putObject("growth"));
      return;
    }
    target.put("rate", coverage.total().target().orElseThrow());
    figures(coverage.total(), target.putObject("total"));
    ArrayNode divisions = target.putArray("byDivision");
    for (Map.Entry<Division, Figures> entry : coverage.byDivision().entrySet()) {
      ObjectNode division = divisions.addObject();
      division.put("level", entry.getKey().level().name());
      division.put("code", entry.getKey().code());
      figures(entry.getValue(), division.putObject("figures"));
    }
    ObjectNode categories = target.putObject("byCategory");
    coverage.byCategory().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(OrganisationCategory::ordinal)))
        .forEach(entry -> figures(entry.getValue(), categories.putObject(entry.getKey().name())));
    target.put("uncoveredCount", coverage.uncoveredCount());
  }

  /** As {@code coverage-report}'s figures, member for member. */
  private static void figures(Figures figures, ObjectNode node) {
    node.put("base", figures.base());
    node.put("covered", figures.covered());
    node.put("uncovered", figures.uncovered());
    node.put("undecided", figures.undecided());
    node.put("excluded", figures.excluded());
    figures.target().ifPresent(v -> node.put("target", v));
    figures.rate().ifPresent(v -> node.put("rate", v));
    figures.rateShown().ifPresent(v -> node.put("ratePercentShown", v));
    figures.verdict().ifPresent(v -> node.put("verdict", v.name()));
    figures.shortfall().ifPresent(v -> node.put("shortfall", v));
  }

  /** As {@code coverage-report}'s growth. */
  private static void growth(JointGrowth growth, ObjectNode node) {
    node.put("count", growth.count());
    node.put("undecided", growth.undecided());
    node.put("factor", growth.factor());
    growth.baseline().ifPresent(v -> node.put("baseline", v));
    growth.required().ifPresent((BigDecimal v) -> node.put("required", v));
    node.put("verdict", growth.verdict().name());
    growth.shortfall().ifPresent(v -> node.put("shortfall", v));
  }
}
