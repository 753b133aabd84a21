package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;

class ReportPageTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final LocalDate AS_OF = LocalDate.of(2017, 1, 1);
  private static final Pattern BAR = Pattern.compile(
      "<rect class=\"bar (met|short|undecided)\" x=\"(\\d+)\" y=\"[\\d.]+\" width=\"([\\d.]+)\" height=\"\\d+\" data-rate=\"([\\d.]+)\">");

  private static String page(List<Organisation> register, Lang lang) {
    ReportRun run = ReportRun.over(EVALUATOR, AS_OF, register.stream(), 50, CoverageReport.of(EVALUATOR, AS_OF));
    return ReportPage.render(run, "台账<1>.csv", lang, 50);
  }

  private static Organisation firm(int i, String division, boolean withOrganisation) {
    String first17 = "91" + division + String.format(Locale.ROOT, "MA%07d", i);
    return Organisation.builder().creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
        .name("示例企业" + i).category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode(division)
        .headCount(120).formalMembers(withOrganisation ? 3 : 0).probationaryMembers(0)
        .partyOrganisation(withOrganisation ? PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH) : PartyOrganisation.none())
        .build();
  }

  /** The SVG of the coverage chart of one target, found by its caption. */
  private static String chart(String page, String caption) {
    int at = page.indexOf("<figcaption class=\"title\">" + caption);
    assertTrue(at >= 0, "no chart captioned " + caption);
    return page.substring(page.indexOf("<svg", at), page.indexOf("</svg>", at));
  }

  @Test
  void barsAreAsWideAsTheirRatesAndColouredAgainstTheTarget() {
    // Wuhan, 120 staff each: 420102 covered (100%), 420106 not (0%); 50% in total against W's 100%
    String page = page(List.of(firm(1, "420102", true), firm(2, "420106", false)), Lang.zh);
    String description = EVALUATOR.policySet("wuhan-2016").targets().stream()
        .filter(t -> t.getKey().equals("enterprisesWithOrganisation")).findFirst().orElseThrow().getDescriptionZh();
    String svg = chart(page, "wuhan-2016 · " + description);
    List<String[]> bars = new ArrayList<>();
    Matcher m = BAR.matcher(svg);
    while (m.find()) {
      bars.add(new String[] {m.group(1), m.group(3), m.group(4)});
    }
    // total, 420102, 420106, then the category (non-public enterprises), as the total
    assertEquals(4, bars.size(), svg);
    assertEquals("short", bars.get(0)[0]);
    assertEquals(200.0, Double.parseDouble(bars.get(0)[1]), 0.01);
    assertEquals("met", bars.get(1)[0]);
    assertEquals(ReportPage.BAR_WIDTH, Double.parseDouble(bars.get(1)[1]), 0.01);
    assertEquals("short", bars.get(2)[0]);
    assertEquals(0.0, Double.parseDouble(bars.get(2)[1]), 0.01);
    assertTrue(svg.contains("<line class=\"target\" x1=\"600\" x2=\"600\""), "the target line at 100%: " + svg);
    assertTrue(svg.contains(">420102<") && svg.contains(">420106<"), svg);
    assertTrue(svg.contains("role=\"img\"") && svg.contains("<title id="), "charts carry a title for screen readers");
  }

  @Test
  void everyBarOfALargerRegisterIsItsRateTimesTheWidth() {
    String page = page(TestRegisters.register(400), Lang.zh);
    Matcher m = BAR.matcher(page);
    int bars = 0;
    while (m.find()) {
      bars++;
      assertEquals(Double.parseDouble(m.group(4)) * ReportPage.BAR_WIDTH, Double.parseDouble(m.group(3)), 0.02, m.group());
    }
    assertTrue(bars > 20, "bars: " + bars);
  }

  @Test
  void textFromTheRegisterStaysText() {
    String page = page(TestRegisters.register(60), Lang.zh);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;武汉示例 &amp; 有限公司"), "the name escaped");
    assertTrue(page.contains("&lt;img src=x id=injected&gt;"), "the other name escaped");
    assertFalse(page.contains("<script"), "no script element at all");
    assertFalse(page.contains("<img"), "no injected element");
    assertTrue(page.contains("台账&lt;1&gt;.csv"), "the file name escaped too");
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    String page = page(TestRegisters.register(60), Lang.en);
    assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    String withoutNamespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(withoutNamespace.contains("http:") || withoutNamespace.contains("https:"), "no URL");
    assertFalse(page.contains("src=\"") || page.contains("href=") || page.contains("@import") || page.contains("url("));
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(page.contains("Party organisation coverage report") && !page.contains("党组织覆盖情况报告"), "English only with --lang en");
  }

  @Test
  void chineseComesFirstWithEnglishBeside() {
    String page = page(TestRegisters.register(60), Lang.zh);
    assertTrue(page.contains("<h1>党组织覆盖情况报告 <span class=\"en\" lang=\"en\">Party organisation coverage report</span></h1>"));
    assertTrue(page.contains("截至2017年1月1日"));
    assertTrue(page.contains("<th scope=\"col\">统一社会信用代码</th>"), "table headers");
  }

  @Test
  void theUncoveredTableListsTheFirstAndCountsTheRest() {
    ReportRun run = ReportRun.over(EVALUATOR, AS_OF, TestRegisters.register(400).stream(), 50, CoverageReport.of(EVALUATOR, AS_OF));
    long total = run.uncoveredOrganisations();
    long perTarget = run.report().targets().stream().mapToLong(t -> t.uncoveredCount()).sum();
    assertTrue(total < perTarget && total <= 400, "organisations counted once: " + total + " of " + perTarget);
    String page = ReportPage.render(run, "x.csv", Lang.zh, 7);
    String table = page.substring(page.indexOf("<table class=\"uncovered\">"), page.indexOf("</table>", page.indexOf("<table class=\"uncovered\">")));
    assertEquals(7, table.split("<tr", -1).length - 2, "7 rows below the header");
    assertTrue(table.contains("<th scope=\"row\" class=\"num\">1</th>"), "the first record first: " + table);
    assertTrue(total > 7);
    assertTrue(page.contains("另有" + (total - 7) + "个单位未列出。"), "the rest counted");
  }

  @Test
  void targetsAreNamedByRuleAndDescriptionNeverByTheirKey() {
    for (Lang lang : Lang.values()) {
      String page = page(TestRegisters.register(200), lang);
      for (var set : List.of("wuhan-2016", "liaoning-2016")) {
        for (var target : EVALUATOR.policySet(set).targets()) {
          // "coverage" is a word of the page too; the others are names no page text has
          assertFalse(target.getKey().chars().anyMatch(Character::isUpperCase) && page.contains(target.getKey()),
              lang + ": the key " + target.getKey() + " shown");
        }
      }
      // W11 has three targets: each row of the overview names its own
      var w11 = EVALUATOR.policySet("wuhan-2016").targets().stream().filter(t -> t.getRuleId().equals("W11")).toList();
      assertTrue(w11.size() > 1);
      String overview = page.substring(page.indexOf("<svg class=\"overview-chart\""), page.indexOf("</svg>", page.indexOf("overview-chart")));
      for (var target : w11) {
        String label = "wuhan-2016 W11 " + (lang == Lang.zh ? target.getDescriptionZh() : target.getDescriptionEn());
        assertTrue(overview.contains("<title>" + Html.escape(label) + "</title>"), lang + " " + label);
      }
    }
  }

  @Test
  void aLabelIsCutToItsWidthOnlyWhenItDoesNotFit() {
    assertEquals("一二三四五", ReportPage.clipToWidth("一二三四五", 60), "5 × 12 fits in 60");
    assertEquals("一二三四…", ReportPage.clipToWidth("一二三四五六", 60), "6 × 12 does not: 4 characters and the …");
    assertEquals("abcdefgh", ReportPage.clipToWidth("abcdefgh", 56));
    assertEquals("abcdef…", ReportPage.clipToWidth("abcdefghi", 56));
  }

  @Test
  void theRegistersNameIsShownWholeAndEscaped() {
    String name = "2016年11月".repeat(10) + "<b>.csv";
    ReportRun run = ReportRun.over(EVALUATOR, AS_OF, TestRegisters.register(20).stream(), 50, CoverageReport.of(EVALUATOR, AS_OF));
    String zh = ReportPage.render(run, name, Lang.zh, 50);
    assertTrue(zh.contains("台账“<span class=\"source\">" + Html.escape(name) + "</span>”，截至2017年1月1日"), zh.substring(0, 2000));
    String en = ReportPage.render(run, name, Lang.en, 50);
    assertTrue(en.contains("Register “<span class=\"source\">" + Html.escape(name) + "</span>”, as of 1 January 2017"));
  }

  @Test
  void theCaptionsCountInTheReadersLanguage() {
    ReportRun run = ReportRun.over(EVALUATOR, AS_OF, TestRegisters.register(400).stream(), 50, CoverageReport.of(EVALUATOR, AS_OF));
    long total = run.uncoveredOrganisations();
    String some = ReportPage.render(run, "x.csv", Lang.en, 1);
    assertTrue(some.contains(String.format(Locale.ROOT, "%,d organisations; the first 1 in register order", total)), "listed 1 of many");
    assertTrue(some.contains(String.format(Locale.ROOT, "%,d more organisations not listed.", total - 1)));
    ReportRun small = ReportRun.over(EVALUATOR, AS_OF, TestRegisters.register(20).stream(), 50, CoverageReport.of(EVALUATOR, AS_OF));
    String all = ReportPage.render(small, "x.csv", Lang.zh, 50);
    assertTrue(all.contains("共" + small.uncoveredOrganisations() + "个单位，按台账顺序列出</caption>"), "all listed");
    assertFalse(all.contains("个单位未列出"), "none left");
    String one = ReportPage.render(small, "x.csv", Lang.en, (int) small.uncoveredOrganisations() - 1);
    assertTrue(one.contains("1 more organisation not listed."), "one left: singular");
  }

  @Test
  void obligationChartsDrawOverdueAndInTime() {
    String page = page(TestRegisters.register(200), Lang.zh);
    assertTrue(page.contains("<svg class=\"count-chart actions\""));
    assertTrue(page.contains("<svg class=\"count-chart months\""));
    assertTrue(page.contains("2016年11月"), "months in Chinese");
    assertTrue(page.contains("class=\"bar overdue\"") && page.contains("class=\"bar in-time\""));
  }
}
