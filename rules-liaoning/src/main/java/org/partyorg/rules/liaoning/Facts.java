package org.partyorg.rules.liaoning;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/** Small helpers that turn optional organisation facts into {@link Fact}s, unknown kept unknown. */
final class Facts {
  /**
   * The forms that count as "having a party organisation" (建立党组织) in this document: own,
   * joint, or functional. A council-level work group is not a party organisation.
   */
  static final Set<PartyOrganisationForm> PARTY_ORGANISATION_FORMS =
      EnumSet.of(PartyOrganisationForm.STANDALONE, PartyOrganisationForm.JOINT, PartyOrganisationForm.FUNCTIONAL);

  private Facts() {}

  static Fact of(FactType name, OptionalInt value) {
    return value.isPresent() ? Fact.of(name, value.getAsInt()) : Fact.unknown(name);
  }

  static Fact of(FactType name, OptionalInt value, int limit) {
    return value.isPresent() ? Fact.of(name, value.getAsInt(), limit) : Fact.unknown(name, limit);
  }

  static Fact of(FactType name, Optional<?> value) {
    return value.isPresent() ? Fact.of(name, value.get()) : Fact.unknown(name);
  }
}
