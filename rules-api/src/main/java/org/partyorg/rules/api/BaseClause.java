package org.partyorg.rules.api;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;

/**
 * One clause of a {@link Target}'s base: the organisations of some categories that also meet
 * every further condition given (a trait, a head-count band, a registration level, a park
 * level). A base of several clauses is their union: Wuhan's social organisations are the
 * city-level social groups, or the private schools and hospitals with 30 or more staff, or the
 * law, accounting and tax firms.
 *
 * <p>{@link #matches} is three-valued: a condition on a fact the record does not report (the
 * head-count, the registration level, the park) gives an unknown answer, never a "no".
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * BaseClause schools = BaseClause.builder()
 *     .addCategories(OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL)
 *     .minHeadCount(30)                       // persons, inclusive
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class BaseClause {
  BaseClause() {}

  /** The categories the clause counts; not empty. */
  public abstract Set<OrganisationCategory> getCategories();

  /** Traits an organisation must all have (符合条件: "meets the conditions"). */
  public abstract Set<Trait> getRequiredTraits();

  /** The least staff head-count, in persons, inclusive (30 for "30人以上"); absent for any. */
  public abstract OptionalInt getMinHeadCount();

  /** The registration levels counted (市级社会团体: {@code CITY}); empty for any. */
  public abstract Set<RegistrationLevel> getRegistrationLevels();

  /** The levels of park counted (国家级园区: {@code NATIONAL}); empty for any, in a park or not. */
  public abstract Set<ParkLevel> getParkLevels();

  /**
   * Whether the organisation falls under this clause: empty when a fact a condition needs is not
   * reported and the known facts do not already rule it out.
   */
  public Optional<Boolean> matches(Organisation organisation) {
    if (!getCategories().contains(organisation.getCategory())
        || !organisation.getTraits().containsAll(getRequiredTraits())) {
      return Answers.NO;
    }
    boolean unknown = false;
    if (getMinHeadCount().isPresent()) {
      if (organisation.getHeadCount().isEmpty()) {
        unknown = true;
      } else if (organisation.getHeadCount().getAsInt() < getMinHeadCount().getAsInt()) {
        return Answers.NO;
      }
    }
    if (!getRegistrationLevels().isEmpty()) {
      if (organisation.getRegistrationLevel().isEmpty()) {
        unknown = true;
      } else if (!getRegistrationLevels().contains(organisation.getRegistrationLevel().get())) {
        return Answers.NO;
      }
    }
    if (!getParkLevels().isEmpty()) {
      if (organisation.getPark().isEmpty()) {
        unknown = true;
      } else if (!getParkLevels().contains(organisation.getPark().get().getLevel())) {
        return Answers.NO;
      }
    }
    return unknown ? Optional.empty() : Answers.YES;
  }

  @Value.Check
  protected void check() {
    if (getCategories().isEmpty()) {
      throw new IllegalArgumentException("a base clause names no category");
    }
    if (getMinHeadCount().isPresent() && getMinHeadCount().getAsInt() < 0) {
      throw new IllegalArgumentException("a base clause has head-count band " + getMinHeadCount().getAsInt() + ", below 0");
    }
  }

  /** The clause of every organisation of these categories, without further conditions. */
  public static BaseClause of(Set<OrganisationCategory> categories) {
    return builder().categories(categories).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BaseClause}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableBaseClause.Builder {
    Builder() {}
  }
}
