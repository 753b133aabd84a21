package org.partyorg.rules.api.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the project.
 *
 * <p>Accessors are JavaBeans getters ({@code getFormalMembers()}, {@code isInstructorAssigned()})
 * so that Jakarta Validation sees the constraints placed on them; builders and {@code with*}
 * methods drop the prefix ({@code formalMembers(5)}). Only JDK collections are generated, so
 * the API carries no Guava types. A region module that declares value types of its own uses
 * this annotation too.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    defaults = @Value.Immutable(copy = true),
    // Only what the JDK has: no org.immutables.value.Generated or errorprone markers that
    // modules compiling against the generated classes could not resolve.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
