package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * A non-public enterprise, social organisation or rural business entity, with the facts the
 * rules read.
 *
 * <p><b>Unknown is not zero.</b> Every count and every sub-record is optional: a fact the
 * caller did not give is absent, and a rule that needs it reports that it cannot decide and
 * names the fact ({@code Outcome.UNDECIDED}), instead of reading it as 0 or false. Report a
 * known zero as zero, a known absence of a party organisation as
 * {@link PartyOrganisation#none()}, of a park as {@link Park#none()}, of work coverage as
 * {@link WorkCoverage#none()} and of sanctions as {@link SanctionRecord#none()}.
 *
 * <p>Constraints are Jakarta Validation annotations on the accessors; the engine validates an
 * organisation where it enters and lists every violation at once. The builder itself only
 * rejects nulls and missing mandatory fields (credit code, name, category, division code).
 * Every date, count, amount and name has a range ({@link ModelLimits}: dates 1921-07-01 to
 * 2100-12-31, counts 0 to 10,000,000 persons, amounts 0 to 10<sup>15</sup> yuan to the fen,
 * names up to 200 characters, not blank, without control characters), and the record must hold
 * together ({@link ConsistentOrganisation}: for example, party members cannot outnumber the
 * head-count).
 *
 * <p><b>Dates after the as-of date.</b> A record describes the organisation as it stands on the
 * as-of date of the assessment. A party organisation founded after that date, or a committee
 * term that starts after it, did not exist yet on it: the record cannot say what the
 * organisation had then, so the evaluator rejects it for that date (assess it on a later date,
 * or report the state of the as-of date). Dated events of an activity record and sanctions are
 * different: they are a history, and an event or sanction dated after the as-of date had simply
 * not happened yet on it; the rules leave it out.
 *
 * <p>Model types cannot be subclassed outside the library: build them with their builders.
 *
 * <pre>{@code
 * Organisation firm = Organisation.builder()
 *     .creditCode("91420106MA4KTEXT1G")   // GB 32100-2015, check character verified
 *     .name("武汉某科技有限公司")
 *     .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
 *     .divisionCode("420106")             // GB/T 2260
 *     .street("中南路街道")                  // optional, as are the building and the industry
 *     .industry(IndustrySection.I)        // GB/T 4754-2017 section
 *     .headCount(120)
 *     .formalMembers(4)
 *     .partyOrganisation(PartyOrganisation.none())
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@Value.Immutable
@ValueStyle
@ConsistentOrganisation
public abstract class Organisation implements WithOrganisation {
  /** Built only by the library's builders: callers cannot subclass the model. */
  Organisation() {}

  /** 统一社会信用代码 (GB 32100-2015). */
  @NotNull
  @ValidCreditCode
  public abstract String getCreditCode();

  @NotNull
  @PlainText
  public abstract String getName();

  @NotNull
  public abstract OrganisationCategory getCategory();

  /**
   * The traits the caller reports. A set, not an option: a trait not listed is read as absent,
   * so there is no "not reported" for a single trait (see {@link Trait}).
   */
  public abstract Set<Trait> getTraits();

  /**
   * The level of the registry it is registered with; absent when not reported. Every
   * organisation the model describes is registered, so there is no "none"; the rules read it for
   * social organisations.
   */
  public abstract Optional<RegistrationLevel> getRegistrationLevel();

  /** The six-digit GB/T 2260 code of the county-level division it is located in (e.g. 420106). */
  @NotNull
  @DivisionCode
  public abstract String getDivisionCode();

  /**
   * The park or development zone it is located in; absent when not reported; {@link Park#none()}
   * when it reports being in no park.
   */
  public abstract Optional<@Valid Park> getPark();

  /**
   * 所在楼宇: the name of the building it has its office in (a commercial building, 商务楼宇, or
   * any office building), as the register writes it; absent when not reported. Read with the
   * division code: two buildings of the same name in two districts are two buildings.
   */
  public abstract Optional<@PlainText String> getBuilding();

  /**
   * 所在街道（乡镇）: the name of the street or township it is located in, as the register writes
   * it (江汉路街道); absent when not reported. A name, not the nine-digit township code of the
   * statistical division codes: registers and ledgers hold the name, the code is on none of
   * their records. Read with the division code, which says the district.
   */
  public abstract Optional<@PlainText String> getStreet();

  /** 所属行业门类: its industry as a section of GB/T 4754-2017; absent when not reported. */
  public abstract Optional<IndustrySection> getIndustry();

  /** 职工人数 / 从业人员: the staff head-count. */
  @Persons
  public abstract OptionalInt getHeadCount();

  /** 专职人员: full-time staff (the science societies distinguish societies without any). */
  @Persons
  public abstract OptionalInt getFullTimeStaff();

  /** 正式党员: formal party members working in the organisation. */
  @Persons
  public abstract OptionalInt getFormalMembers();

  /** 预备党员: probationary party members working in the organisation. */
  @Persons
  public abstract OptionalInt getProbationaryMembers();

  /**
   * The party organisation it has now; absent when not reported; {@link PartyOrganisation#none()}
   * when it reports having none.
   */
  public abstract Optional<@Valid PartyOrganisation> getPartyOrganisation();

  /**
   * Party work coverage; absent when not reported; {@link WorkCoverage#none()} when it reports
   * neither an instructor nor a mass organisation.
   */
  public abstract Optional<@Valid WorkCoverage> getWorkCoverage();

  /**
   * Figures for the funding rules; absent when not reported. Each figure in it is absent when not
   * reported too; a known zero is 0, never absent.
   */
  public abstract Optional<@Valid Finances> getFinances();

  /**
   * Administrative penalties and industry discipline received, with dates; absent when not
   * reported; {@link SanctionRecord#none()} when it reports none.
   */
  public abstract Optional<@Valid SanctionRecord> getSanctionRecord();

  /**
   * Facts a policy set's document needs that the shared model has no place for ("has a
   * party-and-mass service station"), by the name of the {@link org.partyorg.rules.api.FactType}
   * the set declares in its {@link org.partyorg.rules.api.Vocabulary}. A fact not given is
   * unknown, never false or zero. Values by the declared kind: {@link Integer} for a count,
   * {@link java.math.BigDecimal} for an amount or rate, {@link java.time.LocalDate} for a date,
   * {@link Boolean} for a flag, {@link String} for a code, period or text, a {@link java.util.List}
   * of strings for a code list. The evaluator rejects a name no discovered set declares and a
   * value of the wrong kind or outside its range ({@link ModelLimits}).
   */
  public abstract Map<String, Object> getExtraFacts();

  /**
   * The extra fact of this type, if the caller gave it.
   *
   * @throws IllegalArgumentException if the value given is not of the type's kind (the
   *     evaluator rejects such a record before any rule reads it)
   */
  public <T> Optional<T> extraFact(FactType type, Class<T> valueType) {
    Object value = getExtraFacts().get(type.getName());
    if (value == null) {
      return Optional.empty();
    }
    if (!valueType.isInstance(value)) {
      throw new IllegalArgumentException("extra fact " + type.getName() + " holds a "
          + value.getClass().getSimpleName() + ", not a " + valueType.getSimpleName());
    }
    return Optional.of(valueType.cast(value));
  }

  public boolean hasTrait(Trait trait) {
    return getTraits().contains(trait);
  }

  public Sector sector() {
    return getCategory().sector();
  }

  /**
   * All party members, formal and probationary, when both counts are known; otherwise empty.
   * Named without the {@code get} prefix so that it is not taken for a stored property.
   */
  public OptionalInt partyMembers() {
    OptionalInt formal = getFormalMembers();
    OptionalInt probationary = getProbationaryMembers();
    return formal.isPresent() && probationary.isPresent()
        ? OptionalInt.of(formal.getAsInt() + probationary.getAsInt())
        : OptionalInt.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
