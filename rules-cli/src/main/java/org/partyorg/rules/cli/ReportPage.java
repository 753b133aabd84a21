package org.partyorg.rules.cli;

import static org.partyorg.rules.cli.Html.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Violation;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.Division;
import org.partyorg.rules.register.Figures;
import org.partyorg.rules.register.JointGrowth;
import org.partyorg.rules.register.TargetCoverage;
import org.partyorg.rules.register.Uncovered;
import org.partyorg.rules.register.Verdict;

/**
 * The report as one self-contained HTML page: no script, no external style, font or image (a
 * Content-Security-Policy of {@code default-src 'none'} says so to the browser too), charts drawn
 * here as inline SVG, styles for screen and print inline. Every text that comes from a register
 * (names, codes) is escaped, so a name containing {@code <script>} stays text; so is every text of
 * the page's own, read from {@code report-page_{zh,en}.properties} ({@link CliTexts#page}).
 *
 * <p>Charts: coverage against each rate target in total, by division and by category (bars whose
 * width is the rate, a line at the target); obligations by action and by month of their deadline,
 * overdue and in time; then the organisations not covered, the first {@code listed} of them with
 * the count of the rest, and the rejected records with their reasons.
 */
final class ReportPage {
  /** The drawing area of a bar: 0 % to 100 % (or 0 to the largest count) spans this many SVG units. */
  static final int BAR_WIDTH = 400;

  private static final int LABEL_WIDTH = 200;
  private static final int ROW = 24;
  private static final int MAX_DIVISION_ROWS = 15;
  /** The overview chart's width in SVG units, the rate charts' too: a target's label runs across it. */
  private static final int OVERVIEW_WIDTH = LABEL_WIDTH + BAR_WIDTH + 170;
  /** Stands for the register's name in the line under the title until it is escaped: a private-use character. */
  private static final String SOURCE_MARK = "\uE000";

  private final CoverageReport report;
  private final Obligations obligations;
  private final long uncoveredOrganisations;
  private final String source;
  private final Lang lang;
  private final int listed;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private int chartId;

  private ReportPage(ReportRun run, String source, Lang lang, int listed) {
    this.report = run.report();
    this.obligations = run.obligations();
    this.uncoveredOrganisations = run.uncoveredOrganisations();
    this.source = source;
    this.lang = lang;
    this.listed = listed;
  }

  /**
   * The page.
   *
   * @param source what the register was read from, as the page names it (a file name)
   * @param listed how many organisations not covered, and rejected records, to list
   */
  static String render(ReportRun run, String source, Lang lang, int listed) {
    return new ReportPage(run, source, lang, listed).page();
  }

  /**
   * The first {@code listed} organisations not covered by some target, in register order, each
   * with its entries for every target it misses. Exact when the report kept {@code listed} per
   * target: an organisation among the first {@code listed} overall is among the first of each
   * of its targets.
   */
  static List<List<Uncovered>> uncoveredByOrganisation(CoverageReport report, int listed) {
    java.util.TreeMap<Long, List<Uncovered>> byIndex = new java.util.TreeMap<>();
    report.targets().forEach(t -> t.uncovered().forEach(u -> byIndex.computeIfAbsent(u.index(), i -> new ArrayList<>()).add(u)));
    return byIndex.values().stream().limit(listed).toList();
  }

  private String page() {
    String title = text("page.title");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"partyorg-rules\">\n")
        .append("<title>").append(escape(title)).append(" · ").append(escape(source)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    // the file's name goes in as a mark, replaced after escaping by its own escaped span: never cut, never markup
    String meta = escape(text("page.meta", "source", new CliTexts.Verbatim(SOURCE_MARK), "asOf", report.asOf()))
        .replace(SOURCE_MARK, "<span class=\"source\">" + escape(source) + "</span>");
    out.append("<header><h1>").append(heading("page.title")).append("</h1>\n")
        .append("<p class=\"meta\">").append(meta).append("</p>\n</header>\n");
    counts();
    overviewChart();
    targetsOverview();
    coverageCharts();
    obligationsByAction();
    obligationsByMonth();
    uncoveredTable();
    rejectedTable();
    out.append("<footer><p>").append(escape(text("page.footer")))
        .append("</p></footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A heading: in a Chinese page the English one follows in grey, for the reader who checks a term. */
  private String heading(String key) {
    return lang == Lang.zh
        ? escape(CliTexts.page(Lang.zh, key)) + " <span class=\"en\" lang=\"en\">" + escape(CliTexts.page(Lang.en, key)) + "</span>"
        : escape(CliTexts.page(Lang.en, key));
  }

  /** The page's text {@code key} in the page's language, unescaped. */
  private String text(String key, Object... namesAndValues) {
    return CliTexts.page(lang, key, namesAndValues);
  }

  private void counts() {
    out.append("<section aria-labelledby=\"h-counts\"><h2 id=\"h-counts\">").append(heading("page.heading.counts")).append("</h2>\n")
        .append("<dl class=\"counts\">");
    count("read", text("page.label.read"), report.read());
    count("assessed", text("page.label.assessed"), report.assessed());
    count("excluded", text("page.label.excluded"), report.excluded());
    count("rejected", text("page.label.rejected"), report.rejected());
    out.append("</dl></section>\n");
  }

  private void count(String id, String label, long value) {
    out.append("<div class=\"count\" id=\"count-").append(id).append("\"><dt>").append(escape(label)).append("</dt><dd>")
        .append(escape(lang.count(value))).append("</dd></div>");
  }

  /** Every rate target in one chart: its total rate as a bar, its own target as a mark across the row. */
  private void overviewChart() {
    List<TargetCoverage> rated = report.targets().stream().filter(t -> t.growth().isEmpty()).toList();
    out.append("<section aria-labelledby=\"h-overview\"><h2 id=\"h-overview\">").append(heading("page.heading.overview"))
        .append("</h2>\n");
    if (rated.isEmpty()) {
      out.append("<p>").append(escape(text("page.note.no-rate-target"))).append("</p></section>\n");
      return;
    }
    int id = ++chartId;
    // each row two lines: the target named by its rule and description across the chart, its bar below; several
    // targets share a rule (W11 has three), so the rule alone would not tell them apart
    int row = ROW + 22;
    int barWidth = BAR_WIDTH;
    int height = row * rated.size() + 6;
    int width = OVERVIEW_WIDTH;
    String caption = text("page.caption.overview");
    out.append("<figure class=\"chart\"><svg class=\"overview-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"c").append(id).append("t\"><title id=\"c").append(id).append("t\">").append(escape(caption))
        .append("</title>");
    for (int i = 0; i < rated.size(); i++) {
      TargetCoverage coverage = rated.get(i);
      Figures total = coverage.total();
      BigDecimal target = total.target().orElseThrow();
      int y = i * row;
      int barY = y + 18;
      String label = targetName(coverage) + " " + description(coverage);
      String value = text("page.value.overview", "rate", new CliTexts.Verbatim(rateText(total)),
          "target", new CliTexts.Verbatim(percent(target)), "verdict", new CliTexts.Verbatim(verdictText(coverage.verdict())));
      out.append("<g class=\"row\"><text class=\"label\" x=\"0\" y=\"").append(y + 16).append("\">")
          .append(escape(clipToWidth(label, OVERVIEW_WIDTH - 8))).append("<title>").append(escape(label)).append("</title></text>");
      out.append("<rect class=\"track\" x=\"0\" y=\"").append(barY + 4).append("\" width=\"")
          .append(barWidth).append("\" height=\"").append(ROW - 8).append("\"/>");
      if (total.rate().isPresent()) {
        double rate = total.rate().get().doubleValue();
        out.append("<rect class=\"bar ").append(verdictClass(coverage.verdict()).replace("not-met", "short"))
            .append("\" x=\"0\" y=\"").append(barY + 4).append("\" width=\"").append(fmt(rate * barWidth))
            .append("\" height=\"").append(ROW - 8).append("\" data-rate=\"").append(share(rate)).append("\"><title>")
            .append(escape(label + "\n" + value)).append("</title></rect>");
      }
      double x = target.doubleValue() * barWidth;
      out.append("<line class=\"target\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
          .append(barY + 1).append("\" y2=\"").append(barY + ROW - 1).append("\"/>");
      out.append("<text class=\"value\" x=\"").append(barWidth + 8).append("\" y=\"").append(barY + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("</svg><figcaption>").append(escape(caption)).append("</figcaption></figure></section>\n");
  }

  private void targetsOverview() {
    out.append("<section aria-labelledby=\"h-targets\"><h2 id=\"h-targets\">").append(heading("page.heading.targets")).append("</h2>\n")
        .append("<table class=\"targets\"><caption>").append(escape(text("page.caption.targets")))
        .append("</caption>\n<thead><tr>");
    columns("page.column.set", "page.column.target", "page.column.covered", "page.column.rate", "page.column.target-rate",
        "page.column.undecided", "page.column.verdict", "page.column.shortfall");
    out.append("</tr></thead>\n<tbody>\n");
    for (TargetCoverage coverage : report.targets()) {
      out.append("<tr class=\"verdict-").append(verdictClass(coverage.verdict())).append("\"><td>")
          .append(escape(coverage.policySetId())).append("</td><td>").append(escape(description(coverage))).append("</td>");
      if (coverage.growth().isPresent()) {
        JointGrowth growth = coverage.growth().get();
        out.append("<td class=\"num\">").append(escape(growth.count().stripTrailingZeros().toPlainString())).append("</td>")
            .append("<td class=\"num\">–</td><td class=\"num\">")
            .append(escape(growth.required().map(r -> r.stripTrailingZeros().toPlainString())
                .orElse(text("page.value.no-baseline"))))
            .append("</td><td class=\"num\">").append(escape(lang.count(growth.undecided()))).append("</td><td>")
            .append(escape(verdictText(coverage.verdict()))).append("</td><td class=\"num\">")
            .append(growth.shortfall().isPresent() ? escape(lang.count(growth.shortfall().getAsLong())) : "–")
            .append("</td></tr>\n");
        continue;
      }
      Figures total = coverage.total();
      out.append("<td class=\"num\">").append(escape(lang.count(total.covered()))).append(" / ")
          .append(escape(lang.count(total.base()))).append("</td><td class=\"num\">").append(escape(rateText(total)))
          .append("</td><td class=\"num\">").append(escape(percent(total.target().orElseThrow()))).append("</td><td class=\"num\">")
          .append(escape(lang.count(total.undecided()))).append("</td><td>").append(escape(verdictText(coverage.verdict())))
          .append("</td><td class=\"num\">").append(escape(lang.count(total.shortfall().orElseThrow()))).append("</td></tr>\n");
    }
    out.append("</tbody></table></section>\n");
  }

  private void coverageCharts() {
    out.append("<section aria-labelledby=\"h-coverage\"><h2 id=\"h-coverage\">")
        .append(heading("page.heading.coverage")).append("</h2>\n");
    for (TargetCoverage coverage : report.targets()) {
      if (coverage.growth().isPresent()) {
        continue;
      }
      List<Bar> rows = new ArrayList<>();
      rows.add(new Bar(text("page.label.total"), coverage.total(), "total"));
      Division.Level level = divisionLevel(coverage);
      List<Map.Entry<Division, Figures>> divisions = coverage.byDivision().entrySet().stream()
          .filter(e -> e.getKey().level() == level && e.getValue().base() > 0).collect(Collectors.toList());
      for (Map.Entry<Division, Figures> entry : divisions.subList(0, Math.min(MAX_DIVISION_ROWS, divisions.size()))) {
        rows.add(new Bar(entry.getKey().code(), entry.getValue(), "division"));
      }
      for (Map.Entry<OrganisationCategory, Figures> entry : coverage.byCategory().entrySet()) {
        if (entry.getValue().base() > 0) {
          rows.add(new Bar(lang.pick(entry.getKey().chineseName(), entry.getKey().englishName()), entry.getValue(), "category"));
        }
      }
      String caption = coverage.policySetId() + " · " + description(coverage);
      out.append("<figure class=\"chart\"><figcaption class=\"title\">").append(escape(caption));
      if (divisions.size() > MAX_DIVISION_ROWS) {
        out.append(escape(lang.pick("", " ") + text("page.caption.divisions-not-drawn", "count",
            (long) divisions.size() - MAX_DIVISION_ROWS)));
      }
      out.append("</figcaption>");
      rateChart(caption, rows, coverage.total().target().orElseThrow());
      out.append("</figure>\n");
    }
    out.append("</section>\n");
  }

  /** Districts when the target's organisations lie in one city, otherwise cities. */
  private static Division.Level divisionLevel(TargetCoverage coverage) {
    long cities = coverage.byDivision().keySet().stream().filter(d -> d.level() == Division.Level.CITY).count();
    return cities <= 1 ? Division.Level.DISTRICT : Division.Level.CITY;
  }

  private record Bar(String label, Figures figures, String kind) {}

  private void rateChart(String caption, List<Bar> rows, BigDecimal target) {
    int id = ++chartId;
    int height = ROW * rows.size() + 30;
    int width = LABEL_WIDTH + BAR_WIDTH + 170;
    double targetX = LABEL_WIDTH + target.doubleValue() * BAR_WIDTH;
    out.append("<svg class=\"rate-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"c").append(id).append("t c").append(id).append("d\" data-target=\"")
        .append(target.toPlainString()).append("\">")
        .append("<title id=\"c").append(id).append("t\">").append(escape(caption)).append("</title>")
        .append("<desc id=\"c").append(id).append("d\">").append(escape(text("page.note.rate-chart", "rate", new CliTexts.Verbatim(percent(target)))))
        .append("</desc>");
    out.append("<rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"0\" width=\"").append(BAR_WIDTH)
        .append("\" height=\"").append(ROW * rows.size()).append("\"/>");
    for (int i = 0; i < rows.size(); i++) {
      Bar row = rows.get(i);
      Figures figures = row.figures();
      int y = i * ROW;
      // coloured by what is known: the shown rate against the target (the verdict, which weighs the undecided, is in the table)
      boolean reached = figures.rate().map(r -> r.compareTo(target) >= 0).orElse(false);
      out.append("<g class=\"row ").append(row.kind()).append("\">");
      out.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(escape(clip(row.label(), 16))).append("</text>");
      String value = text("page.value.rate", "rate", new CliTexts.Verbatim(rateText(figures)), "covered", figures.covered(),
          "base", figures.base());
      if (figures.rate().isPresent()) {
        double rate = figures.rate().get().doubleValue();
        out.append("<rect class=\"bar ").append(reached ? "met" : "short").append("\" x=\"").append(LABEL_WIDTH)
            .append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(rate * BAR_WIDTH)).append("\" height=\"")
            .append(ROW - 8).append("\" data-rate=\"").append(share(rate)).append("\"><title>").append(escape(row.label()))
            .append(escape(lang.pick("：", ": "))).append(escape(value)).append("</title></rect>");
      }
      out.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("<line class=\"target\" x1=\"").append(fmt(targetX)).append("\" x2=\"").append(fmt(targetX))
        .append("\" y1=\"0\" y2=\"").append(ROW * rows.size() + 4).append("\"/>")
        .append("<text class=\"target-label\" x=\"").append(fmt(targetX)).append("\" y=\"").append(ROW * rows.size() + 20)
        .append("\" text-anchor=\"middle\">")
        .append(escape(text("page.label.target-line", "rate", new CliTexts.Verbatim(percent(target)))))
        .append("</text></svg>");
  }

  private void obligationsByAction() {
    out.append("<section aria-labelledby=\"h-actions\"><h2 id=\"h-actions\">").append(heading("page.heading.actions"))
        .append("</h2>\n");
    Map<RequiredAction, Obligations.Split> byAction = obligations.byAction();
    if (byAction.isEmpty()) {
      out.append("<p>").append(escape(text("page.note.nothing-to-do"))).append("</p></section>\n");
      return;
    }
    long max = byAction.values().stream().mapToLong(Obligations.Split::total).max().orElse(1);
    List<String> labels = new ArrayList<>();
    List<Obligations.Split> values = new ArrayList<>();
    byAction.forEach((action, split) -> {
      labels.add(lang.pick(action.chineseName(), action.englishName()));
      values.add(split);
    });
    out.append("<figure class=\"chart\">");
    countChart("actions", text("page.caption.actions"),
        labels, values, max);
    out.append("<figcaption>").append(legend()).append("</figcaption></figure></section>\n");
  }

  private void countChart(String kind, String caption, List<String> labels, List<Obligations.Split> values, long max) {
    int id = ++chartId;
    int height = ROW * labels.size() + 6;
    int width = LABEL_WIDTH + BAR_WIDTH + 170;
    out.append("<svg class=\"count-chart ").append(kind).append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"c").append(id).append("t\"><title id=\"c").append(id).append("t\">").append(escape(caption))
        .append("</title>");
    for (int i = 0; i < labels.size(); i++) {
      Obligations.Split split = values.get(i);
      int y = i * ROW;
      double overdueWidth = (double) split.overdue() / max * BAR_WIDTH;
      double inTimeWidth = (double) split.inTime() / max * BAR_WIDTH;
      String value = text("page.value.split", "overdue", split.overdue(), "inTime", split.inTime());
      out.append("<g class=\"row\"><text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(escape(clip(labels.get(i), 16))).append("</text>");
      out.append("<rect class=\"bar overdue\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(fmt(overdueWidth)).append("\" height=\"").append(ROW - 8).append("\" data-count=\"").append(split.overdue())
          .append("\"><title>").append(escape(labels.get(i) + lang.pick("：", ": ") + value)).append("</title></rect>");
      out.append("<rect class=\"bar in-time\" x=\"").append(fmt(LABEL_WIDTH + overdueWidth)).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(fmt(inTimeWidth)).append("\" height=\"").append(ROW - 8).append("\" data-count=\"")
          .append(split.inTime()).append("\"><title>").append(escape(labels.get(i) + lang.pick("：", ": ") + value)).append("</title></rect>");
      out.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("</svg>");
  }

  private String legend() {
    return "<span class=\"key overdue\"></span>" + escape(text("page.legend.overdue"))
        + " <span class=\"key in-time\"></span>" + escape(text("page.legend.in-time"));
  }

  private void obligationsByMonth() {
    out.append("<section aria-labelledby=\"h-months\"><h2 id=\"h-months\">")
        .append(heading("page.heading.months")).append("</h2>\n");
    SortedMap<YearMonth, Obligations.Split> byMonth = obligations.byMonth();
    if (byMonth.isEmpty()) {
      out.append("<p>").append(escape(text("page.note.no-deadline"))).append("</p></section>\n");
      return;
    }
    long max = byMonth.values().stream().mapToLong(Obligations.Split::total).max().orElse(1);
    List<String> labels = new ArrayList<>();
    List<Obligations.Split> values = new ArrayList<>();
    byMonth.forEach((month, split) -> {
      labels.add(lang.month(month));
      values.add(split);
    });
    out.append("<figure class=\"chart\">");
    countChart("months", text("page.caption.months"),
        labels, values, max);
    out.append("<figcaption>").append(legend()).append("</figcaption></figure></section>\n");
  }

  private void uncoveredTable() {
    out.append("<section aria-labelledby=\"h-uncovered\"><h2 id=\"h-uncovered\">")
        .append(heading("page.heading.uncovered")).append("</h2>\n");
    long total = uncoveredOrganisations;
    List<List<Uncovered>> rows = uncoveredByOrganisation(report, listed);
    if (total == 0) {
      out.append("<p>").append(escape(text("page.note.all-covered")))
          .append("</p></section>\n");
      return;
    }
    out.append("<table class=\"uncovered\"><caption>")
        .append(escape(text(total > rows.size() ? "page.caption.uncovered-first" : "page.caption.uncovered-all",
            "total", total, "listed", (long) rows.size())))
        .append("</caption>\n<thead><tr>");
    columns("page.column.number", "page.column.credit-code", "page.column.name", "page.column.division",
        "page.column.targets-missed", "page.column.actions", "page.column.deadline");
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Uncovered> entries : rows) {
      Uncovered first = entries.get(0);
      var organisation = first.organisation();
      boolean overdue = entries.stream().anyMatch(Uncovered::isOverdue);
      java.util.LinkedHashSet<String> actions = new java.util.LinkedHashSet<>();
      entries.forEach(u -> u.actions().forEach(a -> actions.add(lang.pick(a.chineseName(), a.englishName()))));
      java.util.Optional<java.time.LocalDate> deadline = entries.stream().flatMap(u -> u.deadline().stream()).min(java.util.Comparator.naturalOrder());
      out.append("<tr").append(overdue ? " class=\"overdue\"" : "").append("><th scope=\"row\" class=\"num\">")
          .append(first.index() + 1).append("</th><td class=\"code\">").append(escape(organisation.getCreditCode()))
          .append("</td><td class=\"name\">").append(escape(organisation.getName())).append("</td><td>")
          .append(escape(organisation.getDivisionCode())).append("</td><td>")
          .append(targetsMissed(entries)).append("</td><td>").append(escape(String.join(lang.pick("、", ", "), actions)))
          .append("</td><td>").append(escape(deadline.map(d -> overdue ? text("page.value.deadline-overdue", "deadline", d)
              : lang.date(d)).orElse("–")))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    if (total > rows.size()) {
      out.append("<p class=\"rest\">").append(escape(text("page.note.more-uncovered", "count", total - rows.size())))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void rejectedTable() {
    if (report.rejected() == 0) {
      return;
    }
    out.append("<section aria-labelledby=\"h-rejected\"><h2 id=\"h-rejected\">").append(heading("page.heading.rejected"))
        .append("</h2>\n<table class=\"rejected\"><caption>");
    List<AssessmentResult> shown = report.rejectedRecords().stream().limit(listed).toList();
    out.append(escape(text(report.rejected() > shown.size() ? "page.caption.rejected-first" : "page.caption.rejected-all",
        "total", report.rejected(), "listed", (long) shown.size()))).append("</caption>\n<thead><tr>");
    columns("page.column.number", "page.column.credit-code", "page.column.reasons");
    out.append("</tr></thead>\n<tbody>\n");
    for (AssessmentResult result : shown) {
      out.append("<tr><td class=\"num\">").append(result.getIndex() + 1).append("</td><td class=\"code\">")
          .append(escape(result.creditCode().orElse("–"))).append("</td><td>");
      List<String> reasons = new ArrayList<>();
      for (Violation violation : result.getRejections()) {
        reasons.add(lang.pick(violation.getMessageZh(), violation.getMessageEn()));
      }
      result.getFailure().ifPresent(failure -> reasons.add(String.valueOf(failure.getMessage())));
      out.append(escape(String.join(lang.pick("；", "; "), reasons))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    if (report.rejected() > shown.size()) {
      out.append("<p class=\"rest\">").append(escape(text("page.note.more-rejected", "count", report.rejected() - shown.size())))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  /** A table's header cells, one for each text key. */
  private void columns(String... keys) {
    for (String key : keys) {
      out.append("<th scope=\"col\">").append(escape(text(key))).append("</th>");
    }
  }

  /**
   * The targets an organisation misses, each by its set and rule, the descriptions (which tell apart the targets of one
   * rule) shown on hover; escaped markup.
   */
  private String targetsMissed(List<Uncovered> entries) {
    Map<String, List<String>> byRule = new java.util.LinkedHashMap<>();
    entries.forEach(u -> byRule.computeIfAbsent(u.policySetId() + " " + u.target().getRuleId(), r -> new ArrayList<>())
        .add(lang.pick(u.target().getDescriptionZh(), u.target().getDescriptionEn())));
    return byRule.entrySet().stream()
        .map(e -> "<span title=\"" + escape(String.join("\n", e.getValue())) + "\">" + escape(e.getKey()) + "</span>")
        .collect(Collectors.joining(escape(lang.pick("、", ", "))));
  }

  /** A target as a short label: its set and the rule it comes from (wuhan-2016 W3), as docs/RULES.md names them. */
  private static String targetName(TargetCoverage coverage) {
    return coverage.policySetId() + " " + coverage.target().getRuleId();
  }

  private String description(TargetCoverage coverage) {
    return lang.pick(coverage.target().getDescriptionZh(), coverage.target().getDescriptionEn());
  }

  private String rateText(Figures figures) {
    return figures.rateShown().map(r -> r.toPlainString() + "%").orElse(text("page.value.no-base"));
  }

  private String verdictText(Verdict verdict) {
    return lang.verdict(verdict);
  }

  private static String verdictClass(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
  }

  /** A coordinate with at most two decimals, always with a dot. */
  static String fmt(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** A share between 0 and 1 to six decimals, for the bars' data-rate (tests and scripts read it). */
  static String share(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /**
   * The text cut with … to fit about {@code width} SVG units at the charts' 12-unit font: a Chinese character or
   * full-width mark counts 12, anything else 7 (a generous average for Latin letters and digits).
   */
  static String clipToWidth(String text, int width) {
    if (width(text) <= width) {
      return text;
    }
    int used = 12; // the …
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      used += width(text.codePointAt(i));
      if (used > width) {
        return text.substring(0, i) + "…";
      }
    }
    return text;
  }

  private static int width(String text) {
    return text.codePoints().map(ReportPage::width).sum();
  }

  private static int width(int c) {
    return Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 12 : 7;
  }

  private static String clip(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static final String STYLE = """
      :root { color-scheme: light; --met: #2e7d32; --short: #c65f00; --overdue: #b71c1c; --in-time: #1565c0; --ink: #1d1d1f; --muted: #5f6368; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff;
        font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
          "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; line-height: 1.5; }
      main { max-width: 1000px; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
      .en { color: var(--muted); font-weight: normal; font-size: .8em; margin-left: .4em; }
      .meta { color: var(--muted); margin: 0; }
      .counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; }
      .count { border: 1px solid #ddd; border-radius: 6px; padding: .4rem .9rem; min-width: 9rem; }
      .count dt { color: var(--muted); font-size: .85rem; }
      .count dd { margin: 0; font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
      table { border-collapse: collapse; width: 100%; font-size: .9rem; }
      caption { text-align: left; color: var(--muted); padding: .25rem 0; }
      th, td { border-bottom: 1px solid #e5e5e5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
      th { background: #f5f5f7; }
      table.targets td:nth-child(n+3), table.targets th:nth-child(n+3) { white-space: nowrap; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: nowrap; }
      tr.verdict-met td:nth-child(7) { color: var(--met); font-weight: 600; }
      tr.verdict-not-met td:nth-child(7) { color: var(--short); font-weight: 600; }
      tr.overdue td:last-child { color: var(--overdue); }
      figure.chart { margin: 1rem 0; }
      figcaption { color: var(--muted); font-size: .85rem; }
      figcaption.title { color: var(--ink); font-weight: 600; font-size: .95rem; margin-bottom: .25rem; }
      svg { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
      svg .track { fill: #f3f3f3; }
      svg .bar.met { fill: var(--met); }
      svg .bar.short { fill: var(--short); }
      svg .bar.undecided { fill: #8a8f98; }
      svg .bar.overdue, .key.overdue { fill: var(--overdue); background: var(--overdue); }
      svg .bar.in-time, .key.in-time { fill: var(--in-time); background: var(--in-time); }
      svg .row.total .label { font-weight: 600; }
      svg .label, svg .value { fill: var(--ink); }
      svg .target { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 4 3; }
      svg .target-label { fill: var(--ink); font-weight: 600; }
      .key { display: inline-block; width: .8em; height: .8em; margin: 0 .25em 0 .75em; vertical-align: -.05em; }
      .rest { color: var(--muted); }
      footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
      @media print {
        main { max-width: none; padding: 0; }
        section, figure, tr { break-inside: avoid; }
        h2 { break-after: avoid; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;
}
