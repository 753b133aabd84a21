package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;

/**
 * L10, first sentence: where the investor or person in charge is the party secretary
 * (出资人（负责人）任党组织书记), the organisation has a full-time deputy secretary and a
 * party-and-mass work department, so that party work does not rest on the owner alone.
 *
 * <p>A missing half is named as soon as it is known to be missing, even if the other half is
 * not reported: the finding is then violated, lists the unknown half among its facts, and its text
 * asks for it.
 */
final class DeputySecretaryRule extends GovernanceRule {
  static final Citation CITATION = Notice64.cite("三4", "出资人（负责人）任党组织书记的，配备专职副书记，建立党群工作部。");

  static final FactType SECRETARY = ModelFacts.SECRETARY_IS_INVESTOR_OR_HEAD;
  static final FactType DEPUTY = ModelFacts.FULL_TIME_DEPUTY_SECRETARY;
  static final FactType DEPARTMENT = ModelFacts.PARTY_AND_MASS_WORK_DEPARTMENT;

  private static final MessageTemplate MET = Notice64.MESSAGES.template("L10.deputy-secretary.met");
  private static final MessageTemplate NO_DEPUTY = Notice64.MESSAGES.template("L10.deputy-secretary.no-deputy");
  private static final MessageTemplate NO_DEPARTMENT = Notice64.MESSAGES.template("L10.deputy-secretary.no-department");
  private static final MessageTemplate NEITHER = Notice64.MESSAGES.template("L10.deputy-secretary.neither");

  private final FindingFactory.Prepared met;
  private final FindingFactory.Prepared noDeputy;
  private final FindingFactory.Prepared noDepartment;
  private final FindingFactory.Prepared neither;

  DeputySecretaryRule(Parameter deadline) {
    super(FindingFactory.of(Notice64.SET_ID, "L10", CITATION, deadline).keyed("deputy-secretary"));
    FindingFactory.FactSource facts = (o, d) -> facts(o.getPartyOrganisation().get().getGovernance());
    this.met = findings.prepareSatisfied(MET, facts);
    this.noDeputy = findings.prepareViolated(NO_DEPUTY, Set.of(LiaoningVocabulary.APPOINT_FULL_TIME_DEPUTY_SECRETARY), facts);
    this.noDepartment =
        findings.prepareViolated(NO_DEPARTMENT, Set.of(LiaoningVocabulary.SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT), facts);
    this.neither = findings.prepareViolated(NEITHER, Set.of(
        LiaoningVocabulary.APPOINT_FULL_TIME_DEPUTY_SECRETARY, LiaoningVocabulary.SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT), facts);
  }

  private static Fact[] facts(Optional<PartyOrganisationGovernance> governance) {
    return new Fact[] {
      Fact.of(SECRETARY, true),
      OrganisationFacts.of(DEPUTY, governance.flatMap(PartyOrganisationGovernance::getFullTimeDeputySecretary)),
      OrganisationFacts.of(DEPARTMENT, governance.flatMap(PartyOrganisationGovernance::getPartyAndMassWorkDepartment))
    };
  }

  @Override
  void evaluateGovernance(Organisation organisation, PartyOrganisation party, LocalDate asOf, List<Finding> out) {
    Optional<PartyOrganisationGovernance> governance = party.getGovernance();
    Optional<Boolean> secretary = governance.flatMap(PartyOrganisationGovernance::getSecretaryIsInvestorOrHead);
    if (secretary.isEmpty()) {
      out.add(findings.undecided(List.of(SECRETARY), Fact.unknown(SECRETARY)));
      return;
    }
    if (!secretary.get()) {
      return;
    }
    Optional<Boolean> deputy = governance.flatMap(PartyOrganisationGovernance::getFullTimeDeputySecretary);
    Optional<Boolean> department = governance.flatMap(PartyOrganisationGovernance::getPartyAndMassWorkDepartment);
    boolean noDeputyKnown = deputy.isPresent() && !deputy.get();
    boolean noDepartmentKnown = department.isPresent() && !department.get();
    if (noDeputyKnown || noDepartmentKnown) {
      out.add((noDeputyKnown && noDepartmentKnown ? neither : noDeputyKnown ? noDeputy : noDepartment)
          .of(organisation, asOf));
      return;
    }
    if (deputy.isPresent() && department.isPresent()) {
      out.add(met.of(organisation, asOf));
      return;
    }
    List<FactType> missing = new ArrayList<>(2);
    if (deputy.isEmpty()) {
      missing.add(DEPUTY);
    }
    if (department.isEmpty()) {
      missing.add(DEPARTMENT);
    }
    out.add(findings.undecided(missing, facts(governance)));
  }
}
