package org.partyorg.rules.testkit;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of shrinkable values from a source of randomness. Generators are plain Java and
 * compose with {@link #map}, {@link #filter} and {@link Gens#combine}, so a team on another
 * property-testing library can wrap one in a line.
 *
 * @param <T> the type generated
 */
@FunctionalInterface
public interface Gen<T> {
  /** One value; the same random state gives the same value. */
  Shrinkable<T> generate(SplittableRandom random);

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return random -> generate(random).map(mapper);
  }

  /**
   * Only values that pass {@code predicate}, also while shrinking.
   *
   * @throws IllegalStateException from {@link #generate} if 1000 tries in a row fail
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return random -> {
      for (int attempt = 0; attempt < 1000; attempt++) {
        Shrinkable<T> candidate = generate(random);
        if (predicate.test(candidate.value())) {
          return Gens.filtered(candidate, predicate);
        }
      }
      throw new IllegalStateException("the filter rejected 1000 generated values in a row");
    };
  }

  /** Just the value, without its shrinks. */
  default T sample(SplittableRandom random) {
    return generate(random).value();
  }
}
