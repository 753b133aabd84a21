package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.Evaluator;

/**
 * The embedding example of the README, compiled and run here. The test also checks that the
 * README shows exactly these lines, so the two cannot drift apart.
 */
class EmbeddingExampleTest {
  private final List<String> printed = new ArrayList<>();

  private void println(String line) {
    printed.add(line);
  }

  private Assessment embeddingExample() {
    // README:begin
    Evaluator evaluator = Evaluator.discover(); // once, at start-up; immutable and thread-safe
    Organisation firm = Organisation.builder()
        .creditCode("91420106MA4KTEXT1G").name("武汉示例科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode("420102")
        .headCount(120).formalMembers(2).probationaryMembers(0)
        .partyOrganisation(PartyOrganisation.none())
        .build();
    Assessment assessment = evaluator.assess(firm, LocalDate.of(2016, 12, 1));
    for (Finding f : assessment.getFindings()) {
      println(f.getRuleId() + " " + f.getOutcome() + " " + f.getDeadline().orElse(null) + " " + f.getMessageZh());
    }
    // README:end
    return assessment;
  }

  @Test
  void theExampleFindsTheWuhanObligationsOfA120StaffFirmWithTwoMembers() {
    Assessment assessment = embeddingExample();
    assertTrue(assessment.getPolicySetIds().contains("wuhan-2016"), assessment.getPolicySetIds()::toString);
    Finding joint = assessment.findings("N2").get(0);
    assertEquals(Outcome.VIOLATED, joint.getOutcome());
    assertTrue(joint.isOverdue(), joint::toString);
    assertEquals(assessment.getFindings().size(), printed.size());
  }

  @Test
  void theReadmeShowsExactlyTheCompiledExample() throws IOException {
    Path source = Path.of("src/test/java/org/partyorg/rules/examples/EmbeddingExampleTest.java");
    String code = Files.readString(source, StandardCharsets.UTF_8);
    String snippet = code.substring(code.indexOf("// README:begin") + "// README:begin".length(), code.indexOf("    // README:end"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String dedented = snippet.lines().filter(l -> !l.isBlank()).map(l -> l.substring(4)).reduce((a, b) -> a + "\n" + b).orElseThrow();
    assertTrue(readme.contains(dedented.replace("println(", "System.out.println(")),
        "README.md must contain the embedding example exactly as compiled here:\n" + dedented);
  }
}
