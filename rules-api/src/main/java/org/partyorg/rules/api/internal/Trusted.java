package org.partyorg.rules.api.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;

/**
 * How the engine builds findings and assessments without the defensive copies of their public
 * builders: the constant parts of a rule's findings are checked once ({@link FindingShape}), and
 * what the engine hands over (arrays, lists) is kept, never touched again. Exported to
 * {@code rules-core} only; the public builders stay the way for anyone else.
 */
public final class Trusted {
  /** Implemented by {@link Finding}, which installs it when it is loaded. */
  public interface Maker {
    /**
     * The constant parts of a rule's findings, checked as a finding's invariants are.
     *
     * @param parameters the parameters the rule reads, values in effect; kept, not copied: an
     *     immutable list shared by every finding of the rule
     * @param facts how to compute the facts when read, or null for findings given their facts
     */
    FindingShape shape(String policySetId, String ruleId, String key, Obligation obligation, Outcome outcome, Set<RequiredAction> actions,
        LocalDate deadline, boolean overdue, Citation citation, List<FactType> missingFacts, MessageTemplate template,
        List<Parameter> parameters, BiFunction<Organisation, LocalDate, Fact[]> facts);

    /** A finding that keeps {@code facts} without copying it. */
    Finding finding(FindingShape shape, Fact[] facts);

    /** A finding whose facts the shape computes from the organisation and date when first read. */
    Finding finding(FindingShape shape, Organisation organisation, LocalDate asOf);

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
