package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L3: a non-public enterprise with 100 or more staff has a party organisation of its own
 * (全部单独组建党组织). A joint organisation does not meet it.
 *
 * <p>An own organisation needs the formal members N1 asks for (3): an enterprise of this size
 * with fewer known formal members is also asked to recruit, even if it reports a standalone
 * organisation. That keeps the rule from going quiet exactly where L4 ("50人至99人的要有党员")
 * stops applying.
 */
final class OwnOrganisationRule implements Rule {
  static final Citation CITATION =
      Notice64.cite("二", "在非公有制企业，职工人数100人以上的全部单独组建党组织，50人至99人的要有党员。");

  private static final MessageTemplate MET =
      MessageTemplate.of(
          "职工{headCount}人（{headCount.limit}人以上），已单独组建党组织。",
          "{headCount} staff ({headCount.limit} or more) and a party organisation of its own: met.");
  private static final MessageTemplate MISSING =
      MessageTemplate.of(
          "职工{headCount}人（{headCount.limit}人以上），须单独组建党组织（现为{partyOrganisation}），期限{deadline}。",
          "{headCount} staff ({headCount.limit} or more): must have a party organisation of its own (now {partyOrganisation}) by {deadline}.");
  private static final MessageTemplate IN_JOINT =
      MessageTemplate.of(
          "职工{headCount}人（{headCount.limit}人以上），联合党组织不符合要求，须单独组建党组织，期限{deadline}。",
          "{headCount} staff ({headCount.limit} or more): a joint party organisation does not do, it must have its own by {deadline}.");
  private static final MessageTemplate TOO_FEW_MEMBERS =
      MessageTemplate.of(
          "职工{headCount}人（{headCount.limit}人以上），单独组建党组织须有正式党员{formalMembers.limit}名以上，现有{formalMembers}名，须发展、引进党员，期限{deadline}。",
          "{headCount} staff ({headCount.limit} or more): its own party organisation needs {formalMembers.limit} formal members, it has {formalMembers}; must recruit members by {deadline}.");

  private static final Set<RequiredAction> RECRUIT = Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS);

  private final FindingFactory findings;
  private final int staffThreshold;
  private final int standaloneFormalMembers;
  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared tooFewMembers;
  private final FindingFactory.Prepared inJoint;
  private final FindingFactory.Prepared inJointTooFewMembers;
  private final FindingFactory.Prepared missing;
  private final FindingFactory.Prepared missingTooFewMembers;

  OwnOrganisationRule(int staffThreshold, int standaloneFormalMembers) {
    this.findings = FindingFactory.of(Notice64.SET_ID, "L3", CITATION, Notice64.REPORT_DEADLINE);
    this.staffThreshold = staffThreshold;
    this.standaloneFormalMembers = standaloneFormalMembers;
    FindingFactory.FactSource facts = (o, d) -> new Fact[] {
      OrganisationFacts.headCount(o, staffThreshold),
      OrganisationFacts.partyOrganisation(o),
      OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, o.getFormalMembers(), standaloneFormalMembers)
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.tooFewMembers = findings.prepareViolated(TOO_FEW_MEMBERS, RECRUIT, facts);
    this.inJoint = findings.prepareViolated(IN_JOINT, Set.of(RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), facts);
    this.inJointTooFewMembers = findings.prepareViolated(IN_JOINT,
        Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS, RequiredAction.SPLIT_OUT_OF_JOINT_ORGANISATION), facts);
    this.missing = findings.prepareViolated(MISSING, Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), facts);
    this.missingTooFewMembers = findings.prepareViolated(MISSING,
        Set.of(RequiredAction.RECRUIT_PARTY_MEMBERS, RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), facts);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (!(organisation.getCategory() == OrganisationCategory.NON_PUBLIC_ENTERPRISE && OrganisationFacts.headCountWithin(findings, organisation, staffThreshold, Integer.MAX_VALUE, out))) {
      return;
    }
    OptionalInt formal = organisation.getFormalMembers();
    boolean tooFew = formal.isPresent() && formal.getAsInt() < standaloneFormalMembers;
    if (organisation.getPartyOrganisation().isEmpty()) {
      // too few members is a known gap whatever the unreported organisation is
      Fact[] facts = {
        OrganisationFacts.headCount(organisation, staffThreshold), Fact.unknown(ModelFacts.PARTY_ORGANISATION),
        OrganisationFacts.of(ModelFacts.FORMAL_MEMBERS, formal, standaloneFormalMembers)
      };
      out.add(tooFew
          ? findings.violated(asOf, TOO_FEW_MEMBERS, RECRUIT, facts)
          : findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), facts));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    FindingFactory.Prepared finding;
    if (form == PartyOrganisationForm.STANDALONE) {
      finding = tooFew ? tooFewMembers : met;
    } else if (form == PartyOrganisationForm.JOINT) {
      finding = tooFew ? inJointTooFewMembers : inJoint;
    } else {
      finding = tooFew ? missingTooFewMembers : missing;
    }
    out.add(finding.of(organisation, asOf));
  }
}
