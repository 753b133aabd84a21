package org.partyorg.rules.hunan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B19 (附件2 4(2)): 95% or more of the members (mobile members included) take part in the
 * party's theme education.
 *
 * <p>The rate is the record's figures for its period, participants over the members who should
 * take part, compared exactly (19 of 20 is 95% and meets it; 949 of 1000 does not). It is one
 * rate over the period, not one per session: the indicator speaks of members' participation.
 * A period without members to take part is outside the rule. The as-of date does not enter:
 * the figures are the record's.
 */
final class ParticipationRule implements Rule {
  static final Citation CITATION =
      BenchmarkPlan.cite("附件2 4（2）", "党组织积极组织党员（含流动党员）参加党内主题教育活动，党员参与率达95%以上");
  static final Parameter PARTICIPATION = Parameter.rate("themeEducationParticipationRate", new BigDecimal("0.95"), CITATION);

  /** 提高党员主题教育参与率. */
  static final RequiredAction RAISE_PARTICIPATION =
      RequiredAction.of("RAISE_PARTICIPATION", "提高党员主题教育参与率", "bring more members into the party’s theme education");

  private static final MessageTemplate MET = BenchmarkPlan.message("B19.met");
  private static final MessageTemplate LOW = BenchmarkPlan.message("B19.low");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final FindingFactory findings;
  private final BigDecimal rate;
  private final BigDecimal percentLimit;

  ParticipationRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B19", CITATION).reads(values.get(PARTICIPATION));
    this.rate = values.value(PARTICIPATION);
    BigDecimal limit = rate.multiply(HUNDRED).stripTrailingZeros();
    this.percentLimit = limit.scale() < 0 ? limit.setScale(0) : limit;
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<ActivityRecord> found = PartyFacts.record(organisation, findings, out);
    if (found.isEmpty()) {
      return;
    }
    ActivityRecord record = found.get();
    if (record.getThemeEducationMembers().isEmpty() || record.getThemeEducationParticipants().isEmpty()) {
      List<FactType> missing = new ArrayList<>();
      if (record.getThemeEducationMembers().isEmpty()) {
        missing.add(ModelFacts.THEME_EDUCATION_MEMBERS);
      }
      if (record.getThemeEducationParticipants().isEmpty()) {
        missing.add(ModelFacts.THEME_EDUCATION_PARTICIPANTS);
      }
      out.add(findings.undecided(missing));
      return;
    }
    int members = record.getThemeEducationMembers().getAsInt();
    int participants = record.getThemeEducationParticipants().getAsInt();
    if (members == 0) {
      return;
    }
    // shown rounded down, so that 94.99% never reads as 95.0%
    BigDecimal percent = BigDecimal.valueOf(participants).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(members), 1, RoundingMode.DOWN);
    Fact[] facts = {
      // the limit in percent, as the value: a number, written 95% in the texts
      Fact.of(PartyFacts.PARTICIPATION_PERCENT, percent, percentLimit),
      Fact.of(ModelFacts.THEME_EDUCATION_PARTICIPANTS, participants),
      Fact.of(ModelFacts.THEME_EDUCATION_MEMBERS, members)
    };
    boolean met = BigDecimal.valueOf(participants).compareTo(rate.multiply(BigDecimal.valueOf(members))) >= 0;
    out.add(met
        ? findings.satisfied(MET, facts)
        : findings.violated(asOf, LOW, Set.of(RAISE_PARTICIPATION), facts));
  }
}
