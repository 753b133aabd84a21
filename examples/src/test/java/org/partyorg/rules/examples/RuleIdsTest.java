package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.core.rule.Rule;

/**
 * Every rule id of {@code RULES.md} (the digest of the documents, copied to {@code docs/}) maps
 * to exactly the rule classes, targets and timetables that produce it, as the catalogue's table
 * "Where each rule lives" lists them; no code produces an id the digest does not have.
 */
class RuleIdsTest {
  private static final Pattern ID_ROW = Pattern.compile("^\\| ([A-Z]+[0-9]+) \\|");

  @Test
  void everyRuleIdOfTheDigestMapsToExactlyTheClassesThatProduceIt() throws IOException {
    List<String> digest = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "RULES.md"), StandardCharsets.UTF_8)) {
      Matcher m = ID_ROW.matcher(line);
      if (m.find()) {
        digest.add(m.group(1));
      }
    }
    Map<String, Set<String>> producers = new TreeMap<>(FindingKeysTest::byKey);
    for (PolicySet set : Evaluator.discover().policySets()) {
      for (Rule rule : PolicySetBuilder.rulesOf(set)) {
        producers.computeIfAbsent(rule.id(), k -> new TreeSet<>()).add(set.id() + " " + rule.getClass().getSimpleName());
      }
      for (Target target : set.targets()) {
        producers.computeIfAbsent(target.getRuleId(), k -> new TreeSet<>()).add(set.id() + " target " + target.getKey());
      }
      for (Phase phase : set.phases()) {
        producers.computeIfAbsent(phase.getRuleId(), k -> new TreeSet<>()).add(set.id() + " timetable");
      }
    }
    Map<String, String> computed = new LinkedHashMap<>();
    for (String id : digest) {
      computed.put(id, String.join("; ", producers.getOrDefault(id, Set.of("—"))));
    }
    Set<String> unknown = new TreeSet<>(producers.keySet());
    unknown.removeAll(digest);
    assertEquals(Set.of(), unknown, "ids the code produces that RULES.md does not have");

    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : FindingKeysTest.section("## Where each rule lives")) {
      if (line.startsWith("| ") && !line.startsWith("| rule ")) {
        String[] cells = line.split("\\|");
        listed.put(cells[1].trim(), cells[2].trim());
      }
    }
    StringBuilder table = new StringBuilder();
    computed.forEach((id, by) -> table.append("| ").append(id).append(" | ").append(by).append(" |\n"));
    // an id nothing produces is listed with a dash and the reason
    listed.replaceAll((id, by) -> by.startsWith("— ") ? "—" : by);
    assertEquals(computed, listed, () -> "the catalogue's table should read:\n" + table);
  }
}
