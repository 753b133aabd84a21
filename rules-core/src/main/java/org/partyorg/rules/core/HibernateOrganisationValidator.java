package org.partyorg.rules.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.partyorg.rules.api.internal.FastValidation;
import org.partyorg.rules.api.internal.ListSizes;
import org.partyorg.rules.api.model.Organisation;

/**
 * {@link OrganisationValidator} on Hibernate Validator. The parameter interpolator is used so
 * that no Expression Language implementation is needed on the path; our own messages carry
 * the values. A record is first checked by {@link FastValidation}, the same checks walked by
 * hand; only a record it finds invalid is validated by Hibernate Validator, for the violations.
 */
final class HibernateOrganisationValidator implements OrganisationValidator {
  /** Hibernate Validator's container-element nodes, e.g. {@code .<list element>}. */
  private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[^>]+>");

  private final Validator validator;

  HibernateOrganisationValidator() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  @Override
  public List<Violation> violations(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    // most records are valid: the same checks walked by hand say so at a fraction of the cost
    return FastValidation.isValid(organisation) ? List.of() : allViolations(organisation);
  }

  /**
   * Every violation Hibernate Validator finds, without the fast path: what the fast path must
   * agree with; or, for a record with a list past {@code ModelLimits.MAX_ENTRIES}, only that.
   */
  List<Violation> allViolations(Organisation organisation) {
    List<ListSizes.Oversized> oversized = ListSizes.of(organisation);
    if (!oversized.isEmpty()) {
      // a list past the limit is the record's problem: checking its entries would cost in proportion
      List<Violation> tooLong = new ArrayList<>(oversized.size());
      for (ListSizes.Oversized list : oversized) {
        tooLong.add(ViolationMessages.violation(list.path(), list.size(), ViolationMessages.TOO_MANY_ENTRIES,
            ViolationMessages.TOO_MANY_ENTRIES, Map.of(), organisation, Map.of()));
      }
      return List.copyOf(tooLong);
    }
    Set<ConstraintViolation<Organisation>> found = validator.validate(organisation);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Violation> result = new ArrayList<>(found.size());
    for (ConstraintViolation<Organisation> violation : found) {
      String field = CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll("");
      result.add(ViolationMessages.violation(
          field, violation.getInvalidValue(), violation.getMessageTemplate(), violation.getMessage(),
          violation.getConstraintDescriptor().getAttributes(), organisation, Map.of()));
    }
    result.sort(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessageEn));
    return List.copyOf(result);
  }
}
