package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.rules.api.model.ConsistentOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * Checks {@link ConsistentOrganisation}: each broken invariant is reported under the field it
 * concerns, so that the caller sees exactly which value to correct.
 */
public final class ConsistentOrganisationValidator
    implements ConstraintValidator<ConsistentOrganisation, Organisation> {

  @Override
  public boolean isValid(Organisation organisation, ConstraintValidatorContext context) {
    if (organisation == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (organisation.getHeadCount().isPresent()
        && organisation.getFullTimeStaff().isPresent()
        && organisation.getFullTimeStaff().getAsInt() > organisation.getHeadCount().getAsInt()) {
      report(context, "{org.partyorg.rules.fullTimeStaff.exceedsHeadCount}", "fullTimeStaff");
      valid = false;
    }
    if (organisation.getPartyOrganisation().isPresent()) {
      PartyOrganisation party = organisation.getPartyOrganisation().get();
      if (party.getForm() == PartyOrganisationForm.NONE
          && (party.getLevel().isPresent() || party.getFoundingDate().isPresent()
              || party.getGovernance().isPresent())) {
        report(context, "{org.partyorg.rules.partyOrganisation.noneWithDetails}", "partyOrganisation");
        valid = false;
      }
      if (party.getForm() != PartyOrganisationForm.JOINT
          && !party.getCoveredOrganisations().isEmpty()) {
        report(context, "{org.partyorg.rules.partyOrganisation.coveredOnlyForJoint}", "partyOrganisation");
        valid = false;
      }
      if (party.getForm() != PartyOrganisationForm.JOINT && party.getJointScope().isPresent()) {
        report(context, "{org.partyorg.rules.partyOrganisation.scopeOnlyForJoint}", "partyOrganisation");
        valid = false;
      }
    }
    return valid;
  }

  private static void report(ConstraintValidatorContext context, String template, String property) {
    context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
  }
}
