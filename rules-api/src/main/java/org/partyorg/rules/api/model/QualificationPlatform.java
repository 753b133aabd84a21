package org.partyorg.rules.api.model;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * 资质平台: one licensed entity (a CPA firm or an asset-appraisal firm) among those that share an
 * office (合署办公), with the formal party members working in it. A joint branch of co-located
 * platforms lists each platform it covers.
 */
@Value.Immutable
@ValueStyle
public abstract class QualificationPlatform implements WithQualificationPlatform {
  /** Built only by the library's builders: callers cannot subclass the model. */
  QualificationPlatform() {}

  @NotNull
  @PlainText
  public abstract String getName();

  /** Its unified social credit code, where reported. */
  public abstract Optional<@ValidCreditCode String> getCreditCode();

  /** 正式党员 working in this platform; absent when not reported. */
  @Persons
  public abstract OptionalInt getFormalMembers();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualificationPlatform}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableQualificationPlatform.Builder {
    Builder() {}
  }

  /** A platform with its name and formal members. */
  public static QualificationPlatform of(String name, int formalMembers) {
    return builder().name(name).formalMembers(formalMembers).build();
  }
}
