package org.partyorg.rules.api;

import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;

/**
 * Which organisations a policy set speaks to: those located under one of its GB/T 2260 division
 * prefixes (42 for Hubei, 4201 for Wuhan) whose category is one of its categories.
 */
@Value.Immutable
@ValueStyle
public abstract class Jurisdiction {
  private static final Pattern PREFIX = Pattern.compile("[1-9][0-9]{1,5}");

  public abstract Set<String> getDivisionPrefixes();

  public abstract Set<OrganisationCategory> getCategories();

  public boolean covers(Organisation organisation) {
    return getCategories().contains(organisation.getCategory()) && coversDivision(organisation.getDivisionCode());
  }

  /** Whether a division code starts with one of the prefixes: the half of {@link #covers} a trace reports on its own. */
  boolean coversDivision(String division) {
    for (String prefix : prefixes()) {
      if (division.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The prefixes as an array, read once per organisation by {@link #covers}. */
  @Value.Lazy
  @Value.Auxiliary
  String[] prefixes() {
    return getDivisionPrefixes().toArray(new String[0]);
  }

  @Value.Check
  protected void check() {
    if (getDivisionPrefixes().isEmpty() || getCategories().isEmpty()) {
      throw new IllegalArgumentException(
          "a jurisdiction needs at least one division prefix and one category, got "
              + getDivisionPrefixes() + " and " + getCategories());
    }
    for (String prefix : getDivisionPrefixes()) {
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException(
            "division prefix '" + prefix + "' is not 2 to 6 digits of a GB/T 2260 code");
      }
    }
  }

  public static Jurisdiction of(String divisionPrefix, Set<OrganisationCategory> categories) {
    return builder().addDivisionPrefixes(divisionPrefix).categories(categories).build();
  }

  /** A jurisdiction of several division prefixes or categories. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Jurisdiction}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
