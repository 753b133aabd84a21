/**
 * The register layer (台账): what organisation departments ask of a whole register rather than
 * of one organisation. Built on the public per-record API of {@code rules-core} only.
 */
module org.partyorg.rules.register {
  requires transitive org.partyorg.rules.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.partyorg.rules.register;
  exports org.partyorg.rules.register.planner;
}
