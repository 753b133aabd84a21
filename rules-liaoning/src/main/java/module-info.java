/**
 * The Liaoning 2016 "two coverages" notice (辽组通字〔2016〕64号) as the policy set
 * {@code liaoning-2016}. Exports nothing: the set is found as a service.
 */
module org.partyorg.rules.liaoning {
  requires org.partyorg.rules.core;

  provides org.partyorg.rules.api.PolicySet with
      org.partyorg.rules.liaoning.Liaoning2016Provider;
}
