package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.rules.api.model.Persons;

/** Checks {@link Persons}. */
public final class PersonsValidator implements ConstraintValidator<Persons, Integer> {
  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return value == null || Checks.isPersons(value);
  }
}
