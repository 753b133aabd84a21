package org.partyorg.rules.api.internal;

import java.util.ArrayList;
import java.util.List;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyOrganisation;

/**
 * Whether every list of a record holds at most {@link ModelLimits#MAX_ENTRIES} entries. Checked
 * before the constraints: a record with a longer list is rejected for its length alone, so that
 * checking it costs as little as the limit allows.
 */
public final class ListSizes {
  /** A list longer than the limit: its property path and its length. */
  public record Oversized(String path, int size) {}

  private ListSizes() {}

  /** The lists of {@code organisation} longer than the limit, in the order of the model; usually none. */
  public static List<Oversized> of(Organisation organisation) {
    List<Oversized> found = new ArrayList<>(1);
    walk(organisation, found);
    return found;
  }

  /** True when no list is longer than the limit; allocates nothing. */
  public static boolean withinLimits(Organisation organisation) {
    return walk(organisation, null);
  }

  /** Whether every list is within the limit; each one that is not is added to {@code found}, if given. */
  private static boolean walk(Organisation organisation, List<Oversized> found) {
    boolean within = true;
    if (organisation.getSanctionRecord().isPresent()) {
      within &= check("sanctionRecord.sanctions", organisation.getSanctionRecord().get().getSanctions(), found);
    }
    if (organisation.getPartyOrganisation().isEmpty()) {
      return within;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    within &= check("partyOrganisation.coveredOrganisations", party.getCoveredOrganisations(), found);
    if (party.getStructure().isPresent()) {
      BranchStructure structure = party.getStructure().get();
      within &= check("partyOrganisation.structure.platforms", structure.getPlatforms(), found);
      within &= check("partyOrganisation.structure.members", structure.getMembers(), found);
      within &= check("partyOrganisation.structure.partyGroups", structure.getPartyGroups(), found);
      if (structure.getCommittee().isPresent()) {
        within &= check("partyOrganisation.structure.committee.members",
            structure.getCommittee().get().getMembers(), found);
      }
      List<PartyGroup> groups = structure.getPartyGroups();
      for (int i = 0; i < groups.size() && i < ModelLimits.MAX_ENTRIES; i++) {
        List<?> members = groups.get(i).getMembers();
        if (members.size() > ModelLimits.MAX_ENTRIES) {
          within &= check("partyOrganisation.structure.partyGroups[" + i + "].members", members, found);
        }
      }
    }
    if (party.getActivityRecord().isPresent()) {
      within &= check("partyOrganisation.activityRecord.events", party.getActivityRecord().get().getEvents(), found);
    }
    return within;
  }

  private static boolean check(String path, List<?> list, List<Oversized> found) {
    if (list.size() <= ModelLimits.MAX_ENTRIES) {
      return true;
    }
    if (found != null) {
      found.add(new Oversized(path, list.size()));
    }
    return false;
  }
}
