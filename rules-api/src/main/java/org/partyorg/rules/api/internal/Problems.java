package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** How a constraint validator that tells several problems apart reports the one it found. */
final class Problems {
  private Problems() {}

  /**
   * Reports {@code problem} with the template {@code prefix + problem in lower case + "}"} in
   * place of the constraint's default, and returns false; returns true when there is no problem.
   */
  static boolean report(ConstraintValidatorContext context, String prefix, Enum<?> problem) {
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(prefix + problem.name().toLowerCase(Locale.ROOT) + "}")
        .addConstraintViolation();
    return false;
  }
}
