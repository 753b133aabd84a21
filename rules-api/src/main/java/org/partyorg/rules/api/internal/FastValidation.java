package org.partyorg.rules.api.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/**
 * Whether an organisation meets every constraint of the model, without saying which it breaks:
 * the same checks as Jakarta Validation runs ({@link Checks}, the class-level validators), walked
 * by hand over the same properties, so that the common case, a valid record, costs a fraction of
 * a full validation. A record it finds invalid is validated again in full for the violations.
 *
 * <p>It must agree with Hibernate Validator on every record: {@code rules-core}'s tests check that
 * on generated valid and invalid records, and check that the constraints it walks are exactly
 * those Hibernate Validator finds on the model. The {@code @NotNull} constraints are not walked:
 * the builders reject nulls, and the model cannot be subclassed.
 */
public final class FastValidation {
  private static final ConsistentOrganisationValidator ORGANISATION = new ConsistentOrganisationValidator();
  private static final ConsistentBranchStructureValidator STRUCTURE = new ConsistentBranchStructureValidator();
  private static final ConsistentActivityRecordValidator RECORD = new ConsistentActivityRecordValidator();

  private FastValidation() {}

  /** True exactly when validation finds no violation. */
  public static boolean isValid(Organisation organisation) {
    return ListSizes.withinLimits(organisation)
        && UnifiedSocialCreditCode.problem(organisation.getCreditCode()) == null
        && name(organisation.getName())
        && Checks.divisionProblem(organisation.getDivisionCode()) == null
        && persons(organisation.getHeadCount())
        && persons(organisation.getFullTimeStaff())
        && persons(organisation.getFormalMembers())
        && persons(organisation.getProbationaryMembers())
        && park(organisation.getPark())
        && optionalName(organisation.getBuilding())
        && optionalName(organisation.getStreet())
        && (organisation.getPartyOrganisation().isEmpty() || party(organisation.getPartyOrganisation().get()))
        && (organisation.getFinances().isEmpty() || finances(organisation.getFinances().get()))
        && (organisation.getSanctionRecord().isEmpty() || sanctions(organisation.getSanctionRecord().get()))
        && ORGANISATION.isValid(organisation, null);
  }

  private static boolean park(Optional<Park> park) {
    return park.isEmpty() || optionalName(park.get().getName());
  }

  private static boolean party(PartyOrganisation party) {
    if (!date(party.getFoundingDate())) {
      return false;
    }
    for (String code : party.getCoveredOrganisations()) {
      if (UnifiedSocialCreditCode.problem(code) != null) {
        return false;
      }
    }
    return (party.getStructure().isEmpty() || structure(party.getStructure().get()))
        && (party.getActivityRecord().isEmpty() || record(party.getActivityRecord().get()))
        && (party.getGovernance().isEmpty() || persons(party.getGovernance().get().getFullTimePartyAffairsStaff()));
  }

  private static boolean structure(BranchStructure structure) {
    for (QualificationPlatform platform : structure.getPlatforms()) {
      if (!name(platform.getName()) || !persons(platform.getFormalMembers())
          || (platform.getCreditCode().isPresent() && UnifiedSocialCreditCode.problem(platform.getCreditCode().get()) != null)) {
        return false;
      }
    }
    if (structure.getCommittee().isPresent()) {
      BranchCommittee committee = structure.getCommittee().get();
      if (!optionalName(committee.getSecretary()) || !optionalName(committee.getDisciplineInspector())
          || !date(committee.getTermStart()) || !names(committee.getMembers())) {
        return false;
      }
    }
    for (PartyGroup group : structure.getPartyGroups()) {
      if (!optionalName(group.getName()) || !members(group.getMembers())) {
        return false;
      }
    }
    return members(structure.getMembers()) && STRUCTURE.isValid(structure, null);
  }

  private static boolean record(ActivityRecord record) {
    if (!date(record.getPeriodFrom()) || !date(record.getPeriodTo())
        || !persons(record.getThemeEducationMembers()) || !persons(record.getThemeEducationParticipants())) {
      return false;
    }
    for (ActivityEvent event : record.getEvents()) {
      if (!date(event.getDate()) || !optionalName(event.getLeader()) || !optionalName(event.getCounterpart())) {
        return false;
      }
    }
    return RECORD.isValid(record, null);
  }

  private static boolean finances(Finances finances) {
    return amount(finances.getAnnualWages()) && amount(finances.getAnnualDuesIncome())
        && amount(finances.getPartyBuildingBudget());
  }

  private static boolean sanctions(SanctionRecord record) {
    for (Sanction sanction : record.getSanctions()) {
      if (!date(sanction.getDate())
          || (sanction.getDescription().isPresent()
              && Checks.textProblem(sanction.getDescription().get(), ModelLimits.MAX_TEXT_LENGTH) != null)) {
        return false;
      }
    }
    return true;
  }

  private static boolean members(List<PartyMember> members) {
    for (PartyMember member : members) {
      if (!name(member.getName())) {
        return false;
      }
    }
    return true;
  }

  private static boolean names(List<String> names) {
    for (String name : names) {
      if (!name(name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean name(String name) {
    return Checks.textProblem(name, ModelLimits.MAX_NAME_LENGTH) == null;
  }

  private static boolean optionalName(Optional<String> name) {
    return name.isEmpty() || name(name.get());
  }

  private static boolean persons(OptionalInt count) {
    return count.isEmpty() || Checks.isPersons(count.getAsInt());
  }

  private static boolean date(LocalDate date) {
    return Checks.isDateInRange(date);
  }

  private static boolean date(Optional<LocalDate> date) {
    return date.isEmpty() || Checks.isDateInRange(date.get());
  }

  private static boolean amount(Optional<BigDecimal> amount) {
    return amount.isEmpty() || Checks.amountProblem(amount.get()) == null;
  }
}
