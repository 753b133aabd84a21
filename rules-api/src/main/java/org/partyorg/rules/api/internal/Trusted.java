package org.partyorg.rules.api.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;

/**
 * How the engine builds findings and assessments without the defensive copies of their public
 * builders: it hands over arrays and lists it never touches again. Exported to
 * {@code rules-core} only; the public builders stay the way for anyone else.
 */
public final class Trusted {
  /** Implemented by {@link Finding} and {@link Assessment}, which install it when they are loaded. */
  public interface Maker {
    /** A finding that keeps {@code facts} without copying it; the invariants are still checked. */
    Finding finding(String policySetId, String ruleId, Outcome outcome, Set<RequiredAction> actions,
        LocalDate deadline, boolean overdue, Citation citation, Fact[] facts, List<String> missingFacts,
        MessageTemplate template);

    /** An assessment that keeps {@code policySetIds} and {@code findings} without copying them. */
    Assessment assessment(Organisation organisation, LocalDate asOf, List<String> policySetIds, List<Finding> findings);
  }

  private static volatile Maker maker;

  private Trusted() {}

  /** Called once, by the class that implements it. */
  public static void install(Maker implementation) {
    maker = implementation;
  }

  public static Maker maker() {
    Maker found = maker;
    if (found == null) {
      // loading Finding installs the maker
      Finding.builder();
      found = maker;
    }
    return found;
  }
}
