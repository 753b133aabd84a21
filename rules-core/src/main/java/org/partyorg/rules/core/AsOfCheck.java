package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;

/**
 * What a record must hold to be assessed on a given date, beyond the model's own constraints: it
 * cannot describe a party organisation or a committee that did not exist yet on that date (see
 * "Dates after the as-of date" in {@link Organisation}).
 */
final class AsOfCheck {
  static final String FOUNDED_AFTER_AS_OF = "{org.partyorg.rules.asOf.foundedAfter}";
  static final String TERM_AFTER_AS_OF = "{org.partyorg.rules.asOf.termAfter}";

  private AsOfCheck() {}

  /**
   * @throws IllegalArgumentException if {@code asOf} lies outside the model's date range
   */
  static LocalDate requireInRange(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!ModelLimits.isInRange(asOf)) {
      throw new IllegalArgumentException(
          "the as-of date " + asOf + " lies outside the model's range " + ModelLimits.EARLIEST_DATE + " to "
              + ModelLimits.LATEST_DATE + " / 评估基准日应在1921年7月1日至2100年12月31日之间");
    }
    return asOf;
  }

  /** The violations of the as-of date; empty (and nothing allocated) for a record that has none. */
  static List<Violation> violations(Organisation organisation, LocalDate asOf) {
    Optional<PartyOrganisation> found = organisation.getPartyOrganisation();
    if (found.isEmpty()) {
      return List.of();
    }
    PartyOrganisation party = found.get();
    List<Violation> violations = List.of();
    Optional<LocalDate> founded = party.getFoundingDate();
    // a date outside the model's range is reported by the model's own check, once
    if (founded.isPresent() && ModelLimits.isInRange(founded.get()) && founded.get().isAfter(asOf)) {
      violations = add(violations, "partyOrganisation.foundingDate", founded.get(), FOUNDED_AFTER_AS_OF, organisation, asOf);
    }
    Optional<LocalDate> termStart = party.getStructure().isEmpty()
        ? Optional.empty()
        : party.getStructure().flatMap(BranchStructure::getCommittee).flatMap(BranchCommittee::getTermStart);
    if (termStart.isPresent() && ModelLimits.isInRange(termStart.get()) && termStart.get().isAfter(asOf)) {
      violations = add(violations, "partyOrganisation.structure.committee.termStart", termStart.get(),
          TERM_AFTER_AS_OF, organisation, asOf);
    }
    return violations;
  }

  private static List<Violation> add(
      List<Violation> violations, String field, LocalDate value, String template, Organisation organisation, LocalDate asOf) {
    List<Violation> result = new ArrayList<>(violations);
    result.add(ViolationMessages.violation(field, value, template, template, Map.of(), organisation, Map.of("asOf", asOf)));
    return result;
  }
}
