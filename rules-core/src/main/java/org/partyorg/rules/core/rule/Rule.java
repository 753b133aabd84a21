package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
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

  /** Adds this rule's findings about {@code organisation} on {@code asOf} to {@code findings}. */
  void evaluate(Organisation organisation, LocalDate asOf, List<Finding> findings);
}
