package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.ConsistentBranchStructureValidator;

/**
 * The cross-field invariants of a {@link BranchStructure}, each reported under the element it
 * concerns:
 * <ul>
 *   <li>when a roster of members is given, every party-group member and every committee member
 *       (secretary, members, discipline inspector) is on it;
 *   <li>nobody is listed twice in one party group.
 * </ul>
 */
@Documented
@Constraint(validatedBy = ConsistentBranchStructureValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentBranchStructure {
  String message() default "{org.partyorg.rules.structure.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
