/**
 * The party-organisation model and the {@link org.partyorg.rules.api.PolicySet} interface.
 *
 * <p>This module has no implementation of any rule: callers use it to describe an
 * organisation and read findings, region modules use it to publish policy sets.
 */
// "module": Hibernate Validator is not a dependency of the API, only the module its validators open to.
@SuppressWarnings("module")
module org.partyorg.rules.api {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports org.partyorg.rules.api;
  exports org.partyorg.rules.api.model;

  // Hibernate Validator instantiates the constraint validators reflectively; the engine shares
  // their checks and the way values enter texts, and the Immutables style of its own values.
  opens org.partyorg.rules.api.internal to org.hibernate.validator;
  exports org.partyorg.rules.api.internal to org.partyorg.rules.core;
}
