package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's {@code chromium}, headless. The tool writes a report
 * of a register holding a name with {@code <script>alert(1)</script>} and {@code &}, and one with
 * an {@code <img>} tag; the DOM Chromium renders must hold the charts with their bars, the names
 * as text, and no element the names could have injected. A screenshot of the first screen is
 * taken too; with {@code -Dscreenshot.write=true} it replaces {@code docs/report-screenshot.png}.
 *
 * <p>Chromium missing is a failure saying how to install it ({@code .ci/run} installs it), never a skip.
 */
class ReportBrowserTest {
  @TempDir static Path dir;
  private static Path report;
  private static String dom;

  static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    fail("Chromium is needed to test the HTML report in a browser and was not found (/usr/bin/chromium). Install it:"
        + " sudo apt-get update && sudo apt-get install -y chromium  (.ci/run does this on CI)");
    throw new AssertionError();
  }

  private static String browse(String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(extra));
    command.add(report.toUri().toString());
    Path stdout = Files.createTempFile(dir, "out", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within 120 s: " + command);
    }
    assertEquals(0, process.exitValue(), "chromium's exit code; command " + command);
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void render() throws Exception {
    Path register = TestRegisters.csv(dir.resolve("台账.csv"), TestRegisters.register(400));
    report = dir.resolve("report.html");
    Run run = Run.of("report", register.toString(), "--as-of", "2017-01-01", "-o", report.toString(), "--no-progress");
    assertEquals(0, run.exitCode(), run.toString());
    dom = browse("--dump-dom");
  }

  @Test
  void theChartsRenderWithTheirBars() {
    int charts = count(dom, "<svg class=\"(rate-chart|count-chart[^\"]*|overview-chart)\"");
    assertTrue(charts >= 5, "charts rendered: " + charts);
    assertTrue(count(dom, "<rect class=\"bar (met|short|undecided)\"") > 20, "coverage bars in the DOM");
    assertTrue(count(dom, "<rect class=\"bar (overdue|in-time)\"") > 2, "obligation bars in the DOM");
    assertTrue(dom.contains("<line class=\"target\""), "target lines in the DOM");
  }

  @Test
  void theNamesShowAsTextAndInjectNothing() {
    // serialised by the browser: text shows as escaped, an element would show as a tag
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;武汉示例 &amp; 有限公司"), "the name as text: " + around(dom, "alert(1)"));
    assertTrue(dom.contains("&lt;img src=x id=injected&gt;和平区示例企业"), "the other name as text: " + around(dom, "injected"));
    assertFalse(dom.contains("<script"), "no script element in the rendered DOM");
    assertFalse(dom.contains("<img") || dom.contains("id=\"injected\""), "no injected element");
  }

  @Test
  void theFirstScreenIsCaptured() throws Exception {
    Path shot = dir.resolve("first-screen.png");
    browse("--window-size=1280,900", "--hide-scrollbars", "--screenshot=" + shot);
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 10_000, "a screenshot with something on it: " + png.length + " bytes");
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    if (Boolean.getBoolean("screenshot.write")) {
      Path docs = Path.of(System.getProperty("partyorg.docs", "../docs"));
      Files.copy(shot, docs.resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String around(String text, String needle) {
    int at = text.indexOf(needle);
    return at < 0 ? "(“" + needle + "” not in the DOM)" : text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 120));
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
