package org.partyorg.rules.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the project; not part of the API
 * (exported to the engine only, whose values use it too).
 *
 * <p>Accessors are JavaBeans getters ({@code getFormalMembers()}, {@code isInstructorAssigned()})
 * so that Jakarta Validation sees the constraints placed on them; builders and {@code with*}
 * methods drop the prefix ({@code formalMembers(5)}). Only JDK collections are generated, so
 * the API carries no Guava types.
 *
 * <p>The generated {@code Immutable*} classes are package-private and never appear in a
 * signature: builders, factories and copies return the abstract value type. A value type with a
 * public builder declares it as {@code public static final class Builder extends
 * ImmutableX.Builder}, returned by its {@code builder()}; a model value that offers copies
 * declares {@code implements WithX}, the generated interface of its {@code with*} methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // package-private too, so that javadoc documents a public nested Builder's inherited
    // methods as its own instead of naming the generated class it extends
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    defaults = @Value.Immutable(copy = true),
    // Only what the JDK has: no org.immutables.value.Generated or errorprone markers that
    // modules compiling against the generated classes could not resolve.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
