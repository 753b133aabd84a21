package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.CreditCodeValidator;

/**
 * The annotated string is a unified social credit code with a correct check character
 * ({@link UnifiedSocialCreditCode}). {@code null} is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {
  String message() default "{org.partyorg.rules.creditCode.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
