package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The party organisation an organisation has now, as the caller reports it.
 *
 * <p>Use {@link #none()} for an organisation that reports having none; an
 * {@link Organisation} without any {@code PartyOrganisation} has not reported, which the rules
 * treat as unknown.
 */
@Value.Immutable
@ValueStyle
public abstract class PartyOrganisation implements WithPartyOrganisation {
  /** Built only by the library's builders: callers cannot subclass the model. */
  PartyOrganisation() {}

  @NotNull
  public abstract PartyOrganisationForm getForm();

  /** The level (党支部、党总支、基层党委); absent when not reported, and always for {@code NONE}. */
  public abstract Optional<PartyOrganisationLevel> getLevel();

  /** The date the party organisation was approved (成立日期); absent when not reported. */
  public abstract Optional<@DateInRange LocalDate> getFoundingDate();

  /**
   * For a joint organisation: the unified social credit codes of every organisation it covers,
   * the reporting one included, each once. Empty when not reported or not joint; a caller who
   * knows how many organisations are covered but not their codes gives
   * {@link #getCoveredOrganisationCount()} instead.
   */
  public abstract List<@NotNull @ValidCreditCode String> getCoveredOrganisations();

  /**
   * For a joint organisation: how many organisations it covers, the reporting one included, in
   * organisations; absent when not reported. At least 1; when the codes are listed too, it equals
   * their number.
   */
  public abstract OptionalInt getCoveredOrganisationCount();

  /**
   * How many organisations a joint organisation covers, from the count or else from the listed
   * codes; empty when neither is reported. Named without the {@code get} prefix so that it is
   * not taken for a stored property.
   */
  public OptionalInt coveredCount() {
    if (getCoveredOrganisationCount().isPresent()) {
      return getCoveredOrganisationCount();
    }
    List<String> codes = getCoveredOrganisations();
    return codes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(codes.size());
  }

  /**
   * For a joint organisation: what it is built around; absent when not reported, and always for
   * any other form.
   */
  public abstract Optional<JointScope> getJointScope();

  /**
   * Platforms, committee, term, party groups and roster, where a rule needs them (Hunan
   * 1(1)–1(6)); absent when not reported.
   */
  public abstract Optional<@Valid BranchStructure> getStructure();

  /**
   * What the organisation did over a stated period, its institutions and facilities (Hunan 2–5,
   * 7); absent when not reported. A record with no events reports that nothing happened in its
   * period.
   */
  public abstract Optional<@Valid ActivityRecord> getActivityRecord();

  /** How it is led, staffed and affiliated; absent when not reported. */
  public abstract Optional<@Valid PartyOrganisationGovernance> getGovernance();

  /** Whether this is a real party organisation (any form but {@link PartyOrganisationForm#NONE}). */
  public boolean exists() {
    return getForm() != PartyOrganisationForm.NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyOrganisation}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePartyOrganisation.Builder {
    Builder() {}
  }

  /** A report that the organisation has no party organisation (未建党组织). */
  public static PartyOrganisation none() {
    return builder().form(PartyOrganisationForm.NONE).build();
  }

  /** A standalone organisation of the given level, founding date not reported. */
  public static PartyOrganisation standalone(PartyOrganisationLevel level) {
    return builder().form(PartyOrganisationForm.STANDALONE).level(level).build();
  }

  /** A joint organisation, covered organisations not reported. */
  public static PartyOrganisation joint() {
    return builder().form(PartyOrganisationForm.JOINT).build();
  }
}
