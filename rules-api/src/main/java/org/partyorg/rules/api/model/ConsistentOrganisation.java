package org.partyorg.rules.api.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.partyorg.rules.api.internal.ConsistentOrganisationValidator;

/**
 * The cross-field invariants of an {@link Organisation}, its {@link Park} and its
 * {@link PartyOrganisation}.
 *
 * <p>They are a class-level constraint rather than an Immutables check so that a record
 * that breaks one is reported together with every other problem it has, each under the
 * field it concerns, instead of failing on the first:
 * <ul>
 *   <li>full-time staff cannot exceed the head-count;
 *   <li>party members, formal and probationary together, cannot exceed the head-count (the
 *       model counts the members working in the organisation);
 *   <li>a park the organisation is in has a name; a report of no park ({@link Park#none()}) has
 *       neither a name nor facilities;
 *   <li>a party organisation reported as {@code NONE} has no level, founding date, governance,
 *       structure or activity record;
 *   <li>only a joint party organisation lists or counts the organisations it covers, or has a
 *       joint scope; it covers at least one, each code once, and a count given beside the codes
 *       equals their number;
 *   <li>a standalone party organisation needs party members: it cannot stand at an organisation
 *       reported to have 0 formal and 0 probationary members.
 * </ul>
 */
@Documented
@Constraint(validatedBy = ConsistentOrganisationValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentOrganisation {
  String message() default "{org.partyorg.rules.organisation.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
