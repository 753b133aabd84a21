package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.Members;
import org.partyorg.rules.hubei.support.StaffThreshold;

/**
 * W2: a non-public enterprise with 50 or more staff has party members ("职工50人以上的有党员").
 * 党员 without 正式: formal and probationary members both count.
 */
final class MembersRule implements Rule {
  private static final MessageTemplate MET = MessageTemplate.of(
      "职工{headCount}人（{headCount.limit}人以上），已有党员。",
      "{headCount} staff ({headCount.limit} or more) and party members: met.");
  private static final MessageTemplate NONE = MessageTemplate.of(
      "职工{headCount}人（{headCount.limit}人以上），尚无党员，须发展、引进党员，期限{deadline}。",
      "{headCount} staff ({headCount.limit} or more) and no party member: must bring in party members by {deadline}.");
  private static final Set<RequiredAction> RECRUIT = Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS);

  private final FindingFactory findings;
  private final Parameter staffThreshold;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared none;

  MembersRule(FindingFactory findings, Parameter staffThreshold) {
    this.findings = findings;
    this.staffThreshold = staffThreshold;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      StaffThreshold.fact(o, staffThreshold), Members.formal(o), Members.probationary(o)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.none = findings.prepareViolated(NONE, RECRUIT, facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE
        || !StaffThreshold.isReached(findings, organisation, staffThreshold, out)) {
      return;
    }
    Optional<Boolean> hasMembers = Members.hasAny(organisation);
    if (hasMembers.isEmpty()) {
      out.add(findings.undecided(Members.missing(organisation), StaffThreshold.fact(organisation, staffThreshold),
          Members.formal(organisation), Members.probationary(organisation)));
    } else {
      out.add((hasMembers.get() ? met : none).of(organisation, asOf));
    }
  }
}
