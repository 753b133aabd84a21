package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;

/**
 * L10, second sentence: a general branch or a branch (党总支、党支部) has full-time party
 * affairs staff (专职党务干事), at least one. A primary committee (党委) is not named and is left
 * alone; so is a council-level work group, which is not a party organisation.
 */
final class PartyAffairsStaffRule extends GovernanceRule {
  static final Citation CITATION = Notice64.cite("三4", "党总支、党支部要配备专职党务干事。");

  static final FactType STAFF = ModelFacts.FULL_TIME_PARTY_AFFAIRS_STAFF;

  private static final MessageTemplate MET = Notice64.MESSAGES.template("L10.party-affairs-staff.met");
  private static final MessageTemplate NONE = Notice64.MESSAGES.template("L10.party-affairs-staff.none");
  private static final Set<RequiredAction> ASSIGN = Set.of(LiaoningVocabulary.ASSIGN_PARTY_AFFAIRS_STAFF);

  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared none;

  PartyAffairsStaffRule(Parameter deadline) {
    super(FindingFactory.of(Notice64.SET_ID, "L10", CITATION, deadline).keyed("party-affairs-staff"));
    FindingFactory.FactSource facts = (o, d) -> {
      PartyOrganisation party = o.getPartyOrganisation().get();
      return new Fact[] {Fact.of(ModelFacts.PARTY_ORGANISATION_LEVEL, party.getLevel().get()), OrganisationFacts.of(STAFF, staff(party))};
    };
    this.met = findings.prepareSatisfied(MET, facts);
    this.none = findings.prepareViolated(NONE, ASSIGN, facts);
  }

  private static OptionalInt staff(PartyOrganisation party) {
    return party.getGovernance()
        .map(PartyOrganisationGovernance::getFullTimePartyAffairsStaff)
        .orElse(OptionalInt.empty());
  }

  @Override
  void evaluateGovernance(Organisation organisation, PartyOrganisation party, LocalDate asOf, List<Finding> out) {
    Optional<PartyOrganisationLevel> level = party.getLevel();
    if (level.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION_LEVEL), Fact.unknown(ModelFacts.PARTY_ORGANISATION_LEVEL)));
      return;
    }
    if (level.get() == PartyOrganisationLevel.PRIMARY_COMMITTEE) {
      return;
    }
    OptionalInt staff = staff(party);
    if (staff.isEmpty()) {
      out.add(findings.undecided(List.of(STAFF), Fact.of(ModelFacts.PARTY_ORGANISATION_LEVEL, level.get()), OrganisationFacts.of(STAFF, staff)));
    } else {
      out.add((staff.getAsInt() > 0 ? met : none).of(organisation, asOf));
    }
  }
}
