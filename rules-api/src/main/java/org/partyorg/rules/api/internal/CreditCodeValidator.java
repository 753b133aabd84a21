package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.ValidCreditCode;

/** Checks {@link ValidCreditCode}, reporting which part of GB 32100-2015 the value breaks. */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {
  /** Message key prefix; the key ends with the {@link UnifiedSocialCreditCode.Problem} in lower case. */
  public static final String TEMPLATE_PREFIX = "{org.partyorg.rules.creditCode.";

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Problems.report(context, TEMPLATE_PREFIX, UnifiedSocialCreditCode.problem(value));
  }
}
