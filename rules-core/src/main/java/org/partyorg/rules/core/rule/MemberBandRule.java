package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;

/**
 * What N1, N2 and N3 share: each applies to one {@link MemberBand}, and each says it cannot
 * decide when a missing member count leaves open whether it applies.
 */
abstract class MemberBandRule implements Rule {
  final FindingFactory findings;
  final int threshold;
  private final MemberBand band;

  MemberBandRule(FindingFactory findings, int threshold, MemberBand band) {
    this.findings = findings;
    this.threshold = threshold;
    this.band = band;
  }

  @Override
  public final String id() {
    return findings.ruleId();
  }

  @Override
  public final void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    MemberBand actual = MemberBand.of(organisation, threshold);
    if (actual == MemberBand.FORMAL_UNKNOWN) {
      out.add(findings.undecided(MemberBand.MISSING_FORMAL, Fact.unknown("formalMembers")));
    } else if (actual == MemberBand.PROBATIONARY_UNKNOWN && band != MemberBand.STANDALONE) {
      out.add(findings.undecided(
          MemberBand.MISSING_PROBATIONARY, Fact.of("formalMembers", 0), Fact.unknown("probationaryMembers")));
    } else if (actual == band) {
      evaluateInBand(organisation, asOf, out);
    }
  }

  /** Called only for organisations in this rule's band. */
  abstract void evaluateInBand(Organisation organisation, LocalDate asOf, List<Finding> out);

  /** The formal members compared with the standalone threshold. */
  final Fact formalMembers(Organisation organisation) {
    return Fact.of("formalMembers", organisation.getFormalMembers().getAsInt(), threshold);
  }
}
