package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.rules.api.model.ModelLimits;

/**
 * How many violations of one kind a class-level check reports one by one: the first
 * {@link ModelLimits#MAX_REPORTED}, then one that says there are more. A record with thousands
 * of faulty entries then costs a bounded report, not one that grows with their number (Hibernate
 * Validator keeps the violations in a set whose cost grows faster than their count).
 */
final class Budget {
  /** The template of the violation that says more were found than are listed. */
  static final String MORE = "{org.partyorg.rules.more}";

  private final ConstraintValidatorContext context;
  private final String[] property;
  private int reported;

  /**
   * @param context where to report, or null to report nothing (the fast path)
   * @param property the path, from the checked object, that the "more" violation is reported at
   */
  Budget(ConstraintValidatorContext context, String... property) {
    this.context = context;
    this.property = property;
  }

  /**
   * The context to report one more violation through; null when there is none, or when the
   * budget is spent (the first time, the violation saying so is added).
   */
  ConstraintValidatorContext next() {
    if (context == null) {
      return null;
    }
    if (reported < ModelLimits.MAX_REPORTED) {
      reported++;
      return context;
    }
    if (reported == ModelLimits.MAX_REPORTED) {
      reported++;
      var builder = context.buildConstraintViolationWithTemplate(MORE).addPropertyNode(property[0]);
      for (int i = 1; i < property.length; i++) {
        builder = builder.addPropertyNode(property[i]);
      }
      builder.addConstraintViolation();
    }
    return null;
  }
}
