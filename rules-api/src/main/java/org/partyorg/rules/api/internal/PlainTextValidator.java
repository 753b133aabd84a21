package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
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
    return value == null || Problems.report(context, TEMPLATE_PREFIX, Checks.textProblem(value, maxLength));
  }
}
