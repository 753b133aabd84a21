package org.partyorg.rules.examples.ownset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.Evaluator;

/**
 * The README's guide "Adding a document" walks through this module: every line of Java it shows
 * is a line of this module's code (the caller's example is compiled and run here), and the
 * service file it shows is this module's, so the guide cannot drift from the code.
 */
class GuideTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theCallersExampleWorks() {
    Evaluator evaluator = Fixtures.EVALUATOR;
    Organisation firm = Organisation.builder()
        .creditCode("91320102MA00000018").name("南京示例科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode("320102")
        .headCount(120)
        .addTraits(Trait.of("HIGH_TECH"))
        .putExtraFacts("serviceStation", false)
        .build();
    Assessment assessment = evaluator.assess(firm, LocalDate.of(2026, 6, 1));
    Finding x1 = assessment.finding("example-hightech-2026", "X1").orElseThrow();
    assertEquals(Outcome.VIOLATED, x1.getOutcome());
    assertEquals(Set.of(RequiredAction.of("SET_UP_SERVICE_STATION")), x1.getRequiredActions());
    assertEquals("高新技术企业职工120人（50人以上），尚未建立党群服务站，应于2026年12月31日前建立党群服务站。", x1.getMessageZh());
  }

  @Test
  void everyLineOfJavaInTheGuideIsALineOfThisModule() throws IOException {
    Set<String> lines = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).forEach(line -> lines.add(line.strip()));
      }
    }
    List<String> blocks = blocks(guide(), "```java");
    assertTrue(blocks.size() >= 6, "the guide shows the code: " + blocks.size() + " blocks");
    for (String block : blocks) {
      for (String line : block.split("\n")) {
        String code = line.strip();
        if (code.isEmpty() || code.startsWith("// ...")) {
          continue;
        }
        assertTrue(lines.contains(code), () -> "the README's guide shows a line this module does not have: " + code);
      }
    }
  }

  @Test
  void everyTextTheGuideShowsIsALineOfThisModulesTextFiles() throws IOException {
    Set<String> lines = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/META-INF/partyorg-rules/messages"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).forEach(line -> lines.add(line.strip()));
      }
    }
    List<String> blocks = blocks(guide(), "```properties");
    assertTrue(!blocks.isEmpty(), "the guide shows the texts");
    for (String block : blocks) {
      for (String line : block.split("\n")) {
        assertTrue(line.isBlank() || lines.contains(line.strip()),
            () -> "the README's guide shows a text this module does not have: " + line);
      }
    }
  }

  @Test
  void theServiceFileInTheGuideIsThisModules() throws IOException {
    String file = Files.readString(
        Path.of("src/main/resources/META-INF/services/org.partyorg.rules.api.PolicySet"), StandardCharsets.UTF_8);
    assertTrue(blocks(guide(), "```text").contains(file.strip()), "the guide shows the service file as it is");
    assertEquals(HighTechStations2026Provider.class.getName(), file.strip());
  }

  /** The section "Adding a document" of the README. */
  private static String guide() {
    try {
      String readme = Files.readString(README, StandardCharsets.UTF_8);
      int start = readme.indexOf("\n## Adding a document\n");
      assertTrue(start >= 0, "the README has the section");
      int end = readme.indexOf("\n## ", start + 1);
      return readme.substring(start, end < 0 ? readme.length() : end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contents of the fenced blocks that open with {@code fence}. */
  private static List<String> blocks(String text, String fence) {
    List<String> blocks = new ArrayList<>();
    int at = 0;
    while ((at = text.indexOf(fence + "\n", at)) >= 0) {
      int from = at + fence.length() + 1;
      int to = text.indexOf("\n```", from);
      blocks.add(text.substring(from, to));
      at = to + 4;
    }
    return blocks;
  }
}
