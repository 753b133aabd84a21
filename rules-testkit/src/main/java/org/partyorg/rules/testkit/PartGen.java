package org.partyorg.rules.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Generators of the parts of an organisation alone, for a property about one part: a park, the
 * finances, a party organisation with its structure and activity record, a sanction record. Each
 * part comes in the shapes and with the frequencies it has inside the organisations of
 * {@link OrganisationGen}, valid as the model's validator requires:
 *
 * <pre>{@code
 * Property.forAll(PartGen.branchStructures(OrganisationGen.forPolicySet(hunan)))
 *     .check(structure -> ...);
 * Property.forAll(PartGen.parks()).check(park -> ...);
 * }</pre>
 *
 * <p>Every optional member of a part is absent now and then (unknown is not zero) and shrinks
 * toward absent; where the model can say "known none" ({@link Park#none()},
 * {@link PartyOrganisation#none()}, {@link SanctionRecord#none()}) that comes up too. A part
 * that depends on the rest of the organisation (a party organisation's roster fits the member
 * counts, a committee's term starts no earlier than the founding, a joint organisation's covered
 * codes share its division) is taken from a generated organisation, and shrinks as that
 * organisation does; the others are generated on their own. The generators given an
 * {@link OrganisationGen} bias their counts and dates to its thresholds and days (a set's, with
 * {@link OrganisationGen#forPolicySet}); the others take {@link OrganisationGen#builder()}'s.
 *
 * <p><b>Thread safety.</b> The generators are stateless and may be shared between threads; the
 * {@link java.util.SplittableRandom} handed to {@link Gen#generate} may not, as usual. An
 * {@link OrganisationGen} is read when the factory is called: changing it afterwards does not
 * change the generator.
 */
public final class PartGen {
  private PartGen() {}

  /**
   * Parks as organisations report them: one in five {@link Park#none()} (in no park, no name, no
   * facilities); the others named, of the national, provincial, city or district level alike, the
   * facilities not reported 15% of the time, else the party and mass service centre reported there,
   * missing, or (15%) not reported. A park the organisation is in always has its name: the model
   * requires it.
   */
  public static Gen<Park> parks() {
    return OrganisationGen.parks();
  }

  /**
   * An organisation's figures in yuan, each absent 15% of the time: wages, dues income and the
   * party-building budget in whole yuan from 0 to 50,000,000, half the time at or next to 100 or
   * 10,000 yuan, so that a budget of 100 against 1% of 9,999, 10,000 and 10,001 yuan of wages is
   * over, at and a fen short of the fund; whether dues are collected, true or false.
   */
  public static Gen<Finances> finances() {
    return OrganisationGen.finances();
  }

  /** Whether an instructor is assigned, true or false, and the mass organisations set up, each 40% of the time. */
  public static Gen<WorkCoverage> workCoverage() {
    return OrganisationGen.workCoverage();
  }

  /**
   * How a party organisation is led and staffed: each of the four flags true, false or (15%) not
   * reported, and the full-time party-affairs staff (persons, 0 to 5, often 0, 1 or 2) not
   * reported 15% of the time.
   */
  public static Gen<PartyOrganisationGovernance> governance() {
    return OrganisationGen.governance();
  }

  /** {@link #sanctions(OrganisationGen)} for {@link OrganisationGen#builder()}. */
  public static Gen<Sanction> sanctions() {
    return sanctions(OrganisationGen.builder());
  }

  /**
   * Sanctions of either kind, half of them dated on, the day before or the day after one of the
   * generator's days (its set's first day and deadlines, its history's end) or the day the years a
   * rule counts (3 by default) before one, the others on any day from twice those years and one
   * (7 by default) before the history's end to two years after the last of its days; described (the authority and the
   * decision's number) three times in four, not described the fourth.
   *
   * @throws NullPointerException if {@code organisations} is null
   */
  public static Gen<Sanction> sanctions(OrganisationGen organisations) {
    return Objects.requireNonNull(organisations, "organisations").sanctionGen();
  }

  /** {@link #sanctionRecords(OrganisationGen)} for {@link OrganisationGen#builder()}. */
  public static Gen<SanctionRecord> sanctionRecords() {
    return sanctionRecords(OrganisationGen.builder());
  }

  /**
   * Sanction records: about one in five {@link SanctionRecord#none()} (known to have received
   * none), the others one to three {@link #sanctions(OrganisationGen) sanctions}. An organisation
   * without a record (not reported) is the absent case of {@link Organisation#getSanctionRecord()}
   * and comes from {@link OrganisationGen}.
   *
   * @throws NullPointerException if {@code organisations} is null
   */
  public static Gen<SanctionRecord> sanctionRecords(OrganisationGen organisations) {
    return Objects.requireNonNull(organisations, "organisations").sanctionRecordGen();
  }

  /** {@link #partyOrganisations(OrganisationGen)} for {@link OrganisationGen#builder()}. */
  public static Gen<PartyOrganisation> partyOrganisations() {
    return partyOrganisations(OrganisationGen.builder());
  }

  /**
   * Party organisations as the organisations of {@code organisations} report them: about one in
   * five {@link PartyOrganisation#none()} (known to have none), the others of any form, their
   * level, founding date and (for a joint one) scope each absent 15% of the time; an existing one
   * with its structure, its activity record and its governance, each not reported 15% of the
   * time, and for a joint one the organisations it covers (a count around the set's cap, their
   * codes, or both) most of the time.
   *
   * @throws NullPointerException if {@code organisations} is null
   */
  public static Gen<PartyOrganisation> partyOrganisations(OrganisationGen organisations) {
    return part(organisations, o -> o.getPartyOrganisation());
  }

  /** {@link #branchStructures(OrganisationGen)} for {@link OrganisationGen#builder()}. */
  public static Gen<BranchStructure> branchStructures() {
    return branchStructures(OrganisationGen.builder());
  }

  /**
   * The structures of existing party organisations: the roster (not listed one time in eight, a
   * member's status not reported one time in twelve), a committee (not reported one time in eight;
   * its secretary, discipline inspector and term start each absent now and then), up to four party
   * groups of sizes around the set's minimum (a group's name absent one time in ten), and the
   * qualification platforms of a joint branch, their number around the set's cap (a platform's
   * formal members absent one time in ten, its credit code one time in three).
   *
   * @throws NullPointerException if {@code organisations} is null
   */
  public static Gen<BranchStructure> branchStructures(OrganisationGen organisations) {
    return part(organisations, o -> o.getPartyOrganisation().flatMap(PartyOrganisation::getStructure));
  }

  /** {@link #activityRecords(OrganisationGen)} for {@link OrganisationGen#builder()}. */
  public static Gen<ActivityRecord> activityRecords() {
    return activityRecords(OrganisationGen.builder());
  }

  /**
   * The activity records of existing party organisations: a period of one to three years (now and
   * then a few months) around the history's end; the events of each kind at a cadence from monthly
   * to yearly, so many a period around the set's thresholds, a period now and then skipped, a kind
   * now and then missing, a party lecture or collective study naming who gave it one time in
   * three; the secretary's talks, each naming both people; the institutions, the facilities and the
   * theme-education members and participants (95% of them now and then exactly), each not
   * reported one time in eight.
   *
   * @throws NullPointerException if {@code organisations} is null
   */
  public static Gen<ActivityRecord> activityRecords(OrganisationGen organisations) {
    return part(organisations, o -> o.getPartyOrganisation().flatMap(PartyOrganisation::getActivityRecord));
  }

  /** The part {@code of} takes from each generated organisation that reports it. */
  private static <P> Gen<P> part(OrganisationGen organisations, Function<Organisation, Optional<P>> of) {
    Gen<Organisation> gen = Objects.requireNonNull(organisations, "organisations").build();
    return gen.filter(o -> of.apply(o).isPresent()).map(o -> of.apply(o).get());
  }
}
