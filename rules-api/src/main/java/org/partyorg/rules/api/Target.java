package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;

/**
 * A register-level target of a document (80% coverage in Wuhan, 70% in Liaoning, a doubling
 * of joint organisations), declared as data so that a report can measure a register against
 * it without re-reading the document. It does not apply to a single organisation.
 */
@Value.Immutable
@ValueStyle
public abstract class Target {
  /** The rule id of {@code RULES.md}, e.g. {@code W1}. */
  public abstract String getRuleId();

  /** Unique within its policy set, e.g. {@code enterpriseCoverage}. */
  public abstract String getKey();

  public abstract String getDescriptionZh();

  public abstract String getDescriptionEn();

  /** The share of the base to reach, between 0 and 1 (0.8 for 80%), where the target is a rate. */
  public abstract Optional<BigDecimal> getRate();

  /** The factor to grow a count by against a baseline the caller supplies (2 for 翻番). */
  public abstract Optional<BigDecimal> getGrowthFactor();

  /** The categories counted in the base. */
  public abstract Set<OrganisationCategory> getBaseCategories();

  /** Organisations with any of these traits are removed from the base before measuring. */
  public abstract Set<Trait> getExcludedTraits();

  public abstract Optional<LocalDate> getDeadline();

  /** Every sentence the target rests on; more than one where the document repeats or differs. */
  public abstract List<Citation> getCitations();

  @Value.Check
  protected void check() {
    if (getCitations().isEmpty()) {
      throw new IllegalArgumentException("target " + getRuleId() + "/" + getKey() + " has no citation");
    }
    if (getRate().isPresent()
        && (getRate().get().signum() < 0 || getRate().get().compareTo(BigDecimal.ONE) > 0)) {
      throw new IllegalArgumentException(
          "target " + getRuleId() + "/" + getKey() + " has rate " + getRate().get() + ", outside [0, 1]");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
