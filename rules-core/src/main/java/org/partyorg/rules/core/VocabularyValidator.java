package org.partyorg.rules.core;

import java.util.List;
import org.partyorg.rules.api.model.Organisation;

/**
 * The model's constraints, then what the discovered sets' vocabularies require (traits and
 * extra facts they declare): the validator of an evaluator. Immutable and thread-safe.
 */
final class VocabularyValidator implements OrganisationValidator {
  private final OrganisationValidator model;
  private final VocabularyCheck vocabulary;

  VocabularyValidator(OrganisationValidator model, VocabularyCheck vocabulary) {
    this.model = model;
    this.vocabulary = vocabulary;
  }

  @Override
  public List<Violation> violations(Organisation organisation) {
    return ViolationMessages.merged(model.violations(organisation), vocabulary.violations(organisation));
  }
}
