package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * L5: a joint party organisation between enterprises (企业间联合党组织) covers at most 3
 * enterprises. Joint organisations over a professional market, a commercial building or any
 * other scope are "other types" (其他类型的联合党组织) and have no cap, so the rule is silent on
 * them.
 *
 * <p>The enterprises counted are the credit codes the joint organisation covers, together with
 * the reporting enterprise's own (the model asks callers to include it; adding it again changes
 * nothing, leaving it out does not undercount); where only the number covered is reported, that
 * number.
 */
final class JointEnterpriseCapRule implements Rule {
  static final Citation CITATION =
      Notice64.cite("二", "企业间建立联合党组织（最多3户企业），要实现数量翻番。其他类型的联合党组织可对专业市场、商务楼宇等实现党的组织覆盖。");

  static final FactType COVERED = ModelFacts.COVERED_ORGANISATIONS;
  private static final FactType SCOPE = ModelFacts.JOINT_SCOPE;

  private static final MessageTemplate MET = Notice64.MESSAGES.template("L5.met");
  private static final MessageTemplate OVER = Notice64.MESSAGES.template("L5.over");
  private static final Set<RequiredAction> REDUCE = Set.of(RequiredAction.REDUCE_JOINT_COVERAGE);

  private static final Fact FORM = Fact.of(ModelFacts.PARTY_ORGANISATION, PartyOrganisationForm.JOINT);
  private static final Fact BETWEEN_ENTERPRISES = Fact.of(SCOPE, JointScope.BETWEEN_ENTERPRISES);

  private final FindingFactory findings;
  private final int cap;

  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared over;

  JointEnterpriseCapRule(Parameter capParameter, Parameter deadline) {
    int cap = capParameter.intValue();
    this.findings = FindingFactory.of(Notice64.SET_ID, "L5", CITATION, deadline).reads(capParameter);
    this.cap = cap;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      FORM, BETWEEN_ENTERPRISES,
      Fact.of(COVERED, enterprises(o, o.getPartyOrganisation().get()), cap)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.over = findings.prepareViolated(OVER, REDUCE, facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
      return;
    }
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    if (party.getForm() != PartyOrganisationForm.JOINT) {
      return;
    }
    if (party.getJointScope().isEmpty()) {
      out.add(findings.undecided(List.of(SCOPE), FORM, Fact.unknown(SCOPE)));
      return;
    }
    if (party.getJointScope().get() != JointScope.BETWEEN_ENTERPRISES) {
      return;
    }
    if (party.coveredCount().isEmpty()) {
      out.add(findings.undecided(List.of(COVERED), FORM, BETWEEN_ENTERPRISES, Fact.unknown(COVERED)));
      return;
    }
    out.add((enterprises(organisation, party) > cap ? over : met).of(organisation, asOf));
  }

  /**
   * The enterprises covered: the listed codes with the reporting enterprise's own, or the count
   * reported where no code is listed (a count includes the reporting enterprise by definition).
   */
  private static int enterprises(Organisation organisation, PartyOrganisation party) {
    List<String> codes = party.getCoveredOrganisations();
    if (codes.isEmpty()) {
      return party.coveredCount().getAsInt();
    }
    // each code is listed once (validation sees to it): add the reporting one if it is missing
    return codes.contains(organisation.getCreditCode()) ? codes.size() : codes.size() + 1;
  }
}
