package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.ValidCreditCode;

/** Checks {@link ValidCreditCode}, reporting which part of GB 32100-2015 the value breaks. */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {
  /** Message key prefix; the key ends with the {@link UnifiedSocialCreditCode.Problem} in lower case. */
  public static final String TEMPLATE_PREFIX = "{org.partyorg.rules.creditCode.";

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.problem(value);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            TEMPLATE_PREFIX + problem.name().toLowerCase(Locale.ROOT) + "}")
        .addConstraintViolation();
    return false;
  }
}
