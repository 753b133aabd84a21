/**
 * The Hubei policy sets: Wuhan 2016 ({@code wuhan-2016}), the Hubei CPA industry 2016
 * ({@code hubei-cpa-2016}) and the Hubei science and technology societies 2016
 * ({@code hubei-science-societies-2016}). The module exports nothing: callers find the sets
 * through the evaluator of {@code rules-core}.
 */
module org.partyorg.rules.hubei {
  requires org.partyorg.rules.core;

  provides org.partyorg.rules.api.PolicySet with
      org.partyorg.rules.hubei.Wuhan2016Provider,
      org.partyorg.rules.hubei.HubeiCpa2016Provider,
      org.partyorg.rules.hubei.HubeiSocieties2016Provider;
}
