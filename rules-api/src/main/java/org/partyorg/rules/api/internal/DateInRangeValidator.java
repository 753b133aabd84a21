package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.partyorg.rules.api.model.DateInRange;

/** Checks {@link DateInRange}. */
public final class DateInRangeValidator implements ConstraintValidator<DateInRange, LocalDate> {
  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    return value == null || Checks.isDateInRange(value);
  }
}
