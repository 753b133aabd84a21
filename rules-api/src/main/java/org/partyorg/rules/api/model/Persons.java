package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.PersonsValidator;

/**
 * The annotated count of persons lies between 0 and {@link ModelLimits#MAX_PERSONS}, both
 * inclusive. On an {@code OptionalInt} it applies to the value when present. {@code null} is
 * valid.
 */
@Documented
@Constraint(validatedBy = PersonsValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Persons {
  String message() default "{org.partyorg.rules.persons.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
