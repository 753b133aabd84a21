package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.hunan.quota.QuotaCheck;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.OrganisationGen;

/**
 * For every parameter of every set: override it alone, to a value that makes a difference, and
 * check over a generated sample of organisations that exactly the findings (by key) and the
 * targets that depend on it change — no more (a rule reading the wrong parameter, Liaoning's two
 * fund rates swapped), no fewer (a rule or target still reading the document's value, or a
 * parameter nothing reads).
 *
 * <p>{@link #DEPENDENTS} is the table of what depends on each parameter, written from the
 * documents and the rules, not from a run; {@link #everyParameterOfEverySetIsInTheTable} keeps it
 * complete. The changed findings' texts show the new value: no message of the variant shows a
 * moved deadline's old date, a rate's old percentage without the new one, or a count's old number
 * where the variant's limit is meant. A
 * finding "changes" when its outcome, deadline, overdue flag, facts, limits, actions
 * or texts differ, or when one side has it and the other not; a target when any of its fields
 * differ.
 */
class ParameterSensitivityTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  /** Organisations per set; with the sets' and the overrides' thresholds biased, enough to reach every case. */
  private static final int SAMPLE = 2000;

  /** The findings and targets an override of one parameter to {@code value} must change, and no others. */
  record Dependents(Object value, Set<String> findings, Set<String> targets) {}

  private static Dependents on(Object value, String findings, String targets) {
    return new Dependents(value, keys(findings), keys(targets));
  }

  private static Set<String> keys(String list) {
    Set<String> keys = new TreeSet<>();
    for (String key : list.split(" ")) {
      if (!key.isBlank()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** By set id, then parameter key. */
  static final Map<String, Map<String, Dependents>> DEPENDENTS = new TreeMap<>();

  static {
    row("wuhan-2016", "membersStaffThreshold", 40, "W2", "W11/enterprisesWithMembers");
    // the example: Wuhan's 100-staff threshold lowered to 80
    row("wuhan-2016", "organisationStaffThreshold", 80, "W3", "W11/enterprisesWithOrganisation");
    row("wuhan-2016", "socialServiceStaffThreshold", 20, "W5.entities W5.city", "W11/socialOrganisationsWithOrganisation");
    row("wuhan-2016", "coverageRate", "0.75", "", "W1/coverage");
    row("wuhan-2016", "eligibleCoverageRate", "0.95", "", "W1/eligibleCoverage");
    row("wuhan-2016", "standaloneFormalMembers", 4, "N1 N2 W7 W8.grouping W8.size", "");
    row("wuhan-2016", "enterprisesWithMembersRate", "0.95", "", "W11/enterprisesWithMembers");
    row("wuhan-2016", "enterprisesWithOrganisationRate", "0.95", "", "W11/enterprisesWithOrganisation");
    row("wuhan-2016", "socialOrganisationsWithOrganisationRate", "0.95", "", "W11/socialOrganisationsWithOrganisation");
    row("wuhan-2016", "formationDeadline", "2016-12-05", "N1 N2 N3 W7 W8.grouping W8.size W12.enterprises W12.social", "");
    row("wuhan-2016", "obligationDeadline", "2016-12-15", "W2 W3 W4 W5.entities W5.city W6",
        "W11/enterprisesWithMembers W11/enterprisesWithOrganisation W11/socialOrganisationsWithOrganisation");
    row("wuhan-2016", "targetDeadline", "2017-01-15", "", "W1/coverage W1/eligibleCoverage");

    row("hubei-cpa-2016", "organisationStaffThreshold", 20, "H1", "");
    row("hubei-cpa-2016", "firmsWithMembersRate", "0.80", "", "H3/firmsWithMembers");
    row("hubei-cpa-2016", "standaloneFormalMembers", 4, "N1 N2 H5", "");
    row("hubei-cpa-2016", "deadline", "2016-12-15", "H1 N1 N2 N3 H5", "");
    row("hubei-cpa-2016", "membershipTransferDeadline", "2016-11-04", "H4", "");
    row("hubei-cpa-2016", "firmsWithMembersDeadline", "2016-10-15", "", "H3/firmsWithMembers");

    row("hubei-science-societies-2016", "coverageRate", "0.75", "", "S1/coverage");
    row("hubei-science-societies-2016", "workGroupMaxFullTimeStaff", 1, "N1 N2 S3", "");
    row("hubei-science-societies-2016", "standaloneFormalMembers", 4, "N1 N2 S2", "");
    row("hubei-science-societies-2016", "formationDeadline", "2016-12-10", "N1 N2 N3 S2 S3 S6", "");
    row("hubei-science-societies-2016", "targetDeadline", "2017-01-15", "", "S1/coverage");

    row("liaoning-2016", "standaloneStaffThreshold", 80, "L3 L4", "");
    row("liaoning-2016", "partyMembersStaffThreshold", 40, "L4", "");
    row("liaoning-2016", "socialServiceStaffThreshold", 20, "L7.must-have L7.others", "");
    // the example: Liaoning's cap raised to 4
    row("liaoning-2016", "jointEnterpriseCap", 4, "L5", "");
    // the two 1% rates each reach their own finding only: swapped, both rows fail
    row("liaoning-2016", "fundRateOfWages", "0.02", "L11.wages", "");
    row("liaoning-2016", "fundRateOfDues", "0.02", "L11.dues", "");
    row("liaoning-2016", "enterpriseCoverageRate", "0.75", "", "L2/enterpriseCoverage");
    row("liaoning-2016", "socialOrganisationCoverageRate", "0.75", "", "L2/socialOrganisationCoverage");
    row("liaoning-2016", "nationalParkCoverageRate", "0.90", "", "L2/nationalParkCoverage");
    row("liaoning-2016", "jointOrganisationGrowthFactor", "3", "", "L6/jointOrganisationGrowth");
    row("liaoning-2016", "standaloneFormalMembers", 4, "L3 N1 N2", "");
    row("liaoning-2016", "reportDeadline", "2016-12-15",
        "L3 L4 L5 L7.must-have L7.others N1 N2 N3 L10.deputy-secretary L10.party-affairs-staff L11.wages L11.dues L11.whole L12",
        "L2/enterpriseCoverage L2/socialOrganisationCoverage L2/nationalParkCoverage L6/jointOrganisationGrowth");
    row("liaoning-2016", "decoupledProvincialDeadline", "2016-10-15", "L8.provincial", "");
    row("liaoning-2016", "decoupledBelowProvincialDeadline", "2017-01-15", "L8.below-provincial", "");
    row("liaoning-2016", "ledgerDeadline", "2016-10-15", "L13.classes L13.five-clears", "");

    row("hunan-benchmark-2020", "partyOrganisationMinimumYears", 4, "B1", "");
    row("hunan-benchmark-2020", "sanctionFreeYears", 4, "B2", "");
    // the bands of B10 are bounded by each other: a bound moved changes the findings on both sides
    row("hunan-benchmark-2020", "branchFormalMembers", 4, "B10.branch B10.general-with-approval", "");
    row("hunan-benchmark-2020", "generalBranchFormalMembers", 60, "B10.branch B10.general-with-approval B10.general-branch", "");
    row("hunan-benchmark-2020", "coveredBelowFormalMembers", 120, "B10.branch B10.general-branch", "");
    row("hunan-benchmark-2020", "platformJoinBelowFormalMembers", 4, "B11 B11.large-platforms", "");
    row("hunan-benchmark-2020", "jointBranchMaxPlatforms", 6, "B11", "");
    row("hunan-benchmark-2020", "partyGroupMinimumMembers", 4, "B12", "");
    row("hunan-benchmark-2020", "partyGroupMinimumFormalMembers", 2, "B12", "");
    row("hunan-benchmark-2020", "committeeFormalMembers", 8, "B13", "");
    row("hunan-benchmark-2020", "organisationalLifeMeetingsPerYear", 2, "B14.organisational-life-meeting", "");
    row("hunan-benchmark-2020", "democraticAppraisalsPerYear", 2, "B14.democratic-appraisal", "");
    row("hunan-benchmark-2020", "committeeTermYears", 4, "B15", "");
    row("hunan-benchmark-2020", "partyLecturesPerYear", 2, "B16.lecture", "");
    row("hunan-benchmark-2020", "generalMeetingsPerQuarter", 2, "B16.general-meeting", "");
    row("hunan-benchmark-2020", "committeeMeetingsPerMonth", 2, "B16.committee-meeting", "");
    row("hunan-benchmark-2020", "teamTalksPerHalfYear", 2, "B17.team", "");
    row("hunan-benchmark-2020", "memberTalksPerYear", 2, "B17.members", "");
    row("hunan-benchmark-2020", "collectiveStudiesPerQuarter", 2, "B18", "");
    row("hunan-benchmark-2020", "themeEducationParticipationRate", "0.90", "B19", "");
    row("hunan-benchmark-2020", "minimumInstitutions", 7, "B20", "");
    row("hunan-benchmark-2020", "publicityArticlesPerYear", 4, "B21", "");
    // the selection quotas speak of a list of candidates, not of one organisation: QuotaCheck reads
    // them (quotasReachTheQuotaCheck), no finding or target does
    row("hunan-benchmark-2020", "recommendationsPerCity", 2, "", "");
    row("hunan-benchmark-2020", "directlyManagedSelections", 12, "", "");
    row("hunan-benchmark-2020", "cityLevelSelections", 12, "", "");
  }

  private static void row(String set, String key, Object value, String findings, String targets) {
    Object typed = value instanceof String text && text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text) : value;
    DEPENDENTS.computeIfAbsent(set, k -> new TreeMap<>()).put(key, on(typed, findings, targets));
  }

  /** The sample of one set: organisations it applies to, valid on each as-of date, with the document's findings. */
  private record Sample(List<Organisation> organisations, List<LocalDate> dates, List<Map<String, Finding>> findings) {}

  private static final Map<String, Sample> SAMPLES = new HashMap<>();

  private static synchronized Sample sample(PolicySet set) {
    return SAMPLES.computeIfAbsent(set.id(), id -> {
      OrganisationGen gen = OrganisationGen.forPolicySet(set);
      // both sides of every overridden value come up too
      for (Parameter parameter : set.parameters()) {
        Dependents dependents = DEPENDENTS.getOrDefault(id, Map.of()).get(parameter.getKey());
        if (dependents != null && parameter.kind() == Parameter.Kind.COUNT && parameter.getFact().isPresent()) {
          gen.thresholds(parameter.getFact().get(), new BigDecimal(dependents.value().toString()).intValueExact());
        }
      }
      Gen<Organisation> organisations = gen.build();
      List<LocalDate> dates = asOfDates(set);
      SplittableRandom random = new SplittableRandom(20161130L ^ id.hashCode());
      List<Organisation> kept = new ArrayList<>();
      List<Map<String, Finding>> findings = new ArrayList<>();
      while (kept.size() < SAMPLE) {
        Organisation organisation = organisations.generate(random).value();
        boolean valid = true;
        for (LocalDate asOf : dates) {
          valid &= set.appliesTo(organisation, asOf) && EVALUATOR.validator().violations(organisation, asOf).isEmpty();
        }
        if (valid) {
          kept.add(organisation);
          for (LocalDate asOf : dates) {
            findings.add(byKey(set, organisation, asOf));
          }
        }
      }
      return new Sample(kept, dates, findings);
    });
  }

  /** A day after every deadline, and the day of each: overdue or not, both come up. */
  private static List<LocalDate> asOfDates(PolicySet set) {
    List<LocalDate> dates = new ArrayList<>();
    for (Parameter parameter : set.parameters()) {
      parameter.getDate().ifPresent(dates::add);
    }
    LocalDate from = set.effectivePeriod().getFrom();
    dates.add(from.getYear() < 2020 ? LocalDate.of(2016, 12, 1) : LocalDate.of(2022, 1, 1));
    if (from.getYear() >= 2020) {
      dates.add(LocalDate.of(2020, 12, 31));
    }
    return dates.stream().filter(d -> !d.isBefore(from)).distinct().sorted().toList();
  }

  private static Map<String, Finding> byKey(PolicySet set, Organisation organisation, LocalDate asOf) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    for (Finding finding : set.assess(organisation, asOf).getFindings()) {
      assertEquals(null, byKey.put(finding.getKey(), finding), () -> "two findings keyed " + finding.getKey());
    }
    return byKey;
  }

  /**
   * The finding keys whose findings differ between the set and its variant over the sample; where
   * a text of the variant still shows the document's value of {@code overridden}, a line in
   * {@code stale}.
   */
  private static Set<String> changedFindings(PolicySet set, PolicySet variant, Parameter overridden, List<String> stale) {
    Sample sample = sample(set);
    Set<String> changed = new TreeSet<>();
    int i = 0;
    for (Organisation organisation : sample.organisations()) {
      for (LocalDate asOf : sample.dates()) {
        Map<String, Finding> before = sample.findings().get(i++);
        Map<String, Finding> after = byKey(variant, organisation, asOf);
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String key : all) {
          if (!java.util.Objects.equals(before.get(key), after.get(key))) {
            changed.add(key);
            if (after.containsKey(key) && stale.size() < 5) {
              staleText(overridden, variant.parameter(overridden.getKey()).orElseThrow(), after.get(key)).ifPresent(stale::add);
            }
          }
        }
      }
    }
    return changed;
  }

  private static final java.util.regex.Pattern ZH_DATE = java.util.regex.Pattern.compile("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?");
  private static final java.util.regex.Pattern EN_DATE = java.util.regex.Pattern.compile(
      "(\\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![#\\w.])\\d[\\d,]*(\\.\\d+)?");

  /**
   * Whether a changed finding of the variant still shows the document's value: a moved deadline's
   * old date in either language, or a count's old number more often than the finding's own facts
   * have it as a value (a head-count of 100 may be shown; the limit 100 may not, once it is 80).
   */
  private static java.util.Optional<String> staleText(Parameter document, Parameter variant, Finding finding) {
    for (String text : List.of(finding.getMessageZh(), finding.getMessageEn())) {
      if (document.kind() == Parameter.Kind.DATE) {
        LocalDate old = document.getDate().orElseThrow();
        if (finding.getDeadline().equals(variant.getDate()) && (text.contains(old.getYear() + "年" + old.getMonthValue() + "月"
            + old.getDayOfMonth() + "日") || text.contains(old.getDayOfMonth() + " "
            + old.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + old.getYear()))) {
          return java.util.Optional.of(finding.getKey() + " shows the document's " + old + ": " + text);
        }
      } else if (document.kind() == Parameter.Kind.RATE) {
        String old = percent(document.getValue());
        if (text.contains(old) && !text.contains(percent(variant.getValue()))) {
          return java.util.Optional.of(finding.getKey() + " shows the document's " + old + ": " + text);
        }
      } else if (document.kind() == Parameter.Kind.COUNT && document.intValue() > 1) {
        boolean limited = finding.getFacts().stream()
            .anyMatch(f -> f.getLimit().filter(l -> l.equals(variant.intValue())).isPresent());
        if (!limited) {
          continue;
        }
        long asValues = finding.getFacts().stream()
            .filter(f -> f.getValue().filter(v -> v.equals(document.intValue())).isPresent()).count();
        String numbers = EN_DATE.matcher(ZH_DATE.matcher(text).replaceAll(" ")).replaceAll(" ");
        long shown = NUMBER.matcher(numbers).results()
            .filter(m -> m.group().replace(",", "").equals(String.valueOf(document.intValue()))).count();
        if (shown > asValues) {
          return java.util.Optional.of(finding.getKey() + " shows the document's " + document.intValue() + ": " + text);
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static Set<String> changedTargets(PolicySet set, PolicySet variant) {
    Map<String, Target> before = new TreeMap<>();
    set.targets().forEach(t -> before.put(t.getRuleId() + "/" + t.getKey(), t));
    Map<String, Target> after = new TreeMap<>();
    variant.targets().forEach(t -> after.put(t.getRuleId() + "/" + t.getKey(), t));
    Set<String> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    Set<String> changed = new TreeSet<>();
    for (String key : all) {
      if (!java.util.Objects.equals(before.get(key), after.get(key))) {
        changed.add(key);
      }
    }
    return changed;
  }

  @TestFactory
  Stream<DynamicTest> overridingOneParameterChangesExactlyWhatDependsOnIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PolicySet set : EVALUATOR.policySets()) {
      for (Parameter parameter : set.parameters()) {
        tests.add(DynamicTest.dynamicTest(set.id() + "/" + parameter.getKey(), () -> {
          Dependents expected = DEPENDENTS.getOrDefault(set.id(), Map.of()).get(parameter.getKey());
          assertTrue(expected != null, () -> "no row for " + set.id() + "/" + parameter.getKey());
          PolicySet variant = set.withOverrides(Map.of(parameter.getKey(), expected.value()));
          assertNotEquals(parameter, variant.parameter(parameter.getKey()).orElseThrow(), "the override changes the value");
          List<String> stale = new ArrayList<>();
          Set<String> findings = changedFindings(set, variant, parameter, stale);
          Set<String> targets = changedTargets(set, variant);
          String report = set.id() + "/" + parameter.getKey() + " -> " + expected.value() + ": findings " + findings
              + ", targets " + targets;
          assertEquals(expected.findings(), findings, report);
          assertEquals(expected.targets(), targets, report);
          assertEquals(List.of(), stale, "texts that still show the document's value");
          assertFalse(findings.isEmpty() && targets.isEmpty() && !QUOTAS.contains(parameter.getKey()),
              () -> report + ": the parameter alters nothing");
        }));
      }
    }
    return tests.stream();
  }

  /** Hunan's selection quotas speak of a list of candidates, not of one organisation: QuotaCheck reads them. */
  private static final Set<String> QUOTAS = Set.of("recommendationsPerCity", "directlyManagedSelections", "cityLevelSelections");

  @Test
  void quotasReachTheQuotaCheck() {
    PolicySet hunan = EVALUATOR.policySets().stream().filter(s -> s.id().equals("hunan-benchmark-2020")).findFirst().orElseThrow();
    List<QuotaCheck.Candidate> twoFromOneCity = List.of(new QuotaCheck.Candidate("a", "4301"), new QuotaCheck.Candidate("b", "4301"));
    assertEquals(1, QuotaCheck.atMostPerGroup(hunan.parameter("recommendationsPerCity").orElseThrow()).check(twoFromOneCity).size());
    PolicySet variant = hunan.withOverrides(Map.of("recommendationsPerCity", 2));
    assertEquals(0, QuotaCheck.atMostPerGroup(variant.parameter("recommendationsPerCity").orElseThrow()).check(twoFromOneCity).size());
    List<QuotaCheck.Candidate> twelve = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      twelve.add(new QuotaCheck.Candidate("c" + i, "direct"));
    }
    for (String key : List.of("directlyManagedSelections", "cityLevelSelections")) {
      assertEquals(1, QuotaCheck.exactly("direct", hunan.parameter(key).orElseThrow()).check(twelve).size(), key);
      assertEquals(0, QuotaCheck.exactly("direct", hunan.withOverrides(Map.of(key, 12)).parameter(key).orElseThrow())
          .check(twelve).size(), key);
    }
  }

  @Test
  void everyParameterOfEverySetIsInTheTable() {
    Map<String, Set<String>> missing = new TreeMap<>();
    Map<String, Set<String>> extra = new TreeMap<>();
    for (PolicySet set : EVALUATOR.policySets()) {
      Set<String> declared = new TreeSet<>();
      set.parameters().forEach(p -> declared.add(p.getKey()));
      Set<String> listed = new TreeSet<>(DEPENDENTS.getOrDefault(set.id(), Map.of()).keySet());
      Set<String> absent = new TreeSet<>(declared);
      absent.removeAll(listed);
      listed.removeAll(declared);
      if (!absent.isEmpty()) {
        missing.put(set.id(), absent);
      }
      if (!listed.isEmpty()) {
        extra.put(set.id(), listed);
      }
    }
    assertEquals(Map.of(), missing, "parameters without a row");
    assertEquals(Map.of(), extra, "rows without a parameter");
  }

  /**
   * The parameters each finding names ({@link Finding#getParameters()}) are exactly those of the
   * table: for every (parameter, finding key) of {@link #DEPENDENTS} the findings with that key
   * name the parameter, every finding names only parameters whose row lists its key, and every
   * parameter named is one of its own set's, with the value in effect (the variant's, in a
   * variant). Over the same sample as the overrides, every pair of the table comes up.
   */
  @TestFactory
  Stream<DynamicTest> findingsNameExactlyTheParametersTheyDependOn() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PolicySet set : EVALUATOR.policySets()) {
      tests.add(DynamicTest.dynamicTest(set.id(), () -> {
        Map<String, Dependents> rows = DEPENDENTS.getOrDefault(set.id(), Map.of());
        Sample sample = sample(set);
        Set<String> seen = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, Finding> findings : sample.findings()) {
          for (Finding finding : findings.values()) {
            check(set, rows, finding, seen, wrong);
          }
        }
        Set<String> expected = new TreeSet<>();
        rows.forEach((parameter, dependents) -> dependents.findings().forEach(key -> expected.add(parameter + " -> " + key)));
        assertEquals(List.of(), wrong, "findings naming the wrong parameters");
        Set<String> unseen = new TreeSet<>(expected);
        unseen.removeAll(seen);
        assertEquals(Set.of(), unseen, "pairs of the table no finding of the sample names");
        // a variant's findings name the variant's values
        for (Map.Entry<String, Dependents> row : rows.entrySet()) {
          if (row.getValue().findings().isEmpty()) {
            continue;
          }
          PolicySet variant = set.withOverrides(Map.of(row.getKey(), row.getValue().value()));
          Parameter inEffect = variant.parameter(row.getKey()).orElseThrow();
          int i = 0;
          for (Organisation organisation : sample.organisations()) {
            for (LocalDate asOf : sample.dates()) {
              i++;
              for (Finding finding : variant.assess(organisation, asOf).getFindings()) {
                check(variant, rows, finding, new TreeSet<>(), wrong);
                if (row.getValue().findings().contains(finding.getKey())) {
                  assertEquals(java.util.Optional.of(inEffect), finding.parameter(row.getKey()),
                      () -> set.id() + " variant " + row.getKey() + ": " + finding);
                }
              }
            }
            if (i > 200) {
              break;
            }
          }
        }
        assertEquals(List.of(), wrong, "findings of variants naming the wrong parameters");
      }));
    }
    return tests.stream();
  }

  private static void check(PolicySet set, Map<String, Dependents> rows, Finding finding, Set<String> seen, List<String> wrong) {
    for (Parameter parameter : finding.getParameters()) {
      seen.add(parameter.getKey() + " -> " + finding.getKey());
      if (!set.parameters().contains(parameter)) {
        wrong.add(finding.getKey() + " names " + parameter.getKey() + "=" + parameter.valueText() + ", not a parameter of "
            + set.id() + " with its value in effect");
      }
      Dependents row = rows.get(parameter.getKey());
      if (row == null || !row.findings().contains(finding.getKey())) {
        wrong.add(finding.getKey() + " names " + parameter.getKey() + ", whose row does not list it");
      }
    }
    rows.forEach((key, row) -> {
      if (row.findings().contains(finding.getKey()) && finding.parameter(key).isEmpty() && wrong.size() < 20) {
        wrong.add(finding.getKey() + " does not name " + key);
      }
    });
  }
}
