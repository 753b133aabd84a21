package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.model.Organisation;

/**
 * The base of a rule that applies to the organisations of one {@link MemberBand}: N1–N3
 * themselves, and a region's rule that adds to one of them (a document's own way of forming a
 * joint organisation, say, which applies exactly where N2 does).
 *
 * <p>It decides, once for all such rules, <em>whether</em> the rule applies; the subclass says
 * only <em>what</em> it asks of an organisation that is in the band, in
 * {@link #evaluateInBand}:
 * <ul>
 *   <li>in the band: {@code evaluateInBand} adds the findings;
 *   <li>known to be in another band: no finding, the organisation is outside the rule;
 *   <li>formal members not given: one {@code UNDECIDED} finding naming {@code formalMembers},
 *       since any band is possible;
 *   <li>no formal members and probationary members not given: one {@code UNDECIDED} finding
 *       naming {@code probationaryMembers} for a rule of N2's or N3's band (members of either
 *       kind count there, 党员 without 正式); none for N1's band, which 0 formal members can
 *       never reach.
 * </ul>
 * Going through this class keeps a region's rule in step with the baseline: it reads the
 * threshold and the counts as N1–N3 do, and says "cannot decide" in exactly the cases they do.
 *
 * <pre>{@code
 * final class JointWaysRule extends MemberBandRule {
 *   JointWaysRule(FindingFactory findings, int standaloneThreshold) {
 *     super(findings, standaloneThreshold, MemberBand.JOINT);
 *   }
 *
 *   @Override
 *   protected void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out) {
 *     out.add(findings().advisory(WAYS, JOIN, formalMembers(organisation), probationaryMembers(organisation)));
 *   }
 * }
 * }</pre>
 *
 * <p>Subclasses are immutable and thread-safe like every {@link Rule}.
 */
public abstract class MemberBandRule implements Rule {
  private final FindingFactory findings;
  private final int standaloneThreshold;
  private final MemberBand band;

  /**
   * @param findings the rule's findings, including the undecided ones this class adds
   * @param standaloneThreshold the formal members N1 asks for, 3 in every document; pass the
   *     set's own value, so that what-if overrides reach the rule
   * @param band the band the rule applies to
   * @throws IllegalArgumentException if {@code band} is one of the unknown bands
   */
  protected MemberBandRule(FindingFactory findings, int standaloneThreshold, MemberBand band) {
    this.findings = Objects.requireNonNull(findings, "findings");
    this.standaloneThreshold = standaloneThreshold;
    this.band = Objects.requireNonNull(band, "band");
    if (!band.isKnown()) {
      throw new IllegalArgumentException("a rule applies to a known band, not " + band);
    }
  }

  @Override
  public final String id() {
    return findings.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(findings);
  }

  @Override
  public final void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    MemberBand actual = MemberBand.of(organisation, standaloneThreshold);
    if (actual == band) {
      evaluateInBand(organisation, asOf, out);
    } else if (actual == MemberBand.FORMAL_UNKNOWN) {
      out.add(findings.undecided(actual.missingFacts(), Fact.unknown(ModelFacts.FORMAL_MEMBERS)));
    } else if (actual == MemberBand.PROBATIONARY_UNKNOWN && actual.mayBe(band)) {
      out.add(findings.undecided(actual.missingFacts(), noFormalMembers(), Fact.unknown(ModelFacts.PROBATIONARY_MEMBERS)));
    }
  }

  /**
   * Adds the findings about an organisation known to be in this rule's band; called for no
   * other organisation, so the member counts it needs are given.
   */
  protected abstract void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out);

  protected final FindingFactory findings() {
    return findings;
  }

  protected final int standaloneThreshold() {
    return standaloneThreshold;
  }

  /** The formal members compared with the standalone threshold; given in every band but the unknown ones. */
  protected final Fact formalMembers(Organisation organisation) {
    return OrganisationFacts.formalMembers(organisation, standaloneThreshold);
  }

  /** The probationary members, or unknown: in N2's band they may be missing when formal members are not 0. */
  protected final Fact probationaryMembers(Organisation organisation) {
    return OrganisationFacts.probationaryMembers(organisation);
  }

  /**
   * The formal-member fact of the finding that cannot tell N2 from N3 for lack of the
   * probationary count: 0, and by default without a limit, because N2 and N3 compare members of
   * either kind, not formal members with the threshold. A rule whose messages speak of the
   * threshold may report it with the limit.
   */
  protected Fact noFormalMembers() {
    return Fact.of(ModelFacts.FORMAL_MEMBERS, 0);
  }
}
