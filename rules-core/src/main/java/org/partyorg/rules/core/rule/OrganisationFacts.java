package org.partyorg.rules.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.Trait;

/**
 * The one toolkit every region's rules read an organisation with: counts, bands and forms as
 * {@link Fact}s of the shared vocabulary ({@link ModelFacts}), and the questions the documents
 * keep asking ("N or more staff", "has party members", "has a party organisation"), each with
 * one answer to "not reported": it stays unknown, the rule names it and cannot decide, it is never
 * read as 0 or false.
 *
 * <p>Stateless and thread-safe.
 */
public final class OrganisationFacts {
  private OrganisationFacts() {}

  /** A count as a fact: its value, or unknown when not reported. */
  public static Fact of(FactType type, OptionalInt value) {
    return value.isPresent() ? Fact.of(type, value.getAsInt()) : Fact.unknown(type);
  }

  /** A count as a fact compared with {@code limit} (persons, items ...): its value, or unknown. */
  public static Fact of(FactType type, OptionalInt value, int limit) {
    return value.isPresent() ? Fact.of(type, value.getAsInt(), limit) : Fact.unknown(type, limit);
  }

  /** An optional value as a fact: its value, or unknown. */
  public static Fact of(FactType type, Optional<?> value) {
    return value.isPresent() ? Fact.of(type, value.get()) : Fact.unknown(type);
  }

  /** 职工人数 compared with {@code limit}, or unknown. */
  public static Fact headCount(Organisation organisation, int limit) {
    return of(ModelFacts.HEAD_COUNT, organisation.getHeadCount(), limit);
  }

  /** 正式党员数, or unknown. */
  public static Fact formalMembers(Organisation organisation) {
    return of(ModelFacts.FORMAL_MEMBERS, organisation.getFormalMembers());
  }

  /** 正式党员数 compared with {@code limit}, or unknown. */
  public static Fact formalMembers(Organisation organisation, int limit) {
    return of(ModelFacts.FORMAL_MEMBERS, organisation.getFormalMembers(), limit);
  }

  /** 预备党员数, or unknown. */
  public static Fact probationaryMembers(Organisation organisation) {
    return of(ModelFacts.PROBATIONARY_MEMBERS, organisation.getProbationaryMembers());
  }

  /** The traits the caller reported, as their codes in the reported order. */
  public static Fact traits(Organisation organisation) {
    return traits(organisation.getTraits());
  }

  /** Traits as a fact: their codes, in the order given. */
  public static Fact traits(Collection<Trait> traits) {
    return Fact.of(ModelFacts.TRAITS, traits.stream().map(Trait::code).toList());
  }

  /** The form of the party organisation ({@code NONE} when it has none), or unknown when not reported. */
  public static Fact partyOrganisation(Organisation organisation) {
    return of(ModelFacts.PARTY_ORGANISATION, organisation.getPartyOrganisation().map(PartyOrganisation::getForm));
  }

  /**
   * "职工N人以上": whether the head count reaches {@code threshold} (persons). False when it does
   * not, and when it is not reported, in which case an undecided finding naming it is added to
   * {@code out}.
   */
  public static boolean headCountReaches(
      FindingFactory findings, Organisation organisation, int threshold, List<Finding> out) {
    return headCountWithin(findings, organisation, threshold, Integer.MAX_VALUE, out);
  }

  /**
   * "N人至M人": whether the head count is at least {@code from} and below {@code below}
   * (persons). False when it is not, and when it is not reported, in which case an undecided
   * finding naming it, compared with {@code from}, is added to {@code out}.
   */
  public static boolean headCountWithin(
      FindingFactory findings, Organisation organisation, int from, int below, List<Finding> out) {
    OptionalInt headCount = organisation.getHeadCount();
    if (headCount.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.HEAD_COUNT), Fact.unknown(ModelFacts.HEAD_COUNT, from)));
      return false;
    }
    return headCount.getAsInt() >= from && headCount.getAsInt() < below;
  }

  /**
   * "有党员" (the documents say 党员 without 正式, so both kinds count): true when any member is
   * known, false when both counts are known zero, empty when that cannot be told.
   */
  public static Optional<Boolean> hasAnyMembers(Organisation organisation) {
    if (organisation.getFormalMembers().orElse(0) > 0 || organisation.getProbationaryMembers().orElse(0) > 0) {
      return Optional.of(true);
    }
    if (organisation.getFormalMembers().isPresent() && organisation.getProbationaryMembers().isPresent()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The member counts that are not reported, formal first. */
  public static List<FactType> missingMemberCounts(Organisation organisation) {
    List<FactType> missing = new ArrayList<>(2);
    if (organisation.getFormalMembers().isEmpty()) {
      missing.add(ModelFacts.FORMAL_MEMBERS);
    }
    if (organisation.getProbationaryMembers().isEmpty()) {
      missing.add(ModelFacts.PROBATIONARY_MEMBERS);
    }
    return missing;
  }

  /**
   * The party organisation the organisation has, if it has one; empty when it reports none, and
   * when it does not report, in which case an undecided finding naming it is added to {@code out}.
   */
  public static Optional<PartyOrganisation> existingPartyOrganisation(
      FindingFactory findings, Organisation organisation, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return Optional.empty();
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    return party.exists() ? Optional.of(party) : Optional.empty();
  }
}
