package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.YuanValidator;

/**
 * The annotated {@link java.math.BigDecimal} is an amount of money in yuan: between 0 and
 * {@link ModelLimits#MAX_AMOUNT} (10<sup>15</sup>), both inclusive, with at most
 * {@link ModelLimits#AMOUNT_DECIMALS} decimals (trailing zeros do not count: 1.500 is 1.5; but
 * no more than ten digits after the point, and no exponent past 10<sup>15</sup>, are accepted).
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = YuanValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Yuan {
  String message() default "{org.partyorg.rules.yuan.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
