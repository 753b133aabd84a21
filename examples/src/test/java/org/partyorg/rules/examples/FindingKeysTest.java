package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.OrganisationGen;

/**
 * Finding keys are what a registry stores: within one assessment no set gives two findings
 * with one key, a set gives exactly the keys it declares ({@link PolicySet#findingKeys()}), and
 * every key the sets give is the one the rules catalogue
 * ({@code docs/CATALOGUE.md}) lists for that set, rule and sentence, and no other. Facts speak
 * one vocabulary: a name has one kind, unit and pair of names wherever it appears, the shared
 * model's where it declares the name.
 */
class FindingKeysTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final Path CATALOGUE = Path.of("..", "docs", "CATALOGUE.md");
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2016, 11, 20), LocalDate.of(2016, 12, 1), LocalDate.of(2020, 12, 31), LocalDate.of(2022, 1, 1));

  /** One line of the catalogue's key table: set, key, rule, section of the sentence. */
  private record Entry(String set, String key, String rule, String section) {}

  @Test
  void keysAreUniqueWithinAnAssessmentAndExactlyThoseOfTheCatalogue() throws IOException {
    Set<Entry> seen = new HashSet<>();
    Map<String, String> sentences = new TreeMap<>();
    Map<String, FactType> vocabulary = new TreeMap<>();
    Set<String> declaredFacts = new TreeSet<>();
    SplittableRandom random = new SplittableRandom(20161130L);
    for (PolicySet set : EVALUATOR.policySets()) {
      Gen<Organisation> organisations = OrganisationGen.forPolicySet(set).build();
      for (LocalDate asOf : DATES) {
        for (int i = 0; i < 2500; i++) {
          Organisation organisation = organisations.generate(random).value();
          if (!set.appliesTo(organisation, asOf) || !EVALUATOR.validator().violations(organisation, asOf).isEmpty()) {
            continue;
          }
          Assessment assessment = EVALUATOR.assess(organisation, asOf);
          Set<String> keys = new HashSet<>();
          for (Finding f : assessment.getFindings()) {
            assertTrue(keys.add(f.getPolicySetId() + "/" + f.getKey()),
                () -> "two findings keyed " + f.getPolicySetId() + "/" + f.getKey() + ": " + assessment.getFindings());
            assertTrue(f.getKey().equals(f.getRuleId()) || f.getKey().startsWith(f.getRuleId() + "."), f::toString);
            assertTrue(set.findingKeys().contains(f.getKey()) || !f.getPolicySetId().equals(set.id()),
                () -> f.getPolicySetId() + " gave " + f.getKey() + ", which it does not declare: " + set.findingKeys());
            Entry entry = new Entry(f.getPolicySetId(), f.getKey(), f.getRuleId(), f.getCitation().getSection());
            seen.add(entry);
            sentences.put(entry.set() + "|" + entry.key(), f.getCitation().getQuote());
            for (Fact fact : f.getFacts()) {
              oneDefinition(vocabulary, fact.getType());
              if (ModelFacts.named(fact.getName()).isEmpty()) {
                PolicySet owner = EVALUATOR.policySet(f.getPolicySetId());
                assertTrue(owner.vocabulary().getFacts().contains(fact.getType())
                        || owner.vocabulary().getDerivedFacts().contains(fact.getType()),
                    () -> f.getPolicySetId() + "/" + f.getKey() + " gives fact " + fact.getName()
                        + ", which its set's vocabulary does not declare (Vocabulary.derivedFacts)");
                declaredFacts.add("| " + f.getPolicySetId() + " | `" + fact.getName() + "` | " + fact.getType().getKind()
                    + " | " + unit(fact.getType()) + " | " + fact.getType().getNameZh() + " | "
                    + fact.getType().getNameEn() + " |");
              }
            }
            f.getMissingFactTypes().forEach(type -> oneDefinition(vocabulary, type));
          }
        }
      }
    }
    for (PolicySet set : EVALUATOR.policySets()) {
      Set<String> declared = new TreeSet<>(set.findingKeys());
      Set<String> given = new TreeSet<>();
      seen.stream().filter(e -> e.set().equals(set.id())).forEach(e -> given.add(e.key()));
      assertEquals(declared, given, () -> set.id() + ": every declared key comes up in the sample");
    }
    Set<String> declaredListed = new TreeSet<>();
    for (String line : section("### Declared by a policy set")) {
      if (line.startsWith("| ") && line.contains("`")) {
        declaredListed.add(line);
      }
    }
    // the sample does not reach every derived fact (Hunan's need activity records): each it
    // meets must be listed as it is declared
    declaredFacts.removeAll(declaredListed);
    assertEquals(Set.of(), declaredFacts, "facts the sets give that the catalogue does not list as declared");
    Set<Entry> listed = catalogue();
    if (!seen.equals(listed)) {
      StringBuilder table = new StringBuilder();
      seen.stream().sorted(Comparator.comparing(Entry::set).thenComparing(Entry::key, FindingKeysTest::byKey))
          .forEach(e -> table.append("| ").append(e.set()).append(" | `").append(e.key()).append("` | ")
              .append(e.rule()).append(" | ").append(e.section()).append(" | ")
              .append(shortQuote(sentences.get(e.set() + "|" + e.key()))).append(" |\n"));
      assertEquals(listed, seen, "the catalogue's key table should read:\n" + table);
    }
  }

  private static String unit(FactType type) {
    return type.getUnit() == Unit.NONE ? "—" : type.getUnit().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** One name, one definition: the shared model's where it declares the name. */
  private static void oneDefinition(Map<String, FactType> vocabulary, FactType type) {
    FactType first = vocabulary.computeIfAbsent(type.getName(), n -> ModelFacts.named(n).orElse(type));
    assertEquals(first.getKind(), type.getKind(), type::getName);
    assertEquals(first.getUnit(), type.getUnit(), type::getName);
    assertEquals(first.getNameZh(), type.getNameZh(), type::getName);
    assertEquals(first.getNameEn(), type.getNameEn(), type::getName);
  }

  /** W2 before W10, W5.city after W5. */
  static int byKey(String a, String b) {
    String[] x = a.split("\\.", 2);
    String[] y = b.split("\\.", 2);
    int numbers = Integer.compare(number(x[0]), number(y[0]));
    if (!x[0].replaceAll("\\d", "").equals(y[0].replaceAll("\\d", ""))) {
      return x[0].compareTo(y[0]);
    }
    return numbers != 0 ? numbers : a.compareTo(b);
  }

  private static int number(String rule) {
    return Integer.parseInt(rule.replaceAll("\\D", ""));
  }

  private static String shortQuote(String quote) {
    return quote.length() <= 40 ? quote : quote.substring(0, 40) + "……";
  }

  /** The lines of one section of the catalogue, up to the next heading of its level. */
  static List<String> section(String heading) throws IOException {
    List<String> lines = Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8);
    int from = lines.indexOf(heading);
    assertTrue(from >= 0, () -> "the catalogue has no section " + heading);
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<String> section = new ArrayList<>();
    for (String line : lines.subList(from + 1, lines.size())) {
      if (line.startsWith(level)) {
        break;
      }
      section.add(line);
    }
    return section;
  }

  @Test
  void theCatalogueListsTheSharedModelsFactVocabularyAsDeclared() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : section("### The shared model (`ModelFacts`)")) {
      if (line.startsWith("| `")) {
        rows.add(line);
      }
    }
    List<String> declared = new ArrayList<>();
    for (FactType type : ModelFacts.all()) {
      declared.add("| `" + type.getName() + "` | " + type.getKind() + " | "
          + (type.getUnit() == Unit.NONE ? "—" : type.getUnit().name().toLowerCase(java.util.Locale.ROOT)) + " | "
          + type.getNameZh() + " | " + type.getNameEn() + " |");
    }
    assertEquals(declared, rows);
  }

  private static Set<Entry> catalogue() throws IOException {
    Set<Entry> entries = new HashSet<>();
    for (String line : section("## Finding keys")) {
      if (line.startsWith("| ") && line.contains("`")) {
        String[] cells = line.split("\\|");
        entries.add(new Entry(cells[1].trim(), cells[2].trim().replace("`", ""), cells[3].trim(), cells[4].trim()));
      }
    }
    return entries;
  }
}
