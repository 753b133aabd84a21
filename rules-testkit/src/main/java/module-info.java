/**
 * Property testing for policy sets on plain JUnit 5: composable generators of organisations
 * biased toward each set's thresholds, and a seeded, shrinking, replayable runner.
 */
module org.partyorg.rules.testkit {
  requires transitive org.partyorg.rules.api;

  exports org.partyorg.rules.testkit;
}
