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
 * (names, codes) is escaped, so a name containing {@code <script>} stays text.
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
    String title = lang.pick("党组织覆盖情况报告", "Party organisation coverage report");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"partyorg-rules\">\n")
        .append("<title>").append(escape(title)).append(" · ").append(escape(source)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header><h1>").append(heading("党组织覆盖情况报告", "Party organisation coverage report")).append("</h1>\n")
        .append("<p class=\"meta\">").append(escape(lang.pick("台账：", "Register: "))).append("<span class=\"source\">")
        .append(escape(source)).append("</span>").append(escape(lang.pick("；截至", "; as of ")))
        .append(escape(lang.date(report.asOf()))).append(escape(lang.pick("。", "."))).append("</p>\n</header>\n");
    counts();
    overviewChart();
    targetsOverview();
    coverageCharts();
    obligationsByAction();
    obligationsByMonth();
    uncoveredTable();
    rejectedTable();
    out.append("<footer><p>").append(escape(lang.pick(
        "覆盖率按已知情况计算，向下取整显示；因缺少数据无法判断的单位单列为“待定”，不计入基数。本页不含脚本，不联网，可直接打印。",
        "Rates count what is known and are shown rounded down; organisations whose facts do not decide are shown"
            + " as undecided, outside the base. This page holds no script, loads nothing from the network and prints as it is.")))
        .append("</p></footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private String heading(String chinese, String english) {
    return lang == Lang.zh
        ? escape(chinese) + " <span class=\"en\" lang=\"en\">" + escape(english) + "</span>"
        : escape(english);
  }

  private void counts() {
    out.append("<section aria-labelledby=\"h-counts\"><h2 id=\"h-counts\">").append(heading("记录", "Records")).append("</h2>\n")
        .append("<dl class=\"counts\">");
    count("read", lang.pick("读取", "Read"), report.read());
    count("assessed", lang.pick("已评估", "Assessed"), report.assessed());
    count("excluded", lang.pick("不适用任何方案", "Under no policy set"), report.excluded());
    count("rejected", lang.pick("数据有误未予评估", "Rejected as invalid"), report.rejected());
    out.append("</dl></section>\n");
  }

  private void count(String id, String label, long value) {
    out.append("<div class=\"count\" id=\"count-").append(id).append("\"><dt>").append(escape(label)).append("</dt><dd>")
        .append(escape(lang.count(value))).append("</dd></div>");
  }

  /** Every rate target in one chart: its total rate as a bar, its own target as a mark across the row. */
  private void overviewChart() {
    List<TargetCoverage> rated = report.targets().stream().filter(t -> t.growth().isEmpty()).toList();
    out.append("<section aria-labelledby=\"h-overview\"><h2 id=\"h-overview\">").append(heading("各目标完成情况", "Targets at a glance"))
        .append("</h2>\n");
    if (rated.isEmpty()) {
      out.append("<p>").append(escape(lang.pick("所选方案没有覆盖率目标。", "The sets chosen have no rate target."))).append("</p></section>\n");
      return;
    }
    int id = ++chartId;
    int labelWidth = 300;
    int height = ROW * rated.size() + 6;
    int width = labelWidth + BAR_WIDTH + 170;
    String caption = lang.pick("各覆盖率目标：横条为已知的覆盖率，竖标为目标值；绿色为已达到，橙色为未达到，灰色为待定（缺少数据）",
        "Each rate target: the bar is the known rate, the mark the target; green met, orange not met, grey undecided (facts missing)");
    out.append("<figure class=\"chart\"><svg class=\"overview-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-labelledby=\"c").append(id).append("t\"><title id=\"c").append(id).append("t\">").append(escape(caption))
        .append("</title>");
    for (int i = 0; i < rated.size(); i++) {
      TargetCoverage coverage = rated.get(i);
      Figures total = coverage.total();
      BigDecimal target = total.target().orElseThrow();
      int y = i * ROW;
      String label = coverage.policySetId() + " · " + coverage.target().getKey();
      String value = rateText(total) + " / " + percent(target) + " · " + verdictText(coverage.verdict());
      out.append("<g class=\"row\"><text class=\"label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(escape(clip(label, 40))).append("<title>").append(escape(description(coverage)))
          .append("</title></text>");
      out.append("<rect class=\"track\" x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(BAR_WIDTH).append("\" height=\"").append(ROW - 8).append("\"/>");
      if (total.rate().isPresent()) {
        double rate = total.rate().get().doubleValue();
        out.append("<rect class=\"bar ").append(verdictClass(coverage.verdict()).replace("not-met", "short")).append("\" x=\"")
            .append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(rate * BAR_WIDTH))
            .append("\" height=\"").append(ROW - 8).append("\" data-rate=\"").append(share(rate)).append("\"><title>")
            .append(escape(description(coverage) + " " + value)).append("</title></rect>");
      }
      double x = labelWidth + target.doubleValue() * BAR_WIDTH;
      out.append("<line class=\"target\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
          .append(y + 1).append("\" y2=\"").append(y + ROW - 1).append("\"/>");
      out.append("<text class=\"value\" x=\"").append(labelWidth + BAR_WIDTH + 8).append("\" y=\"").append(y + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("</svg><figcaption>").append(escape(caption)).append("</figcaption></figure></section>\n");
  }

  private void targetsOverview() {
    out.append("<section aria-labelledby=\"h-targets\"><h2 id=\"h-targets\">").append(heading("目标", "Targets")).append("</h2>\n")
        .append("<table class=\"targets\"><caption>").append(escape(lang.pick("各方案目标的完成情况", "Each policy set’s targets")))
        .append("</caption>\n<thead><tr>");
    for (String column : List.of(lang.pick("方案", "Policy set"), lang.pick("目标", "Target"), lang.pick("覆盖", "Covered"),
        lang.pick("覆盖率", "Rate"), lang.pick("目标值", "Target rate"), lang.pick("待定", "Undecided"),
        lang.pick("结论", "Verdict"), lang.pick("差额", "Shortfall"))) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (TargetCoverage coverage : report.targets()) {
      out.append("<tr class=\"verdict-").append(verdictClass(coverage.verdict())).append("\"><td>")
          .append(escape(coverage.policySetId())).append("</td><td>").append(escape(description(coverage))).append("</td>");
      if (coverage.growth().isPresent()) {
        JointGrowth growth = coverage.growth().get();
        out.append("<td class=\"num\">").append(escape(growth.count().stripTrailingZeros().toPlainString())).append("</td>")
            .append("<td class=\"num\">–</td><td class=\"num\">")
            .append(escape(growth.required().map(r -> r.stripTrailingZeros().toPlainString())
                .orElse(lang.pick("缺基数", "no baseline"))))
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
        .append(heading("按地区和类别的覆盖率", "Coverage by division and category")).append("</h2>\n");
    for (TargetCoverage coverage : report.targets()) {
      if (coverage.growth().isPresent()) {
        continue;
      }
      List<Bar> rows = new ArrayList<>();
      rows.add(new Bar(lang.pick("合计", "Total"), coverage.total(), "total"));
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
        out.append(escape(lang.pick("（另有" + (divisions.size() - MAX_DIVISION_ROWS) + "个地区未画出）",
            " (" + (divisions.size() - MAX_DIVISION_ROWS) + " more divisions not drawn)")));
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
        .append("<desc id=\"c").append(id).append("d\">").append(escape(lang.pick(
            "横条长度为覆盖率（0至100%），竖线为目标" + percent(target) + "。",
            "Bar length is the rate (0 to 100%); the line is the target, " + percent(target) + ".")))
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
      String value = rateText(figures) + " (" + lang.count(figures.covered()) + "/" + lang.count(figures.base()) + ")";
      if (figures.rate().isPresent()) {
        double rate = figures.rate().get().doubleValue();
        out.append("<rect class=\"bar ").append(reached ? "met" : "short").append("\" x=\"").append(LABEL_WIDTH)
            .append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(rate * BAR_WIDTH)).append("\" height=\"")
            .append(ROW - 8).append("\" data-rate=\"").append(share(rate)).append("\"><title>").append(escape(row.label()))
            .append(": ").append(escape(value)).append("</title></rect>");
      }
      out.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("<line class=\"target\" x1=\"").append(fmt(targetX)).append("\" x2=\"").append(fmt(targetX))
        .append("\" y1=\"0\" y2=\"").append(ROW * rows.size() + 4).append("\"/>")
        .append("<text class=\"target-label\" x=\"").append(fmt(targetX)).append("\" y=\"").append(ROW * rows.size() + 20)
        .append("\" text-anchor=\"middle\">").append(escape(lang.pick("目标", "target") + " " + percent(target)))
        .append("</text></svg>");
  }

  private void obligationsByAction() {
    out.append("<section aria-labelledby=\"h-actions\"><h2 id=\"h-actions\">").append(heading("应办事项", "Obligations by action"))
        .append("</h2>\n");
    Map<RequiredAction, Obligations.Split> byAction = obligations.byAction();
    if (byAction.isEmpty()) {
      out.append("<p>").append(escape(lang.pick("没有应办事项。", "Nothing to do."))).append("</p></section>\n");
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
    countChart("actions", lang.pick("各项应办事项的数目，已逾期与未到期", "Obligations by action, overdue and in time"),
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
      String value = lang.pick("逾期" + split.overdue() + "，未到期" + split.inTime(),
          lang.count(split.overdue()) + " overdue, " + lang.count(split.inTime()) + " in time");
      out.append("<g class=\"row\"><text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(escape(clip(labels.get(i), 16))).append("</text>");
      out.append("<rect class=\"bar overdue\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(fmt(overdueWidth)).append("\" height=\"").append(ROW - 8).append("\" data-count=\"").append(split.overdue())
          .append("\"><title>").append(escape(labels.get(i) + ": " + value)).append("</title></rect>");
      out.append("<rect class=\"bar in-time\" x=\"").append(fmt(LABEL_WIDTH + overdueWidth)).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(fmt(inTimeWidth)).append("\" height=\"").append(ROW - 8).append("\" data-count=\"")
          .append(split.inTime()).append("\"><title>").append(escape(labels.get(i) + ": " + value)).append("</title></rect>");
      out.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 16).append("\">")
          .append(escape(value)).append("</text></g>");
    }
    out.append("</svg>");
  }

  private String legend() {
    return "<span class=\"key overdue\"></span>" + escape(lang.pick("已逾期", "overdue"))
        + " <span class=\"key in-time\"></span>" + escape(lang.pick("未到期", "in time"));
  }

  private void obligationsByMonth() {
    out.append("<section aria-labelledby=\"h-months\"><h2 id=\"h-months\">")
        .append(heading("按月到期与逾期", "Falling due and overdue by month")).append("</h2>\n");
    SortedMap<YearMonth, Obligations.Split> byMonth = obligations.byMonth();
    if (byMonth.isEmpty()) {
      out.append("<p>").append(escape(lang.pick("没有设定期限的应办事项。", "No obligation with a deadline."))).append("</p></section>\n");
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
    countChart("months", lang.pick("各月到期的应办事项，已逾期与未到期", "Obligations by month of their deadline, overdue and in time"),
        labels, values, max);
    out.append("<figcaption>").append(legend()).append("</figcaption></figure></section>\n");
  }

  private void uncoveredTable() {
    out.append("<section aria-labelledby=\"h-uncovered\"><h2 id=\"h-uncovered\">")
        .append(heading("尚未覆盖的单位", "Organisations not covered")).append("</h2>\n");
    long total = uncoveredOrganisations;
    List<List<Uncovered>> rows = uncoveredByOrganisation(report, listed);
    if (total == 0) {
      out.append("<p>").append(escape(lang.pick("没有尚未覆盖的单位。", "Every organisation of every base is covered.")))
          .append("</p></section>\n");
      return;
    }
    out.append("<table class=\"uncovered\"><caption>").append(escape(lang.pick(
        "共" + total + "个单位，按台账顺序列出前" + rows.size() + "个",
        lang.count(total) + " organisations; the first " + lang.count(rows.size()) + " in register order")))
        .append("</caption>\n<thead><tr>");
    for (String column : List.of(lang.pick("序号", "No."), lang.pick("统一社会信用代码", "Credit code"), lang.pick("名称", "Name"),
        lang.pick("行政区划", "Division"), lang.pick("未达到的目标", "Targets missed"), lang.pick("应办事项", "To do"),
        lang.pick("期限", "Deadline"))) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
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
          .append(escape(entries.stream().map(u -> u.policySetId() + "/" + u.target().getKey()).collect(Collectors.joining(", "))))
          .append("</td><td>").append(escape(String.join(lang.pick("、", ", "), actions)))
          .append("</td><td>").append(escape(deadline.map(lang::date).orElse("–")))
          .append(overdue ? escape(lang.pick("（已逾期）", " (overdue)")) : "").append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    if (total > rows.size()) {
      out.append("<p class=\"rest\">").append(escape(lang.pick("另有" + (total - rows.size()) + "个未列出。",
          lang.count(total - rows.size()) + " more not listed."))).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void rejectedTable() {
    if (report.rejected() == 0) {
      return;
    }
    out.append("<section aria-labelledby=\"h-rejected\"><h2 id=\"h-rejected\">").append(heading("数据有误的记录", "Rejected records"))
        .append("</h2>\n<table class=\"rejected\"><caption>").append(escape(lang.pick(
            "共" + report.rejected() + "条", lang.count(report.rejected()) + " in all"))).append("</caption>\n<thead><tr>");
    for (String column : List.of(lang.pick("序号", "No."), lang.pick("统一社会信用代码", "Credit code"), lang.pick("原因", "Reasons"))) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (AssessmentResult result : report.rejectedRecords().stream().limit(listed).toList()) {
      out.append("<tr><td class=\"num\">").append(result.getIndex() + 1).append("</td><td class=\"code\">")
          .append(escape(result.creditCode().orElse("–"))).append("</td><td>");
      List<String> reasons = new ArrayList<>();
      for (Violation violation : result.getRejections()) {
        reasons.add(lang.pick(violation.getMessageZh(), violation.getMessageEn()));
      }
      result.getFailure().ifPresent(failure -> reasons.add(String.valueOf(failure.getMessage())));
      out.append(escape(String.join(lang.pick("；", "; "), reasons))).append("</td></tr>\n");
    }
    out.append("</tbody></table></section>\n");
  }

  private String description(TargetCoverage coverage) {
    return lang.pick(coverage.target().getDescriptionZh(), coverage.target().getDescriptionEn());
  }

  private String rateText(Figures figures) {
    return figures.rateShown().map(r -> r.toPlainString() + "%").orElse(lang.pick("无基数", "no base"));
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
