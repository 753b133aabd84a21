package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Conflict;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.hunan.quota.QuotaCheck;
import org.partyorg.rules.hunan.selection.Selection;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.MessageChecks;
import org.partyorg.rules.testkit.OrganisationGen;

/**
 * Every text the bundled sets can give, checked as far as a machine can check it
 * ({@link MessageChecks}, {@code docs/STYLE.md}), and laid out side by side in
 * {@code docs/MESSAGES.md} for a reader to review: each template rendered with the facts of a
 * real finding from a sample of generated organisations, then with each representative value in
 * turn; the names of codes, actions, traits and facts; target descriptions and phase names.
 *
 * <p>{@code docs/MESSAGES.md} must be what this test generates: after changing a text, run
 * {@code ./mvnw -B verify -pl examples -am -Dmessages.write=true} and commit the page.
 */
class MessageTextsTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final Path PAGE = Path.of("..", "docs", "MESSAGES.md");
  /** Where the section of docs/MESSAGES.md that rules-cli's CliTextsTest writes begins. */
  private static final String CLI_SECTION = "<!-- rules-cli: the section below is written by CliTextsTest -->";
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2016, 11, 20), LocalDate.of(2016, 12, 1), LocalDate.of(2020, 12, 31), LocalDate.of(2022, 1, 1));
  private static final int PER_SET_AND_DATE = 5000;

  /** Every bundle, by name, in the order the sets list them. */
  private static final Map<String, Messages> BUNDLES = new LinkedHashMap<>();
  /** Which bundle each template is from. */
  private static final Map<MessageTemplate, String> BUNDLE_OF = new IdentityHashMap<>();
  /** The first finding met for each template, keyed bundle/key. */
  private static final Map<String, Finding> FOUND = new LinkedHashMap<>();
  /** The texts of the conflicts met, one per obligation and set of outcomes. */
  private static final Map<String, Conflict> CONFLICTS = new LinkedHashMap<>();
  /** Findings whose template is from none of its set's bundles. */
  private static final List<String> STRAYS = new ArrayList<>();

  @BeforeAll
  static void assessASample() {
    for (PolicySet set : EVALUATOR.policySets()) {
      for (Messages messages : set.messages()) {
        BUNDLES.putIfAbsent(messages.name(), messages);
        for (String key : messages.keys()) {
          BUNDLE_OF.put(messages.template(key), messages.name());
        }
      }
    }
    SplittableRandom random = new SplittableRandom(20161130L);
    for (PolicySet set : EVALUATOR.policySets()) {
      Gen<Organisation> organisations = OrganisationGen.forPolicySet(set).build();
      for (LocalDate asOf : DATES) {
        for (int i = 0; i < PER_SET_AND_DATE; i++) {
          Organisation organisation = organisations.generate(random).value();
          if (!set.appliesTo(organisation, asOf) || !EVALUATOR.validator().violations(organisation, asOf).isEmpty()) {
            continue;
          }
          Assessment assessment = EVALUATOR.assess(organisation, asOf);
          for (Conflict conflict : assessment.getConflicts()) {
            CONFLICTS.putIfAbsent(conflict.getObligation().code() + conflict.getFindings().stream()
                .map(f -> f.getPolicySetId() + f.getKey() + f.getOutcome()).toList(), conflict);
          }
          for (Finding f : assessment.getFindings()) {
            MessageTemplate template = f.getMessageTemplate();
            String bundle = BUNDLE_OF.get(template);
            PolicySet owner = EVALUATOR.policySets().stream().filter(s -> s.id().equals(f.getPolicySetId())).findFirst().orElseThrow();
            if (bundle == null || owner.messages().stream().noneMatch(m -> m.name().equals(bundle))) {
              if (STRAYS.size() < 20) {
                STRAYS.add(f.getPolicySetId() + "/" + f.getKey() + ": " + template);
              }
              continue;
            }
            FOUND.putIfAbsent(bundle + "/" + template.getKey().orElseThrow(), f);
          }
        }
      }
    }
  }

  @Test
  void everyFindingTakesItsTextFromItsSetsTextFiles() {
    assertEquals(List.of(), STRAYS, "findings whose message is not in their set's text files (PolicySet.messages())");
  }

  @Test
  void everyKeyNamesAFindingOfASetThatUsesTheFile() {
    List<String> wrong = new ArrayList<>();
    for (Messages messages : BUNDLES.values()) {
      List<PolicySet> users = EVALUATOR.policySets().stream().filter(s -> s.messages().contains(messages)).toList();
      boolean shared = users.size() == EVALUATOR.policySets().size();
      for (String key : messages.keys()) {
        boolean named = users.stream().anyMatch(s -> s.findingKeys().stream().anyMatch(k -> key.startsWith(k + ".")));
        if (!named && !shared) {
          wrong.add(messages.name() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), wrong, "keys are <finding key>.<case>, for a finding key of a set that uses the file");
  }

  @Test
  void everyTemplatePassesTheMechanicalChecksWithEveryRepresentativeValue() {
    List<String> problems = new ArrayList<>();
    int renderings = 0;
    for (Messages messages : BUNDLES.values()) {
      Function<String, Optional<FactType>> types = typesFor(messages);
      for (String key : messages.keys()) {
        MessageTemplate template = messages.template(key);
        for (String parameter : template.parameters()) {
          String name = parameter.endsWith(".limit") ? parameter.substring(0, parameter.length() - ".limit".length()) : parameter;
          if (!List.of("deadline", "missing").contains(name) && types.apply(name).isEmpty()) {
            problems.add(messages.name() + "/" + key + ": parameter {" + parameter + "} is no fact of the model or of the"
                + " set's vocabulary (declare it: Vocabulary.derivedFacts)");
          }
        }
        Finding found = FOUND.get(messages.name() + "/" + key);
        List<MessageChecks.Rendering> all = MessageChecks.renderings(template,
            found == null ? List.of() : found.getFacts(),
            found == null ? Optional.of(LocalDate.of(2016, 11, 30)) : found.getDeadline(),
            found == null ? (template.parameters().contains("missing") ? List.of(ModelFacts.HEAD_COUNT) : List.of())
                : found.getMissingFactTypes(),
            types);
        renderings += all.size();
        for (MessageChecks.Rendering r : all) {
          for (String p : MessageChecks.chinese(r.zh())) {
            problems.add(messages.name() + "/" + key + " [" + r.variant() + "] " + p + ": " + r.zh());
          }
          for (String p : MessageChecks.english(r.en())) {
            problems.add(messages.name() + "/" + key + " [" + r.variant() + "] " + p + ": " + r.en());
          }
        }
      }
    }
    assertEquals("", String.join("\n", new TreeSet<>(problems)), problems.size() + " problems in " + renderings + " renderings");
    assertTrue(renderings > 1000, "rendered " + renderings);
  }

  @Test
  void namesTargetsAndPhasesPassTheChecksForNames() {
    List<String> problems = new ArrayList<>();
    for (PolicySet set : EVALUATOR.policySets()) {
      for (RequiredAction a : set.vocabulary().getActions()) {
        name(problems, set.id() + " action " + a.code(), a.chineseName(), a.englishName());
      }
      for (Trait t : set.vocabulary().getTraits()) {
        name(problems, set.id() + " trait " + t.code(), t.chineseName(), t.englishName());
      }
      for (FactType f : set.vocabulary().getFacts()) {
        name(problems, set.id() + " fact " + f.getName(), f.getNameZh(), f.getNameEn());
      }
      for (Phase phase : set.phases()) {
        name(problems, set.id() + " phase", phase.getNameZh(), phase.getNameEn());
      }
      for (Target target : set.targets()) {
        MessageChecks.chinese(target.getDescriptionZh()).forEach(p -> problems.add(set.id() + " target " + target.getKey() + ": " + p));
        MessageChecks.english(target.getDescriptionEn()).forEach(p -> problems.add(set.id() + " target " + target.getKey() + ": " + p));
      }
    }
    for (RequiredAction a : MessagePage.sharedActions()) {
      name(problems, "action " + a.code(), a.chineseName(), a.englishName());
    }
    for (FactType f : ModelFacts.all()) {
      name(problems, "fact " + f.getName(), f.getNameZh(), f.getNameEn());
    }
    assertEquals("", String.join("\n", problems));
  }

  /**
   * The texts that are not a finding's: validation (rules-core), Hunan's quota check and its
   * review of applications. Their
   * parameters are not facts; each is given a sample value in each language.
   */
  static final List<Messages> OTHER_TEXTS = List.of(
      Messages.load(Evaluator.class, "validation"), Messages.load(QuotaCheck.class, "hunan-benchmark-2020-quotas"),
      Messages.load(Selection.class, "hunan-benchmark-2020-selection"));

  /** A sample value of a parameter of {@link #OTHER_TEXTS}, in the text's language. */
  static Map<String, Object> samples(MessageTemplate template, boolean chinese, int count) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : template.parameters()) {
      Object value;
      switch (name) {
        case "asOf": case "periodFrom": case "periodTo": case "earliest": case "latest":
        case "submitted": case "due": case "issued": case "record":
          value = LocalDate.of(2016, 11, 30);
          break;
        case "field":
          value = chinese ? "职工人数" : "head-count";
          break;
        case "form":
          value = chinese ? "功能型党组织" : "functional party organisation";
          break;
        case "kind":
          value = chinese ? "以元为单位的金额" : "an amount in yuan";
          break;
        case "declared":
          value = count == 1 ? List.of(chinese ? "空壳企业" : "shell enterprise")
              : List.of(chinese ? "空壳企业" : "shell enterprise", chinese ? "僵尸企业" : "zombie enterprise");
          break;
        case "value":
          value = "120";
          break;
        case "rule":
          value = "W3";
          break;
        case "error":
          value = "division by zero";
          break;
        case "detail":
          value = chinese ? "不符合约束" : "does not meet the constraint";
          break;
        case "name":
          value = "serviceStation";
          break;
        case "fields":
          value = count == 1 ? List.of(chinese ? "党组织书记" : "party secretary")
              : List.of(chinese ? "党组织书记" : "party secretary", chinese ? "报送日期" : "date of submission");
          break;
        case "city":
          value = chinese ? "长沙市" : "Changsha";
          break;
        case "positions":
          value = count == 1 ? List.of(1) : List.of(1, 2);
          break;
        case "honour":
          value = chinese ? "先进基层党组织" : "Model Party Organisation";
          break;
        case "group":
          value = "4302";
          break;
        case "section":
          value = chinese ? "三（二）" : "3(2)";
          break;
        case "province":
          value = "99";
          break;
        case "expected":
          value = "X";
          break;
        case "max":
          value = 10000;
          break;
        case "maxLength":
          value = 200;
          break;
        case "length":
          value = 250;
          break;
        default:
          value = count;
          break;
      }
      values.put(name, value);
    }
    return values;
  }

  @Test
  void textsThatAreNotAFindingsPassTheChecks() {
    List<String> problems = new ArrayList<>();
    for (Messages messages : OTHER_TEXTS) {
      for (String key : messages.keys()) {
        MessageTemplate template = messages.template(key);
        for (int count : new int[] {-1, 0, 1, 3, 12000}) {
          String zh = template.format(java.util.Locale.SIMPLIFIED_CHINESE, samples(template, true, count));
          String en = template.format(java.util.Locale.ENGLISH, samples(template, false, count));
          // field, kind and city entries are names put into other texts, not sentences
          boolean name = key.startsWith("field.") || key.startsWith("kind.") || key.startsWith("city.");
          (name ? MessageChecks.name(zh, true) : MessageChecks.chinese(zh))
              .forEach(p -> problems.add(messages.name() + "/" + key + " [" + count + "] " + p + ": " + zh));
          (name ? MessageChecks.name(en, false) : MessageChecks.english(en))
              .forEach(p -> problems.add(messages.name() + "/" + key + " [" + count + "] " + p + ": " + en));
        }
      }
    }
    assertEquals("", String.join("\n", new TreeSet<>(problems)));
  }

  @Test
  void conflictsBetweenSetsPassTheChecks() {
    assertTrue(!CONFLICTS.isEmpty(), "the sample meets conflicts (Wuhan societies under two sets)");
    List<String> problems = new ArrayList<>();
    for (Conflict conflict : CONFLICTS.values()) {
      MessageChecks.chinese(conflict.getMessageZh()).forEach(p -> problems.add(p + ": " + conflict.getMessageZh()));
      MessageChecks.english(conflict.getMessageEn()).forEach(p -> problems.add(p + ": " + conflict.getMessageEn()));
    }
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theReviewPageIsUpToDate() throws IOException {
    String page = MessagePage.markdown(EVALUATOR.policySets(), BUNDLES, FOUND, this::typesFor, CONFLICTS.values());
    // the command-line tool's section, from its marker to the end, is written by rules-cli's CliTextsTest
    // (examples does not depend on the tool): kept as it stands
    String existing = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
    int cli = existing.indexOf(CLI_SECTION);
    if (cli >= 0) {
      page = page + "\n" + existing.substring(cli);
    }
    if (Boolean.getBoolean("messages.write")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertEquals(page, Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "",
        "docs/MESSAGES.md is stale: run ./mvnw -B verify -pl examples -am -Dmessages.write=true and commit it");
  }

  private static void name(List<String> problems, String what, String zh, String en) {
    MessageChecks.name(zh, true).forEach(p -> problems.add(what + " “" + zh + "”: " + p));
    MessageChecks.name(en, false).forEach(p -> problems.add(what + " “" + en + "”: " + p));
  }

  /** The type of a parameter: the shared model's, a set's declared one, or one a finding gave. */
  private Function<String, Optional<FactType>> typesFor(Messages messages) {
    Map<String, FactType> known = new LinkedHashMap<>();
    ModelFacts.all().forEach(t -> known.put(t.getName(), t));
    for (PolicySet set : EVALUATOR.policySets()) {
      if (set.messages().contains(messages)) {
        set.vocabulary().getFacts().forEach(t -> known.putIfAbsent(t.getName(), t));
        set.vocabulary().getDerivedFacts().forEach(t -> known.putIfAbsent(t.getName(), t));
      }
    }
    FOUND.values().forEach(f -> f.getFacts().forEach(fact -> known.putIfAbsent(fact.getName(), fact.getType())));
    return name -> Optional.ofNullable(known.get(name));
  }
}
