package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * W9: a social organisation staffed mainly by people from government bodies and public
 * institutions (以机关事业单位人员为主体) may set up a functional party organisation (功能型党组织);
 * its members keep one home organisation, pay dues once and are counted once. For such an
 * organisation the functional form counts wherever the set asks for a party organisation
 * (W3–W6, N1, N2): those rules ask {@link #acceptedForms} and the set's baseline {@link #allowed}.
 * A functional organisation anywhere else is not a form the document allows: advisory, and it
 * does not count. The document sets no date for it, so the findings have no deadline.
 */
final class FunctionalOrganisationRule implements Rule {
  /** 二（四）4. */
  static final Citation CITATION = WuhanPlan.cite("二（四）4",
      "以机关事业单位人员为主体组成的社会组织等，可以建立功能型党组织，党员按照一方隶属、双重管理、多方活动的原则，进行有效管理，党员不重复交纳党费，不重复进行党内统计");

  /** 以机关事业单位人员为主体组成的社会组织: the caller's report that the functional form is open to a social organisation. */
  static final Trait STAFFED_BY_PUBLIC_SECTOR = Trait.of("STAFFED_BY_PUBLIC_SECTOR",
      "以机关事业单位人员为主体组成的社会组织",
      "social organisation staffed mainly by people from government bodies and public institutions");
  /** Whether the organisation is staffed mainly by people from government bodies or public institutions (W9). */
  static final FactType STAFFED_BY_PUBLIC_SECTOR_FACT = FactType.flag("staffedByPublicSector",
      "以机关事业单位人员为主体", "staffed mainly from government bodies or public institutions");
  private static final MessageTemplate MET = WuhanPlan.MESSAGES.template("W9.met");
  private static final MessageTemplate MAY = WuhanPlan.MESSAGES.template("W9.may");
  private static final MessageTemplate NOT_ALLOWED = WuhanPlan.MESSAGES.template("W9.not-allowed");
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  // the answers of acceptedForms: shared, nothing made per organisation
  private static final Set<PartyOrganisationForm> STANDALONE_OR_JOINT = Collections.unmodifiableSet(
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT));
  private static final Set<PartyOrganisationForm> STANDALONE_JOINT_OR_FUNCTIONAL = Collections.unmodifiableSet(
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT, PartyOrganisationForm.FUNCTIONAL));

  private final FindingFactory findings;

  FunctionalOrganisationRule() {
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W9", CITATION);
  }

  /** The forms that count as "建有党的组织" for this organisation: with the functional form where {@link #allowed}. */
  static Set<PartyOrganisationForm> acceptedForms(Organisation organisation) {
    return allowed(organisation) ? STANDALONE_JOINT_OR_FUNCTIONAL : STANDALONE_OR_JOINT;
  }

  /**
   * Whether the functional form is allowed: the document's "以机关事业单位人员为主体组成的社会组织等"
   * read as a social organisation the caller marks {@link #STAFFED_BY_PUBLIC_SECTOR}. A
   * trait is reported or not, so the answer is never unknown.
   */
  static boolean allowed(Organisation organisation) {
    return organisation.sector() == Sector.SOCIAL_ORGANISATION && organisation.hasTrait(STAFFED_BY_PUBLIC_SECTOR);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    boolean allowed = allowed(organisation);
    Fact staffedByPublicSector = Fact.of(STAFFED_BY_PUBLIC_SECTOR_FACT, organisation.hasTrait(STAFFED_BY_PUBLIC_SECTOR));
    if (organisation.getPartyOrganisation().isEmpty()) {
      if (allowed) {
        out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), staffedByPublicSector, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      }
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    Fact current = Fact.of(ModelFacts.PARTY_ORGANISATION, form);
    if (form == PartyOrganisationForm.FUNCTIONAL) {
      out.add(allowed
          ? findings.satisfied(MET, staffedByPublicSector, current)
          : findings.advisory(NOT_ALLOWED, ESTABLISH, staffedByPublicSector, current));
    } else if (allowed && form == PartyOrganisationForm.NONE) {
      out.add(findings.advisory(MAY, ESTABLISH, staffedByPublicSector, current));
    }
  }
}
