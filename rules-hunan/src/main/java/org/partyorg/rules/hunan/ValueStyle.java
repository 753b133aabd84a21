package org.partyorg.rules.hunan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module's value types, the same as the model's (which the API does
 * not export to region modules): JavaBeans getters, package-private generated classes, a public
 * nested {@code Builder} extending the generated one. Public only so that the exported
 * {@code selection} package can use it; this package is not exported, so no caller sees it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
