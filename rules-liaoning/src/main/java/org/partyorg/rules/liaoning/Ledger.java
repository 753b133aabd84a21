package org.partyorg.rules.liaoning;

import java.util.Optional;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.liaoning.ledger.LedgerClass;

/**
 * The ledger class of L13 (按单独建立党组织、联合建立党组织、党的工作覆盖等分类建立台账), which
 * {@link LedgerRule} states in its finding.
 *
 * <p>A functional organisation is a party organisation but neither standalone nor joint: the
 * document's "等" leaves room for it, filed as {@link LedgerClass#OTHER_PARTY_ORGANISATION}. A
 * council-level work group is not a party organisation: it is filed by its work coverage.
 */
final class Ledger {
  private Ledger() {}

  /** The class, or empty when the party organisation or, without one, the work coverage is not reported. */
  static Optional<LedgerClass> classify(Organisation organisation) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      return Optional.empty();
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    switch (form) {
      case STANDALONE:
        return Optional.of(LedgerClass.STANDALONE);
      case JOINT:
        return Optional.of(LedgerClass.JOINT);
      case FUNCTIONAL:
        return Optional.of(LedgerClass.OTHER_PARTY_ORGANISATION);
      default:
        return organisation.getWorkCoverage()
            .map(coverage -> coverage.isComplete() ? LedgerClass.WORK_COVERAGE : LedgerClass.NOT_COVERED);
    }
  }
}
