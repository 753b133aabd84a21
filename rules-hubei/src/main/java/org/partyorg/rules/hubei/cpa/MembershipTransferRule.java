package org.partyorg.rules.hubei.cpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * H4: party members working in the industry must transfer their membership (组织关系) to the
 * firm's branch or the industry party committee, during the concentrated formation phase
 * (until 2016-10-20). The model does not record where members' membership is held, so for a
 * firm with members the finding is advisory: it names the obligation, the caller checks it.
 */
final class MembershipTransferRule implements Rule {
  /** 二（二）1, due with the concentrated formation phase, 2016-10-20. */
  static final Citation CITATION = CpaPlan.cite("二（二）1", "行业从业人员和注册会计师中的党员必须将组织关系转入事务所党支部或行业党委");

  /** 转接组织关系: transfer members' party membership to the firm's branch or the sector committee (H4, H5). */
  static final RequiredAction TRANSFER_MEMBERSHIP =
      RequiredAction.of("TRANSFER_MEMBERSHIP", "转接党员组织关系", "transfer the members’ party membership (组织关系)");

  private static final MessageTemplate CHECK = CpaPlan.MESSAGES.template("H4.transfer");
  private static final Set<RequiredAction> TRANSFER = Set.of(TRANSFER_MEMBERSHIP);

  private final FindingFactory findings;

  MembershipTransferRule(Parameter deadline) {
    this.findings = FindingFactory.of(CpaPlan.SET_ID, "H4", CITATION, deadline);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<Boolean> hasMembers = OrganisationFacts.hasAnyMembers(organisation);
    if (hasMembers.isEmpty()) {
      out.add(findings.undecided(OrganisationFacts.missingMemberCounts(organisation), OrganisationFacts.formalMembers(organisation), OrganisationFacts.probationaryMembers(organisation)));
    } else if (hasMembers.get()) {
      out.add(findings.advisory(CHECK, TRANSFER, OrganisationFacts.formalMembers(organisation), OrganisationFacts.probationaryMembers(organisation)));
    }
  }
}
