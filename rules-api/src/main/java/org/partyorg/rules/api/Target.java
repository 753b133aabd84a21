package org.partyorg.rules.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;

/**
 * A register-level target of a document (80% coverage in Wuhan, 70% in Liaoning, a doubling
 * of joint organisations), declared as data so that a report can measure a register against
 * it without re-reading the document. It does not apply to a single organisation.
 *
 * <p>A target says three things: its <b>base</b> (which organisations it counts: a union of
 * {@link BaseClause}s, less those with an excluded trait), what <b>covered</b> means
 * ({@link #getCoverageForms()}: a party member, a party organisation, work coverage…) and the
 * <b>goal</b>: a rate of the base ({@link #getRate()}) or a growth against a count the caller
 * supplies ({@link #getGrowthFactor()}). {@link #inBase} and {@link #covers} read one
 * organisation three-valued: empty when the record lacks a fact the answer needs, so that a
 * report counts it as undecided instead of in or out.
 *
 * <p>Immutable and safe to share between threads.
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

  /**
   * The factor to grow a count by against a baseline the caller supplies (2 for 翻番). The count
   * is that of the joint party organisations between enterprises ({@link
   * org.partyorg.rules.api.model.JointScope#BETWEEN_ENTERPRISES}) that cover organisations of the
   * base; without the baseline the target cannot be judged.
   */
  public abstract Optional<BigDecimal> getGrowthFactor();

  /**
   * The categories counted in the base, without further conditions: a shorthand for a base of one
   * {@link BaseClause}. Give either this or {@link #getBaseClauses()}, not both.
   */
  public abstract Set<OrganisationCategory> getBaseCategories();

  /**
   * The base as a union of clauses: an organisation is in it when it matches any clause. Give
   * either this or {@link #getBaseCategories()}, not both.
   */
  public abstract List<BaseClause> getBaseClauses();

  /** Organisations with any of these traits are removed from the base before measuring. */
  public abstract Set<Trait> getExcludedTraits();

  /**
   * What counts as covered: an organisation with any of these forms. A party organisation of its
   * own or a joint one unless the target says otherwise.
   */
  @Value.Default
  public Set<CoverageForm> getCoverageForms() {
    return Set.of(CoverageForm.PARTY_ORGANISATION);
  }

  /**
   * The sentences that say what counts as covered where {@link #getCitations()} do not (a
   * document that allows a functional organisation in another section); may be empty.
   */
  public abstract List<Citation> getCoverageCitations();

  /** The base as clauses: {@link #getBaseClauses()}, or one clause of {@link #getBaseCategories()}. */
  @Value.Lazy
  public List<BaseClause> base() {
    return getBaseClauses().isEmpty() ? List.of(BaseClause.of(getBaseCategories())) : getBaseClauses();
  }

  /**
   * Whether the organisation is in the base: false if it has an excluded trait or no clause can
   * match, true if a clause matches, empty when no clause matches for sure and one cannot be
   * decided for a missing fact (a head-count band and no head-count).
   */
  public Optional<Boolean> inBase(Organisation organisation) {
    for (Trait trait : getExcludedTraits()) {
      if (organisation.hasTrait(trait)) {
        return Answers.NO;
      }
    }
    boolean unknown = false;
    for (BaseClause clause : base()) {
      Optional<Boolean> match = clause.matches(organisation);
      if (match.isEmpty()) {
        unknown = true;
      } else if (match.get()) {
        return match;
      }
    }
    return unknown ? Optional.empty() : Answers.NO;
  }

  /**
   * Whether the organisation is covered in this target's sense: true if it has any of the
   * {@link #getCoverageForms()}, false if it reports having none of them, empty otherwise.
   */
  public Optional<Boolean> covers(Organisation organisation) {
    boolean unknown = false;
    for (CoverageForm form : getCoverageForms()) {
      Optional<Boolean> covered = form.covers(organisation);
      if (covered.isEmpty()) {
        unknown = true;
      } else if (covered.get()) {
        return covered;
      }
    }
    return unknown ? Optional.empty() : Answers.NO;
  }

  public abstract Optional<LocalDate> getDeadline();

  /** Every sentence the target rests on; more than one where the document repeats or differs. */
  public abstract List<Citation> getCitations();

  @Value.Check
  protected void check() {
    if (getCitations().isEmpty()) {
      throw new IllegalArgumentException("target " + getRuleId() + "/" + getKey() + " has no citation");
    }
    if (getBaseCategories().isEmpty() == getBaseClauses().isEmpty()) {
      throw new IllegalArgumentException(
          "target " + getRuleId() + "/" + getKey() + " needs its base as categories or as clauses, exactly one of them");
    }
    if (getCoverageForms().isEmpty()) {
      throw new IllegalArgumentException("target " + getRuleId() + "/" + getKey() + " says nothing counts as covered");
    }
    if (getRate().isPresent() == getGrowthFactor().isPresent()) {
      throw new IllegalArgumentException(
          "target " + getRuleId() + "/" + getKey() + " needs a rate or a growth factor, exactly one of them");
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
