package org.partyorg.rules.api.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * How a party organisation is led, staffed and affiliated, for the rules on a "sound
 * organisation" (组织健全, Liaoning L10) and on the affiliation of decoupled associations
 * (隶属关系, Liaoning L8).
 *
 * <p>Every fact is optional: one the caller did not give is unknown, never false or zero.
 */
@Value.Immutable
@ValueStyle
public abstract class PartyOrganisationGovernance implements WithPartyOrganisationGovernance {
  /** Built only by the library's builders: callers cannot subclass the model. */
  PartyOrganisationGovernance() {}

  /** 出资人（负责人）任党组织书记: the secretary is the investor or the person in charge. */
  public abstract Optional<Boolean> getSecretaryIsInvestorOrHead();

  /** 配备专职副书记: a full-time deputy secretary is appointed. */
  public abstract Optional<Boolean> getFullTimeDeputySecretary();

  /** 建立党群工作部: the organisation has a party-and-mass work department. */
  public abstract Optional<Boolean> getPartyAndMassWorkDepartment();

  /** 专职党务干事: the number of full-time party affairs staff. */
  @Persons
  public abstract OptionalInt getFullTimePartyAffairsStaff();

  /** 调整党组织隶属关系: the affiliation has been adjusted (decoupled associations). */
  public abstract Optional<Boolean> getAffiliationAdjusted();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyOrganisationGovernance}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePartyOrganisationGovernance.Builder {
    Builder() {}
  }
}
