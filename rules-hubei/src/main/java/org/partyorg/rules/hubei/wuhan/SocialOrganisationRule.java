package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.hubei.support.OrganisationCheck;

/**
 * W5: the social organisations that must have a party organisation by 2016-11-30:
 * <ul>
 *   <li>law, accounting and tax firms (律师、会计师、税务师事务所), whatever their size: in
 *       三（二） "以及" separates them from the 30-staff condition;
 *   <li>private schools and private hospitals with 30 or more staff;
 *   <li>city-level social organisations (市级社会组织, 三（二）; 一 names only 市级社会团体, the
 *       responsibility section all of them). District-level ones are not under W5.
 * </ul>
 * The first limb that is known to apply decides the citation; when none is known to apply and
 * a fact is missing (head-count of a school or hospital, registration level), it is undecided.
 */
final class SocialOrganisationRule implements Rule {
  /** 三（二）, the schools, hospitals and firms (W5.entities), due 2016-11-30. */
  static final Citation ENTITIES_CITATION = WuhanPlan.cite("三（二）",
      "确保从业人员30人以上的民办学校、民办医院，以及律师、会计师、税务师事务所等实体性社会组织全部建立党组织");
  /** 三（二）, the city-level social organisations (W5.city), due 2016-11-30. */
  static final Citation CITY_CITATION = WuhanPlan.cite("三（二）",
      "有业务主管单位的，由市直机关工委牵头指导，各业务主管单位具体负责，确保到11月底，市级社会组织建有党的组织");
  /** "从业人员30人以上": the staff from which a private school or hospital has a party organisation. */
  static final Parameter STAFF_THRESHOLD = Parameter.of("socialServiceStaffThreshold", 30, "headCount", ENTITIES_CITATION);

  static final Set<OrganisationCategory> FIRMS =
      EnumSet.of(OrganisationCategory.LAW_FIRM, OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.TAX_FIRM);
  static final Set<OrganisationCategory> SCHOOLS_AND_HOSPITALS =
      EnumSet.of(OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL);

  private static final Messages TEXTS = WuhanPlan.MESSAGES;

  private final FindingFactory entities;
  private final FindingFactory cityLevel;
  private final int staffThreshold;

  private final OrganisationCheck.Prepared firm;
  private final OrganisationCheck.Prepared bigSchoolOrHospital;
  private final OrganisationCheck.Prepared city;

  /** @param staffThreshold {@link #STAFF_THRESHOLD}, or a what-if's value for it */
  SocialOrganisationRule(Parameter staff, Parameter deadline) {
    int staffThreshold = staff.intValue();
    this.entities = FindingFactory.of(WuhanPlan.SET_ID, "W5", ENTITIES_CITATION, deadline).reads(staff)
        .keyed("entities").obligation(Obligation.PARTY_ORGANISATION);
    this.cityLevel = FindingFactory.of(WuhanPlan.SET_ID, "W5", CITY_CITATION, deadline).reads(staff)
        .keyed("city").obligation(Obligation.PARTY_ORGANISATION);
    this.staffThreshold = staffThreshold;
    FindingFactory.FactSource category = (o, d) -> new Fact[] {Fact.of(ModelFacts.CATEGORY, o.getCategory())};
    this.firm = OrganisationCheck.prepare(entities, TEXTS.template("W5.entities.firm-met"),
        TEXTS.template("W5.entities.firm-missing"), TEXTS.template("W5.entities.firm-other-form"), category);
    this.bigSchoolOrHospital = OrganisationCheck.prepare(entities, TEXTS.template("W5.entities.staff-met"),
        TEXTS.template("W5.entities.staff-missing"), TEXTS.template("W5.entities.staff-other-form"),
        category.followedBy((o, d) -> new Fact[] {OrganisationFacts.headCount(o, staffThreshold)}));
    this.city = OrganisationCheck.prepare(cityLevel, TEXTS.template("W5.city.met"), TEXTS.template("W5.city.missing"),
        TEXTS.template("W5.city.other-form"), category.followedBy(
        (o, d) -> new Fact[] {Fact.of(ModelFacts.REGISTRATION_LEVEL, RegistrationLevel.CITY)}));
  }

  @Override
  public String id() {
    return entities.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(entities, cityLevel);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.sector() != Sector.SOCIAL_ORGANISATION) {
      return;
    }
    OrganisationCategory category = organisation.getCategory();
    Set<PartyOrganisationForm> accepted = FunctionalOrganisationRule.acceptedForms(organisation);
    if (FIRMS.contains(category)) {
      out.add(firm.require(organisation, asOf, accepted));
      return;
    }
    Optional<Boolean> bigSchool = SCHOOLS_AND_HOSPITALS.contains(category)
        ? (organisation.getHeadCount().isPresent()
            ? Optional.of(organisation.getHeadCount().getAsInt() >= staffThreshold)
            : Optional.empty())
        : Optional.of(false);
    Optional<Boolean> cityLevelKnown = organisation.getRegistrationLevel().map(level -> level == RegistrationLevel.CITY);
    if (bigSchool.orElse(false)) {
      out.add(bigSchoolOrHospital.require(organisation, asOf, accepted));
    } else if (cityLevelKnown.orElse(false)) {
      out.add(city.require(organisation, asOf, accepted));
    } else if (bigSchool.isEmpty() || cityLevelKnown.isEmpty()) {
      List<FactType> missing = new ArrayList<>(2);
      List<Fact> facts = new ArrayList<>(3);
      facts.add(Fact.of(ModelFacts.CATEGORY, category));
      if (bigSchool.isEmpty()) {
        missing.add(ModelFacts.HEAD_COUNT);
        facts.add(Fact.unknown(ModelFacts.HEAD_COUNT));
      }
      if (cityLevelKnown.isEmpty()) {
        missing.add(ModelFacts.REGISTRATION_LEVEL);
        facts.add(Fact.unknown(ModelFacts.REGISTRATION_LEVEL));
      }
      FindingFactory factory = bigSchool.isEmpty() ? entities : cityLevel;
      out.add(factory.undecided(missing, facts.toArray(new Fact[0])));
    }
  }
}
