package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.DateInRangeValidator;

/**
 * The annotated date lies between {@link ModelLimits#EARLIEST_DATE} (1921-07-01) and
 * {@link ModelLimits#LATEST_DATE} (2100-12-31), both inclusive. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = DateInRangeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateInRange {
  String message() default "{org.partyorg.rules.date.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
