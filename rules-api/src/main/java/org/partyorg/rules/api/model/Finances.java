package org.partyorg.rules.api.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The figures a funding rule needs (Liaoning's 1% party-building fund), in yuan. Each one is
 * optional: a figure the caller did not give is unknown, never zero.
 */
@Value.Immutable
@ValueStyle
public abstract class Finances implements WithFinances {
  /** Built only by the library's builders: callers cannot subclass the model. */
  Finances() {}

  /** 职工年度工资薪金总额: the year's total wages and salaries; absent when not reported. */
  public abstract Optional<@Yuan BigDecimal> getAnnualWages();

  /**
   * Whether the organisation (a social organisation) collects membership dues (会费); absent when
   * not reported, false when it collects none.
   */
  public abstract Optional<Boolean> getCollectsDues();

  /** 会费总额: the year's membership-dues income; absent when not reported. */
  public abstract Optional<@Yuan BigDecimal> getAnnualDuesIncome();

  /**
   * The party-building fund budgeted for the year (党建工作经费); absent when not reported, 0 when
   * nothing is budgeted.
   */
  public abstract Optional<@Yuan BigDecimal> getPartyBuildingBudget();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finances}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableFinances.Builder {
    Builder() {}
  }
}
