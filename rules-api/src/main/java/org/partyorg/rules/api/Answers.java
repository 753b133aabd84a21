package org.partyorg.rules.api;

import java.util.Optional;

/**
 * The known answers of the three-valued reads ({@link Target#inBase}, {@link BaseClause#matches},
 * {@link CoverageForm#covers}), shared: a report asks millions of times, and {@code Optional.of}
 * allocates.
 */
final class Answers {
  static final Optional<Boolean> YES = Optional.of(true);
  static final Optional<Boolean> NO = Optional.of(false);

  private Answers() {}
}
