package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;

/**
 * Everything the applicable policy sets found about one organisation on one date. An
 * assessment to which no policy set applied has no findings and says so in
 * {@link #getPolicySetIds()}.
 *
 * <p>An assessment is immutable and safe to share between threads. Two assessments are equal
 * when their date, sets and findings are equal; the organisation is not compared.
 */
public final class Assessment {
  private final Organisation organisation;
  private final LocalDate asOf;
  private final List<String> policySetIds;
  private final List<Finding> findings;
  // worked out on first read; an immutable list, so a race only works it out twice
  private List<Conflict> conflicts;

  private Assessment(Organisation organisation, LocalDate asOf, List<String> policySetIds, List<Finding> findings) {
    this.organisation = organisation;
    this.asOf = asOf;
    this.policySetIds = policySetIds;
    this.findings = findings;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  /** For {@link org.partyorg.rules.api.internal.Trusted}: the lists are kept as given. */
  static Assessment trusted(Organisation organisation, LocalDate asOf, List<String> policySetIds, List<Finding> findings) {
    return new Assessment(
        Objects.requireNonNull(organisation, "organisation"), Objects.requireNonNull(asOf, "asOf"),
        policySetIds, findings);
  }

  /** The date the assessment speaks of: deadlines are judged against it. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** The policy sets applied, in the order their findings appear. */
  public List<String> getPolicySetIds() {
    return policySetIds;
  }

  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Where the policy sets that apply disagree on one obligation: one finds it met, another not
   * (see {@link Conflict}); empty when one set applies or all agree. Worked out when first read.
   */
  public List<Conflict> getConflicts() {
    List<Conflict> found = conflicts;
    if (found == null) {
      found = policySetIds.size() < 2 ? List.of() : Conflict.among(findings);
      conflicts = found;
    }
    return found;
  }

  /** The finding of one policy set with one key ({@link Finding#getKey()}), if the set gave it. */
  public Optional<Finding> finding(String policySetId, String key) {
    for (Finding finding : findings) {
      if (finding.getKey().equals(key) && finding.getPolicySetId().equals(policySetId)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  /** The findings of one rule id (possibly from more than one policy set). */
  public List<Finding> findings(String ruleId) {
    List<Finding> result = new ArrayList<>(2);
    for (Finding finding : findings) {
      if (finding.getRuleId().equals(ruleId)) {
        result.add(finding);
      }
    }
    return result;
  }

  /** The findings with the given outcome. */
  public List<Finding> findings(Outcome outcome) {
    List<Finding> result = new ArrayList<>(2);
    for (Finding finding : findings) {
      if (finding.getOutcome() == outcome) {
        result.add(finding);
      }
    }
    return result;
  }

  public boolean hasViolations() {
    for (Finding finding : findings) {
      if (finding.getOutcome() == Outcome.VIOLATED) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Assessment that
        && asOf.equals(that.asOf)
        && policySetIds.equals(that.policySetIds)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, policySetIds, findings);
  }

  @Override
  public String toString() {
    return "Assessment{asOf=" + asOf + ", policySetIds=" + policySetIds + ", findings=" + findings + "}";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment; lists given to it are copied. Not thread-safe. */
  public static final class Builder {
    private Organisation organisation;
    private LocalDate asOf;
    private List<String> policySetIds = List.of();
    private List<Finding> findings = List.of();

    private Builder() {}

    public Builder organisation(Organisation organisation) {
      this.organisation = Objects.requireNonNull(organisation, "organisation");
      return this;
    }

    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    public Builder addPolicySetIds(String... ids) {
      return addAllPolicySetIds(Arrays.asList(ids));
    }

    public Builder addAllPolicySetIds(Iterable<String> ids) {
      this.policySetIds = append(policySetIds, ids);
      return this;
    }

    /** The findings, replacing any given before. */
    public Builder findings(List<Finding> findings) {
      this.findings = List.copyOf(findings);
      return this;
    }

    public Builder addAllFindings(Iterable<Finding> findings) {
      this.findings = append(this.findings, findings);
      return this;
    }

    /** @throws IllegalStateException if the organisation or the date is missing */
    public Assessment build() {
      if (organisation == null || asOf == null) {
        throw new IllegalStateException("cannot build an assessment without its "
            + (organisation == null ? "organisation" : "as-of date"));
      }
      return new Assessment(organisation, asOf, policySetIds, findings);
    }

    private static <T> List<T> append(List<T> first, Iterable<T> more) {
      List<T> all = new ArrayList<>(first);
      more.forEach(all::add);
      return List.copyOf(all);
    }
  }
}
