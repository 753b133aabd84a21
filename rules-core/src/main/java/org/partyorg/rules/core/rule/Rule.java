package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;

/**
 * One rule of a policy set, with the id it has in {@code RULES.md}.
 *
 * <p>A rule adds a finding when it applies to the organisation (or when it cannot tell
 * whether it applies because a fact is missing), and nothing when the organisation is
 * known to be outside it. It is immutable, thread-safe and called with a valid organisation.
 */
public interface Rule {
  /** The id in {@code RULES.md}, e.g. {@code W3}. */
  String id();

  /**
   * The keys of the findings this rule can give ({@link org.partyorg.rules.api.Finding#getKey()}):
   * its id alone by default. A rule whose findings rest on several sentences, each with a keyed
   * {@link FindingFactory}, lists every key, so that the catalogue can show them before any
   * organisation is assessed.
   */
  default List<String> keys() {
    return List.of(id());
  }

  /** The distinct keys of {@code factories}, in their order: for a rule's {@link #keys()}. */
  static List<String> keysOf(FindingFactory... factories) {
    Set<String> keys = new LinkedHashSet<>();
    for (FindingFactory factory : factories) {
      keys.add(factory.key());
    }
    return List.copyOf(keys);
  }

  /** Adds this rule's findings about {@code organisation} on {@code asOf} to {@code findings}. */
  void evaluate(Organisation organisation, LocalDate asOf, List<Finding> findings);
}
