package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.partyorg.rules.api.model.PlainText;

/** Checks {@link PlainText}, reporting whether the text is blank, holds a control character or is too long. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {
  /** Message key prefix; the key ends with the {@link Checks.TextProblem} in lower case. */
  public static final String TEMPLATE_PREFIX = "{org.partyorg.rules.text.";

  private int maxLength;

  @Override
  public void initialize(PlainText annotation) {
    this.maxLength = annotation.maxLength();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Checks.TextProblem problem = Checks.textProblem(value, maxLength);
    if (problem == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(TEMPLATE_PREFIX + problem.name().toLowerCase(Locale.ROOT) + "}")
        .addConstraintViolation();
    return false;
  }
}
