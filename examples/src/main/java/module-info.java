/**
 * Examples: the README's demonstration run and embedding example, and findings stored in a
 * database with plain JDBC. The region modules are required only so that they are resolved on
 * the module path; they export nothing and are reached through {@link java.util.ServiceLoader}.
 */
module org.partyorg.rules.examples {
  // transitive: the exported examples speak of the API's types
  requires transitive org.partyorg.rules.core;
  requires org.partyorg.rules.hubei;
  requires org.partyorg.rules.hunan;
  requires org.partyorg.rules.liaoning;
  requires org.partyorg.rules.register;
  requires java.logging;
  // transitive: StoreFindings takes a java.sql.Connection; the database's driver is the caller's
  requires transitive java.sql;

  exports org.partyorg.rules.examples;
}
