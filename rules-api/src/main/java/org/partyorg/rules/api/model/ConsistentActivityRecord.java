package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.ConsistentActivityRecordValidator;

/**
 * The cross-field invariants of an {@link ActivityRecord}, each reported under the element it
 * concerns:
 * <ul>
 *   <li>the period does not end before it starts;
 *   <li>every event lies inside the period;
 *   <li>a talk names two different people;
 *   <li>theme-education participants do not exceed the members who should take part.
 * </ul>
 */
@Documented
@Constraint(validatedBy = ConsistentActivityRecordValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentActivityRecord {
  String message() default "{org.partyorg.rules.activityRecord.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
