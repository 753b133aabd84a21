package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.core.rule.FindingFactory;

/**
 * What the rules of the plan read from an organisation, and the one way each of them says a
 * fact is missing. The plan judges the quality of an existing party organisation: a rule about
 * it adds nothing when the organisation reports having none, and cannot decide when the
 * organisation did not report.
 */
final class PartyFacts {
  static final String PARTY_ORGANISATION = "partyOrganisation";
  static final String STRUCTURE = "partyOrganisation.structure";
  static final String COMMITTEE = "partyOrganisation.structure.committee";
  static final String PLATFORMS = "partyOrganisation.structure.platforms";
  static final String RECORD = "partyOrganisation.activityRecord";

  private PartyFacts() {}

  /** The party organisation if it exists; an undecided finding if it was not reported; empty for none. */
  static Optional<PartyOrganisation> existing(Organisation organisation, FindingFactory findings, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(PARTY_ORGANISATION), Fact.unknown(PARTY_ORGANISATION)));
      return Optional.empty();
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    return party.exists() ? Optional.of(party) : Optional.empty();
  }

  /** The structure of an existing organisation, or an undecided finding. */
  static Optional<BranchStructure> structure(Organisation organisation, FindingFactory findings, List<Finding> out) {
    Optional<BranchStructure> structure = existing(organisation, findings, out).flatMap(PartyOrganisation::getStructure);
    if (structure.isEmpty() && organisation.getPartyOrganisation().map(PartyOrganisation::exists).orElse(false)) {
      out.add(findings.undecided(List.of(STRUCTURE), Fact.unknown(STRUCTURE)));
    }
    return structure;
  }

  /** The activity record of an existing organisation, or an undecided finding. */
  static Optional<ActivityRecord> record(Organisation organisation, FindingFactory findings, List<Finding> out) {
    Optional<ActivityRecord> record = existing(organisation, findings, out).flatMap(PartyOrganisation::getActivityRecord);
    if (record.isEmpty() && organisation.getPartyOrganisation().map(PartyOrganisation::exists).orElse(false)) {
      out.add(findings.undecided(List.of(RECORD), Fact.unknown(RECORD)));
    }
    return record;
  }

  /**
   * The formal members of the branch: for a joint branch the sum over the platforms it covers
   * (empty unless every platform's count is reported), otherwise the organisation's own count.
   */
  static OptionalInt branchFormalMembers(Organisation organisation, PartyOrganisation party) {
    if (party.getForm() != PartyOrganisationForm.JOINT) {
      return organisation.getFormalMembers();
    }
    List<QualificationPlatform> platforms =
        party.getStructure().map(BranchStructure::getPlatforms).orElse(List.of());
    if (platforms.isEmpty()) {
      return OptionalInt.empty();
    }
    int sum = 0;
    for (QualificationPlatform platform : platforms) {
      if (platform.getFormalMembers().isEmpty()) {
        return OptionalInt.empty();
      }
      sum += platform.getFormalMembers().getAsInt();
    }
    return OptionalInt.of(sum);
  }

  /** The fact a missing branch count is reported under. */
  static String branchFormalMembersFact(PartyOrganisation party) {
    return party.getForm() == PartyOrganisationForm.JOINT ? PLATFORMS + ".formalMembers" : "formalMembers";
  }

  /**
   * The first day an audit can speak of: the record's first day, or the founding of the party
   * organisation if that is later (a branch cannot meet before it exists).
   */
  static LocalDate auditStart(PartyOrganisation party, ActivityRecord record) {
    LocalDate from = record.getPeriodFrom();
    return party.getFoundingDate().filter(d -> d.isAfter(from)).orElse(from);
  }

  /** The last day an audit can speak of: the record's last day, or the as-of date if earlier. */
  static LocalDate auditEnd(ActivityRecord record, LocalDate asOf) {
    return record.getPeriodTo().isAfter(asOf) ? asOf : record.getPeriodTo();
  }
}
