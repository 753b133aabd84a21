package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * W12: to whom an existing party organisation is affiliated (隶属关系), by 2016-11-20. The model
 * does not record the present affiliation, so the finding is advisory: it states the one the
 * document prescribes. Enterprises: territorial; city-level social organisations: by industry
 * and supervising department; district-level and below: territorial. Provincial and national
 * social organisations and rural entities are not named: no finding.
 */
final class AffiliationRule implements Rule {
  /** 二（五）, enterprises (W12.enterprises), due 2016-11-20. */
  static final Citation ENTERPRISES_CITATION = WuhanPlan.cite("二（五）", "对非公经济组织党组织，原则上以属地管理为主");
  /** 二（五）, social organisations (W12.social), due 2016-11-20. */
  static final Citation SOCIAL_CITATION = WuhanPlan.cite("二（五）",
      "对社会组织党组织，市级社会组织以行业和主管部门管理为主，区级及以下社会组织以属地管理为主");

  private static final MessageTemplate ENTERPRISE_TERRITORIAL = WuhanPlan.MESSAGES.template("W12.enterprises.territorial");
  private static final MessageTemplate BY_INDUSTRY = WuhanPlan.MESSAGES.template("W12.social.by-industry");
  private static final MessageTemplate SOCIAL_TERRITORIAL = WuhanPlan.MESSAGES.template("W12.social.territorial");
  private static final Set<RequiredAction> ADJUST = Set.of(RequiredAction.ADJUST_AFFILIATION);

  private final FindingFactory enterprises;
  private final FindingFactory social;
  // an enterprise's finding depends on the form of its party organisation alone: one per form, shared
  private final Map<PartyOrganisationForm, Finding> territorial = new EnumMap<>(PartyOrganisationForm.class);

  AffiliationRule(Parameter deadline) {
    this.enterprises =
        FindingFactory.of(WuhanPlan.SET_ID, "W12", ENTERPRISES_CITATION, deadline).keyed("enterprises");
    this.social = FindingFactory.of(WuhanPlan.SET_ID, "W12", SOCIAL_CITATION, deadline).keyed("social");
    for (PartyOrganisationForm form : PartyOrganisationForm.values()) {
      territorial.put(form, enterprises.advisory(ENTERPRISE_TERRITORIAL, ADJUST, Fact.of(ModelFacts.PARTY_ORGANISATION, form)));
    }
  }

  @Override
  public String id() {
    return enterprises.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(enterprises, social);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Sector sector = organisation.sector();
    if (sector == Sector.RURAL) {
      return;
    }
    FindingFactory findings = sector == Sector.NON_PUBLIC_ECONOMY ? enterprises : social;
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    if (!organisation.getPartyOrganisation().get().exists()) {
      return;
    }
    if (sector == Sector.NON_PUBLIC_ECONOMY) {
      out.add(territorial.get(organisation.getPartyOrganisation().get().getForm()));
      return;
    }
    Fact form = OrganisationFacts.partyOrganisation(organisation);
    if (organisation.getRegistrationLevel().isEmpty()) {
      out.add(social.undecided(List.of(ModelFacts.REGISTRATION_LEVEL), form, Fact.unknown(ModelFacts.REGISTRATION_LEVEL)));
      return;
    }
    RegistrationLevel level = organisation.getRegistrationLevel().get();
    Fact levelFact = Fact.of(ModelFacts.REGISTRATION_LEVEL, level);
    if (level == RegistrationLevel.CITY) {
      out.add(social.advisory(BY_INDUSTRY, ADJUST, form, levelFact));
    } else if (level == RegistrationLevel.DISTRICT_OR_BELOW) {
      out.add(social.advisory(SOCIAL_TERRITORIAL, ADJUST, form, levelFact));
    }
  }
}
