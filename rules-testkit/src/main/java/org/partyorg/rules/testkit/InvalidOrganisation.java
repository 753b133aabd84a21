package org.partyorg.rules.testkit;

import java.util.Objects;
import org.partyorg.rules.api.model.Organisation;

/**
 * An organisation with exactly one field broken, and the field path a validator must name.
 *
 * @param organisation the broken organisation (the builder accepted it; validation must not)
 * @param field the property path of the broken field, e.g. {@code headCount}
 * @param how what was broken, for the report
 */
public record InvalidOrganisation(Organisation organisation, String field, String how) {
  public InvalidOrganisation {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(how, "how");
  }

  @Override
  public String toString() {
    return how + " -> " + field + " in " + organisation;
  }
}
