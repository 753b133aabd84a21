package org.partyorg.rules.register.planner;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.model.IndustrySection;

/**
 * One joint party organisation the planner proposes: the organisations it would cover (each with
 * 1 or 2 formal members, 3 or more together, no more organisations than the cap), how near
 * together they are, their common industry section if they share one, and the clause that
 * allows it. Immutable and safe to share.
 */
public final class ProposedJointOrganisation {
  private final List<String> creditCodes;
  private final List<String> names;
  private final int formalMembers;
  private final Locality locality;
  private final Optional<IndustrySection> industry;
  private final Citation clause;

  ProposedJointOrganisation(List<String> creditCodes, List<String> names, int formalMembers, Locality locality,
      Optional<IndustrySection> industry, Citation clause) {
    // the planner hands over lists of its own, never changed after: kept, not copied
    this.creditCodes = Collections.unmodifiableList(creditCodes);
    this.names = Collections.unmodifiableList(names);
    this.formalMembers = formalMembers;
    this.locality = locality;
    this.industry = industry;
    this.clause = clause;
  }

  /** The unified social credit codes of the organisations it covers, in the order of the input. */
  public List<String> creditCodes() {
    return creditCodes;
  }

  /** Their names, in the same order as {@link #creditCodes()}. */
  public List<String> names() {
    return names;
  }

  /** The number of organisations it covers, 2 or more. */
  public int organisations() {
    return creditCodes.size();
  }

  /** Their formal members together, in persons: 3 or more. */
  public int formalMembers() {
    return formalMembers;
  }

  /** The nearest locality they all share: a building or park, a street, or only the district. */
  public Locality locality() {
    return locality;
  }

  /** The industry section they all report, if they do; empty if any differs or is not reported. */
  public Optional<IndustrySection> industry() {
    return industry;
  }

  /** The clause that allows the joint organisation and sets its cap (L5, B11, or the caller's). */
  public Citation clause() {
    return clause;
  }

  /** The proposal for a clerk, in Chinese ({@code zh}) or English (any other locale). */
  public String message(Locale locale) {
    return PlannerTexts.proposal(locale, organisations(), formalMembers, locality, clause);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProposedJointOrganisation that && creditCodes.equals(that.creditCodes)
        && names.equals(that.names) && formalMembers == that.formalMembers && locality == that.locality
        && industry.equals(that.industry) && clause.equals(that.clause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(creditCodes, formalMembers, locality, industry);
  }

  /** The codes, members, locality and industry, for logs and test failures. */
  @Override
  public String toString() {
    return "joint" + creditCodes + " " + formalMembers + " formal members, " + locality
        + industry.map(i -> ", industry " + i).orElse("");
  }
}
