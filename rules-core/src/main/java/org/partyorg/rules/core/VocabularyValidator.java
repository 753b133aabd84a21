package org.partyorg.rules.core;

import java.util.ArrayList;
import java.util.Comparator;
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
    List<Violation> found = model.violations(organisation);
    List<Violation> words = vocabulary.violations(organisation);
    if (words.isEmpty()) {
      return found;
    }
    List<Violation> all = new ArrayList<>(found);
    all.addAll(words);
    all.sort(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessageEn));
    return List.copyOf(all);
  }
}
