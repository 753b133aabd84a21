/**
 * The engine: the {@link org.partyorg.rules.core.Evaluator} that discovers policy sets,
 * validates organisations at the boundary and merges findings; and, for region modules, the
 * helpers rules are built with and the baseline rules N1–N3.
 */
module org.partyorg.rules.core {
  requires transitive org.partyorg.rules.api;
  requires com.google.common;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports org.partyorg.rules.core;
  exports org.partyorg.rules.core.rule;

  uses org.partyorg.rules.api.PolicySet;
}
