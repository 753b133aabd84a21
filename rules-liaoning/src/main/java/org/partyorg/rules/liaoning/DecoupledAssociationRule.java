package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L8: a decoupled industry association or chamber of commerce (脱钩行业协会商会) adjusts its
 * party organisation's affiliation (调整党组织隶属关系): a provincial one by 2016-09-30
 * (9月底之前), one below provincial level by 2016-12-31 (年底前).
 *
 * <p>One without a party organisation gets advice to seize the moment of decoupling and set
 * one up (强力推进党组织组建工作): the document urges, it sets no duty. National associations
 * are named by neither deadline and are left alone.
 */
final class DecoupledAssociationRule implements Rule {
  static final Citation PROVINCIAL_CITATION =
      Notice64.cite("二", "对脱钩行业协会商会，要认真抓好脱钩试点单位党建工作，及时调整党组织隶属关系。省级脱钩行业协会商会在9月底之前完成。");
  static final Citation BELOW_CITATION = Notice64.cite("二", "省级以下分级管理的脱钩行业协会商会，在年底前完成。");
  static final Citation FORMATION_CITATION = Notice64.cite("二", "把握脱钩时机，强力推进党组织组建工作，创新探索党组织设置方式。");

  static final FactType ADJUSTED = ModelFacts.AFFILIATION_ADJUSTED;

  private static final MessageTemplate PROVINCIAL_MET = Notice64.MESSAGES.template("L8.provincial.met");
  private static final MessageTemplate PROVINCIAL_NOT_ADJUSTED = Notice64.MESSAGES.template("L8.provincial.not-adjusted");
  private static final MessageTemplate BELOW_MET = Notice64.MESSAGES.template("L8.below-provincial.met");
  private static final MessageTemplate BELOW_NOT_ADJUSTED = Notice64.MESSAGES.template("L8.below-provincial.not-adjusted");
  private static final MessageTemplate NO_ORGANISATION = Notice64.MESSAGES.template("L8.formation.no-organisation");
  private static final Set<RequiredAction> ADJUST = Set.of(RequiredAction.ADJUST_AFFILIATION);
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  private final FindingFactory provincial;
  private final FindingFactory below;
  private final FindingFactory formation = FindingFactory.of(Notice64.SET_ID, "L8", FORMATION_CITATION).keyed("formation");

  /**
   * @param provincialDeadline when provincial associations adjust their affiliation ("在9月底之前")
   * @param belowDeadline when the others do ("在年底前")
   */
  DecoupledAssociationRule(Parameter provincialDeadline, Parameter belowDeadline) {
    this.provincial = FindingFactory.of(Notice64.SET_ID, "L8", PROVINCIAL_CITATION, provincialDeadline).keyed("provincial");
    this.below = FindingFactory.of(Notice64.SET_ID, "L8", BELOW_CITATION, belowDeadline).keyed("below-provincial");
  }

  @Override
  public String id() {
    return "L8";
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(provincial, below, formation);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.INDUSTRY_ASSOCIATION
        || !organisation.hasTrait(LiaoningVocabulary.DECOUPLED)) {
      return;
    }
    Optional<RegistrationLevel> level = organisation.getRegistrationLevel();
    Fact levelFact = OrganisationFacts.of(ModelFacts.REGISTRATION_LEVEL, level);
    if (level.isEmpty()) {
      out.add(provincial.undecided(List.of(ModelFacts.REGISTRATION_LEVEL), levelFact));
      return;
    }
    if (level.get() == RegistrationLevel.NATIONAL) {
      return;
    }
    boolean isProvincial = level.get() == RegistrationLevel.PROVINCIAL;
    FindingFactory findings = isProvincial ? provincial : below;
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), levelFact, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    Fact current = Fact.of(ModelFacts.PARTY_ORGANISATION, party.getForm());
    if (!Notice64.PARTY_ORGANISATION_FORMS.contains(party.getForm())) {
      out.add(formation.advisory(NO_ORGANISATION, ESTABLISH, levelFact, current));
      return;
    }
    Optional<Boolean> adjusted = party.getGovernance().flatMap(PartyOrganisationGovernance::getAffiliationAdjusted);
    Fact adjustedFact = OrganisationFacts.of(ADJUSTED, adjusted);
    if (adjusted.isEmpty()) {
      out.add(findings.undecided(List.of(ADJUSTED), levelFact, current, adjustedFact));
    } else if (adjusted.get()) {
      out.add(findings.satisfied(isProvincial ? PROVINCIAL_MET : BELOW_MET, levelFact, current, adjustedFact));
    } else {
      out.add(findings.violated(asOf, isProvincial ? PROVINCIAL_NOT_ADJUSTED : BELOW_NOT_ADJUSTED, ADJUST, levelFact, current, adjustedFact));
    }
  }
}
