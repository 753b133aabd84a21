/**
 * The Liaoning 2016 "two coverages" notice (辽组通字〔2016〕64号) as the policy set
 * {@code liaoning-2016}, found as a service. Exports one package,
 * {@code org.partyorg.rules.liaoning.ledger}: the L13 ledger class, which only this set
 * assigns, and its reader; the rules themselves are not exported.
 */
module org.partyorg.rules.liaoning {
  requires org.partyorg.rules.core;
  // transitive: the exported ledger package speaks of the API's Assessment
  requires transitive org.partyorg.rules.api;

  exports org.partyorg.rules.liaoning.ledger;

  provides org.partyorg.rules.api.PolicySet with
      org.partyorg.rules.liaoning.Liaoning2016Provider;
}
