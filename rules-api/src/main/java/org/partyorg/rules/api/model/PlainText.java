package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.PlainTextValidator;

/**
 * The annotated string is a name or a short text a person typed: not blank (Unicode spaces such
 * as U+00A0 and U+3000 and invisible format characters such as U+200B count as blank), without
 * control characters (NUL, ESC, line breaks, tabs ...), and at most {@link #maxLength()}
 * characters long. {@code null} is valid; combine with {@code @NotNull} where the text is
 * mandatory.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  String message() default "{org.partyorg.rules.text.invalid}";

  /** The most characters (UTF-16 units) allowed; {@link ModelLimits#MAX_NAME_LENGTH} by default. */
  int maxLength() default ModelLimits.MAX_NAME_LENGTH;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
