package org.partyorg.rules.hubei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.SourceTexts;

/** Properties every Hubei set has, run by the per-set property classes. */
public final class SetProperties {
  /** An organisation of the set's jurisdiction, a date and a positive step for a count. */
  public record Case(Organisation organisation, LocalDate asOf, int step) {}

  private SetProperties() {}

  /**
   * Cases whose dates cluster on the eve, the day and the morrow of every date the set declares
   * (phase ends, target deadlines): the finding deadlines are among them, and a uniform date
   * over the year would almost never land on a deadline day, where overdue flips.
   */
  public static Gen<Case> cases(PolicySet set) {
    return cases(set, declaredDates(set));
  }

  public static Gen<Case> cases(PolicySet set, LocalDate... deadlines) {
    return Gens.combine(
        List.of(
            OrganisationGen.forPolicySet(set).build(),
            Gens.dates(set.effectivePeriod().getFrom(), LocalDate.of(2017, 6, 30), deadlines),
            Gens.ints(1, 300, 1, 30, 50)),
        v -> new Case((Organisation) v.get(0), (LocalDate) v.get(1), (Integer) v.get(2)));
  }

  /** Every phase end and target deadline of the set. */
  public static LocalDate[] declaredDates(PolicySet set) {
    Set<LocalDate> dates = new TreeSet<>();
    set.phases().forEach(phase -> dates.add(phase.getUntil()));
    set.targets().forEach(target -> target.getDeadline().ifPresent(dates::add));
    return dates.toArray(new LocalDate[0]);
  }

  /** The rules that find the organisation in violation. */
  public static Set<String> violated(Assessment assessment) {
    Set<String> rules = new TreeSet<>();
    for (Finding finding : assessment.getFindings()) {
      if (finding.getOutcome() == Outcome.VIOLATED) {
        rules.add(finding.getRuleId());
      }
    }
    return rules;
  }

  /** Every finding names the set and quotes its document; the deadline day itself is never overdue. */
  public static void findingsAreCitedAndDated(PolicySet set) {
    Property.forAll(cases(set)).check(c -> {
      Assessment assessment = set.assess(c.organisation(), c.asOf());
      assertEquals(List.of(set.id()), assessment.getPolicySetIds());
      for (Finding finding : assessment.getFindings()) {
        assertEquals(set.id(), finding.getPolicySetId());
        assertEquals(set.source(), finding.getCitation().getDocument());
        SourceTexts.assertQuoted(SetProperties.class, finding);
        boolean late = finding.getDeadline().isPresent() && c.asOf().isAfter(finding.getDeadline().get());
        assertEquals(finding.getOutcome() == Outcome.VIOLATED && late, finding.isOverdue(), finding::toString);
        assertTrue(finding.getMessageZh().indexOf('{') < 0 && finding.getMessageEn().indexOf('{') < 0,
            () -> "unresolved placeholder in " + finding.getMessageZh() + " / " + finding.getMessageEn());
      }
    });
  }

  /**
   * Every finding takes its text from the set's files: a rule of the document by the key of its
   * finding ({@code W3.met}); N1–N3 from the shared texts, or from the set's files where the set
   * words one of their cases itself ({@code N1.form-undecided}).
   */
  public static void findingsTakeTheirTextsFromTheSetsFiles(PolicySet set) {
    Property.forAll(cases(set)).check(c -> {
      for (Finding finding : set.assess(c.organisation(), c.asOf()).getFindings()) {
        MessageTemplate template = finding.getMessageTemplate();
        Optional<String> key = template.getKey();
        boolean inAFile = key.isPresent() && set.messages().stream()
            .anyMatch(m -> m.keys().contains(key.get()) && m.template(key.get()).equals(template));
        if (inAFile) {
          // a text keyed by a finding key is that finding's; the shared ones (undecided) are keyed otherwise
          assertTrue(key.get().startsWith(finding.getKey() + ".") || !key.get().matches("[A-Z]+[0-9].*"),
              () -> finding.getKey() + " takes the text of another finding: " + key.get());
        } else {
          // only N1–N3, whose shared texts are the core's, may still be written in code
          assertTrue(List.of("N1", "N2", "N3").contains(finding.getRuleId()),
              () -> finding.getKey() + " takes a text from none of " + set.id() + "'s files: " + template);
        }
      }
    });
  }

  /** Adding staff never takes a violation away. */
  public static void moreStaffNeverRemovesAnObligation(PolicySet set) {
    Property.forAll(cases(set).filter(c -> c.organisation().getHeadCount().isPresent())).check(c -> {
      Organisation smaller = c.organisation();
      Organisation larger = smaller.withHeadCount(smaller.getHeadCount().getAsInt() + c.step());
      Set<String> before = violated(set.assess(smaller, c.asOf()));
      Set<String> after = violated(set.assess(larger, c.asOf()));
      assertTrue(after.containsAll(before), () -> "with more staff " + before + " became " + after);
    });
  }
}
