package org.partyorg.rules.hubei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.MessageChecks;

/**
 * One text of a set's file read whole, in both languages, on the finding a real organisation
 * gets, and checked as {@code docs/STYLE.md} says a machine can: the set's text tests list one or
 * more cases per key, and check that every key of the file has one.
 */
public record TextCase(String key, Organisation organisation, LocalDate asOf, String zh, String en) {
  @Override
  public String toString() {
    return key;
  }

  private static final Evaluator EVALUATOR =
      Evaluator.of(new Wuhan2016Provider(), new HubeiCpa2016Provider(), new HubeiSocieties2016Provider());

  /**
   * The one finding of {@code set} about the organisation whose text is this case's key, read in
   * both languages; the organisation is one the evaluator accepts.
   */
  public void check(PolicySet set) {
    assertEquals(List.of(), EVALUATOR.validator().violations(organisation, asOf), key + ": not a valid organisation");
    List<Finding> findings = set.assess(organisation, asOf).getFindings().stream()
        .filter(f -> f.getMessageTemplate().getKey().filter(key::equals).isPresent())
        .toList();
    assertEquals(1, findings.size(), () -> "one finding with the text " + key + " among "
        + set.assess(organisation, asOf).getFindings());
    Finding finding = findings.get(0);
    assertEquals(zh, finding.getMessageZh(), key);
    assertEquals(en, finding.getMessageEn(), key);
    assertEquals(List.of(), MessageChecks.chinese(zh), key);
    assertEquals(List.of(), MessageChecks.english(en), key);
  }

  /** The set's own file: the bundle named by its id. */
  public static Messages file(PolicySet set) {
    return set.messages().stream().filter(m -> m.name().equals(set.id())).findFirst()
        .orElseThrow(() -> new AssertionError(set.id() + " declares no file " + set.id()));
  }

  /** Every key of the set's file has a case, and every case names a key of it. */
  public static void assertEveryKeyHasACase(PolicySet set, List<TextCase> cases) {
    Set<String> keys = new TreeSet<>(file(set).keys());
    Set<String> covered = cases.stream().map(TextCase::key).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(keys, covered, "the keys of " + set.id() + "_zh.properties and the keys the cases read");
  }

  /**
   * The set's names (its traits, actions and phases) and target descriptions pass the checks of
   * {@code docs/STYLE.md} a machine can make: names without a full stop, descriptions as
   * sentences, no code or Chinese in the English, no ASCII word in the Chinese.
   */
  public static void assertNamesAndDescriptionsPassTheChecks(PolicySet set) {
    List<String> problems = new ArrayList<>();
    for (Trait trait : set.vocabulary().getTraits()) {
      name(problems, "trait " + trait.code(), trait.chineseName(), trait.englishName());
    }
    for (RequiredAction action : set.vocabulary().getActions()) {
      name(problems, "action " + action.code(), action.chineseName(), action.englishName());
    }
    for (Phase phase : set.phases()) {
      name(problems, "phase", phase.getNameZh(), phase.getNameEn());
    }
    for (Target target : set.targets()) {
      MessageChecks.chinese(target.getDescriptionZh()).forEach(p -> problems.add(target.getKey() + ": " + p));
      MessageChecks.english(target.getDescriptionEn()).forEach(p -> problems.add(target.getKey() + ": " + p));
    }
    assertEquals(List.of(), problems, set.id());
  }

  private static void name(List<String> problems, String what, String zh, String en) {
    MessageChecks.name(zh, true).forEach(p -> problems.add(what + " “" + zh + "”: " + p));
    MessageChecks.name(en, false).forEach(p -> problems.add(what + " “" + en + "”: " + p));
  }
}
