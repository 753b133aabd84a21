package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * Everything the applicable policy sets found about one organisation on one date. An
 * assessment to which no policy set applied has no findings and says so in
 * {@link #getPolicySetIds()}.
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {
  @Value.Auxiliary
  public abstract Organisation getOrganisation();

  /** The date the assessment speaks of: deadlines are judged against it. */
  public abstract LocalDate getAsOf();

  /** The policy sets applied, in the order their findings appear. */
  public abstract List<String> getPolicySetIds();

  public abstract List<Finding> getFindings();

  /**
   * The ledger class a policy set filed the organisation under (Liaoning L13); absent when no
   * set classifies or the facts to classify were missing. Merged from several sets, the first
   * present value is kept.
   */
  public abstract Optional<LedgerClass> getLedgerClass();

  /** The findings of one rule id (possibly from more than one policy set). */
  public List<Finding> findings(String ruleId) {
    List<Finding> result = new ArrayList<>(2);
    for (Finding finding : getFindings()) {
      if (finding.getRuleId().equals(ruleId)) {
        result.add(finding);
      }
    }
    return result;
  }

  /** The findings with the given outcome. */
  public List<Finding> findings(Outcome outcome) {
    List<Finding> result = new ArrayList<>(2);
    for (Finding finding : getFindings()) {
      if (finding.getOutcome() == outcome) {
        result.add(finding);
      }
    }
    return result;
  }

  public boolean hasViolations() {
    for (Finding finding : getFindings()) {
      if (finding.getOutcome() == Outcome.VIOLATED) {
        return true;
      }
    }
    return false;
  }

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
