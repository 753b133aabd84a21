package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.DivisionCodeValidator;

/**
 * The annotated string is a six-digit GB/T 2260 administrative division code whose first two
 * digits name a province-level division (11 Beijing ... 65 Xinjiang, 71 Taiwan, 81 Hong Kong,
 * 82 Macao). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DivisionCode {
  String message() default "{org.partyorg.rules.divisionCode.pattern}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
