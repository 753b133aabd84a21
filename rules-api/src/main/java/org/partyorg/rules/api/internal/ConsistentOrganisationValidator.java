package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.model.ConsistentOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * Checks {@link ConsistentOrganisation}: each broken invariant is reported under the field it
 * concerns, so that the caller sees exactly which value to correct.
 */
public final class ConsistentOrganisationValidator
    implements ConstraintValidator<ConsistentOrganisation, Organisation> {
  static final String PREFIX = "{org.partyorg.rules.";

  /**
   * Also the check itself, without reporting, when {@code context} is null: a faster path that
   * must agree with validation exactly calls it so.
   */
  @Override
  public boolean isValid(Organisation organisation, ConstraintValidatorContext context) {
    if (organisation == null) {
      return true;
    }
    if (context != null) {
      context.disableDefaultConstraintViolation();
    }
    boolean valid = true;
    if (Consistency.fullTimeStaffExceedsHeadCount(organisation)) {
      report(context, "fullTimeStaff.exceedsHeadCount}", "fullTimeStaff");
      valid = false;
    }
    String members = Consistency.membersExceedingHeadCount(organisation);
    if (members != null) {
      report(context, "members.exceedHeadCount}", members);
      valid = false;
    }
    if (organisation.getPark().isPresent()) {
      valid &= park(organisation.getPark().get(), context);
    }
    if (organisation.getPartyOrganisation().isPresent()) {
      valid &= partyOrganisation(organisation, organisation.getPartyOrganisation().get(), context);
    }
    return valid;
  }

  private static boolean park(Park park, ConstraintValidatorContext context) {
    if (Consistency.parkWithoutName(park)) {
      report(context, "park.nameMissing}", "park", "name");
      return false;
    }
    if (Consistency.noParkWithDetails(park)) {
      report(context, "park.noneWithDetails}", "park");
      return false;
    }
    return true;
  }

  private static boolean partyOrganisation(
      Organisation organisation, PartyOrganisation party, ConstraintValidatorContext context) {
    boolean valid = true;
    if (Consistency.noneWithDetails(party)) {
      report(context, "partyOrganisation.noneWithDetails}", "partyOrganisation");
      valid = false;
    }
    boolean joint = party.getForm() == PartyOrganisationForm.JOINT;
    if (!joint && (!party.getCoveredOrganisations().isEmpty() || party.getCoveredOrganisationCount().isPresent())) {
      report(context, "partyOrganisation.coveredOnlyForJoint}", "partyOrganisation");
      valid = false;
    }
    if (!joint && party.getJointScope().isPresent()) {
      report(context, "partyOrganisation.scopeOnlyForJoint}", "partyOrganisation");
      valid = false;
    }
    OptionalInt count = party.getCoveredOrganisationCount();
    if (count.isPresent() && count.getAsInt() < 1) {
      report(context, "partyOrganisation.coversNone}", "partyOrganisation", "coveredOrganisationCount");
      valid = false;
    } else if (count.isPresent() && !party.getCoveredOrganisations().isEmpty()
        && count.getAsInt() != party.getCoveredOrganisations().size()) {
      report(context, "partyOrganisation.coveredCountMismatch}", "partyOrganisation", "coveredOrganisationCount");
      valid = false;
    }
    List<String> codes = party.getCoveredOrganisations();
    Set<String> seen = codes.size() < 2 ? Set.of() : new HashSet<>();
    Budget budget = new Budget(context, "partyOrganisation", "coveredOrganisations");
    for (int i = 1; i < codes.size(); i++) {
      if (i == 1) {
        seen.add(codes.get(0));
      }
      if (!seen.add(codes.get(i))) {
        ConstraintValidatorContext report = budget.next();
        if (report != null) {
          report.buildConstraintViolationWithTemplate(PREFIX + "partyOrganisation.coveredTwice}")
              .addPropertyNode("partyOrganisation").addPropertyNode("coveredOrganisations")
              .addBeanNode().inIterable().atIndex(i)
              .addConstraintViolation();
        }
        valid = false;
      }
    }
    if (Consistency.standaloneWithoutMembers(organisation, party)) {
      report(context, "partyOrganisation.standaloneWithoutMembers}", "partyOrganisation");
      valid = false;
    }
    return valid;
  }

  private static void report(ConstraintValidatorContext context, String key, String property) {
    if (context != null) {
      context.buildConstraintViolationWithTemplate(PREFIX + key).addPropertyNode(property).addConstraintViolation();
    }
  }

  private static void report(ConstraintValidatorContext context, String key, String property, String child) {
    if (context != null) {
      context.buildConstraintViolationWithTemplate(PREFIX + key)
          .addPropertyNode(property).addPropertyNode(child).addConstraintViolation();
    }
  }
}
