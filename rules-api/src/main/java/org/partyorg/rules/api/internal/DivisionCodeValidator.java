package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.rules.api.model.DivisionCode;

/** Checks {@link DivisionCode}: six digits, not starting with 0, under a province of GB/T 2260. */
public final class DivisionCodeValidator implements ConstraintValidator<DivisionCode, String> {
  public static final String PROVINCE_TEMPLATE = "{org.partyorg.rules.divisionCode.province}";

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Checks.DivisionProblem problem = Checks.divisionProblem(value);
    if (problem == null) {
      return true;
    }
    if (problem == Checks.DivisionProblem.PROVINCE) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(PROVINCE_TEMPLATE).addConstraintViolation();
    }
    return false;
  }
}
