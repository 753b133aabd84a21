package org.partyorg.rules.api;

import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * What counts as "covered" for a {@link Target}: the documents differ (the Hubei CPA plan counts
 * firms with a party member, Wuhan and Liaoning count party organisations, Liaoning's national
 * parks also count party work). A target lists the forms it accepts; an organisation is covered
 * when it has any of them.
 *
 * <p>Each form reads the organisation three-valued ({@link #covers}): a fact the form needs and
 * the record does not report makes the answer unknown, never "not covered".
 */
public enum CoverageForm {
  /** At least one party member, formal or probationary (有党员). */
  PARTY_MEMBER,
  /** A party organisation of its own or a joint one (单独或联合建立党组织). */
  PARTY_ORGANISATION,
  /** A functional party organisation (功能型党组织), where the document allows one. */
  FUNCTIONAL_ORGANISATION,
  /** A party-building work group at council level (理事会层面党建工作小组), where the document allows one. */
  COUNCIL_WORK_GROUP,
  /**
   * Party work coverage (党的工作覆盖): a party-building instructor assigned or a mass organisation
   * set up, the two ways the documents name.
   */
  WORK_COVERAGE;

  /**
   * Whether the organisation has this form of coverage: empty when the record does not report
   * what the form needs (the party organisation, the member counts or the work coverage).
   */
  public Optional<Boolean> covers(Organisation organisation) {
    switch (this) {
      case PARTY_MEMBER:
        return hasMember(organisation);
      case PARTY_ORGANISATION:
        return form(organisation, PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT);
      case FUNCTIONAL_ORGANISATION:
        return form(organisation, PartyOrganisationForm.FUNCTIONAL);
      case COUNCIL_WORK_GROUP:
        return form(organisation, PartyOrganisationForm.COUNCIL_WORK_GROUP);
      case WORK_COVERAGE:
        return organisation.getWorkCoverage().map(CoverageForm::hasWork);
      default:
        throw new AssertionError(this);
    }
  }

  private static Optional<Boolean> hasMember(Organisation organisation) {
    // One known member is enough; a known zero of one kind needs the other kind known too.
    if (organisation.getFormalMembers().orElse(0) > 0 || organisation.getProbationaryMembers().orElse(0) > 0) {
      return Answers.YES;
    }
    return organisation.partyMembers().isPresent() ? Answers.NO : Optional.empty();
  }

  private static Optional<Boolean> form(Organisation organisation, PartyOrganisationForm... forms) {
    Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
    if (party.isEmpty()) {
      return Optional.empty();
    }
    for (PartyOrganisationForm form : forms) {
      if (party.get().getForm() == form) {
        return Answers.YES;
      }
    }
    return Answers.NO;
  }

  private static boolean hasWork(WorkCoverage work) {
    return work.isInstructorAssigned() || !work.getMassOrganisations().isEmpty();
  }
}
