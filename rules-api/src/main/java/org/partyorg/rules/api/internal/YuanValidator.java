package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.partyorg.rules.api.model.Yuan;

/** Checks {@link Yuan}, reporting which of the three limits the amount breaks. */
public final class YuanValidator implements ConstraintValidator<Yuan, BigDecimal> {
  /** Message key prefix; the key ends with the {@link Checks.AmountProblem} in lower case. */
  public static final String TEMPLATE_PREFIX = "{org.partyorg.rules.yuan.";

  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return value == null || Problems.report(context, TEMPLATE_PREFIX, Checks.amountProblem(value));
  }
}
