package org.partyorg.rules.api.internal;

import java.util.OptionalInt;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * The cross-field invariants of {@link org.partyorg.rules.api.model.ConsistentOrganisation} as
 * plain functions, for the constraint validator and for the messages that quote the figures.
 */
public final class Consistency {
  private Consistency() {}

  public static boolean fullTimeStaffExceedsHeadCount(Organisation organisation) {
    return organisation.getHeadCount().isPresent()
        && organisation.getFullTimeStaff().isPresent()
        && organisation.getFullTimeStaff().getAsInt() > organisation.getHeadCount().getAsInt();
  }

  /**
   * The field under which party members outnumbering the head-count are reported:
   * {@code formalMembers} when the formal members alone do, {@code probationaryMembers} when
   * the probationary ones alone or both together do; {@code null} when they do not. Party
   * members are counted among the staff: the model counts the members working in the
   * organisation. The sum is taken in {@code long}, so it cannot overflow.
   */
  public static String membersExceedingHeadCount(Organisation organisation) {
    if (organisation.getHeadCount().isEmpty()) {
      return null;
    }
    long headCount = organisation.getHeadCount().getAsInt();
    OptionalInt formal = organisation.getFormalMembers();
    OptionalInt probationary = organisation.getProbationaryMembers();
    if (formal.isPresent() && formal.getAsInt() > headCount) {
      return "formalMembers";
    }
    long members = (long) formal.orElse(0) + probationary.orElse(0);
    return probationary.isPresent() && members > headCount ? "probationaryMembers" : null;
  }

  /** A party organisation reported as {@code NONE} that still has details of one. */
  public static boolean noneWithDetails(PartyOrganisation party) {
    return party.getForm() == PartyOrganisationForm.NONE
        && (party.getLevel().isPresent() || party.getFoundingDate().isPresent()
            || party.getGovernance().isPresent() || party.getStructure().isPresent()
            || party.getActivityRecord().isPresent());
  }

  /**
   * A standalone party organisation at an organisation reported to have no party members at all:
   * a branch is made of members. Functional organisations and council-level work groups are
   * not checked: their members may belong elsewhere (W9 "一方隶属", S3).
   */
  public static boolean standaloneWithoutMembers(Organisation organisation, PartyOrganisation party) {
    return party.getForm() == PartyOrganisationForm.STANDALONE
        && organisation.getFormalMembers().isPresent() && organisation.getFormalMembers().getAsInt() == 0
        && organisation.getProbationaryMembers().isPresent() && organisation.getProbationaryMembers().getAsInt() == 0;
  }

  /** A park the organisation is in (any level but {@code NONE}) reported without its name. */
  public static boolean parkWithoutName(Park park) {
    return park.exists() && park.getName().isEmpty();
  }

  /** A report of no park ({@code Park.none()}) that still has a name or facilities. */
  public static boolean noParkWithDetails(Park park) {
    return !park.exists() && (park.getName().isPresent() || park.getFacilities().isPresent());
  }
}
