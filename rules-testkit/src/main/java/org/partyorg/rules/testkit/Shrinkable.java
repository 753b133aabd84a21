package org.partyorg.rules.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value together with the smaller values it can shrink to, each of them
 * shrinkable in turn. Shrinking travels with the value, so a generator built by
 * {@link Gen#map mapping} or {@link Gens#combine combining} others shrinks for free.
 *
 * @param <T> the type of the value
 */
public final class Shrinkable<T> {
  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = Objects.requireNonNull(shrinks, "shrinks");
  }

  /** A value with the given candidates, smallest first. */
  public static <T> Shrinkable<T> of(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    return new Shrinkable<>(value, shrinks);
  }

  /** A value that does not shrink. */
  public static <T> Shrinkable<T> unshrinkable(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  public T value() {
    return value;
  }

  /** The candidates one step smaller, the most promising (smallest) first. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  public <R> Shrinkable<R> map(Function<? super T, ? extends R> mapper) {
    return new Shrinkable<R>(mapper.apply(value), () -> shrinks().map(s -> s.map(mapper)));
  }

  /**
   * Combines shrinkables into one list that shrinks one element at a time, the first element
   * first.
   */
  public static Shrinkable<List<Object>> sequence(List<Shrinkable<?>> parts) {
    List<Object> values = new ArrayList<>(parts.size());
    for (Shrinkable<?> part : parts) {
      values.add(part.value());
    }
    return new Shrinkable<>(
        Collections.unmodifiableList(values),
        () -> {
          Stream<Shrinkable<List<Object>>> all = Stream.empty();
          for (int i = 0; i < parts.size(); i++) {
            final int index = i;
            all = Stream.concat(all, Stream.of(index).flatMap(ignored -> parts.get(index).shrinks().map(smaller -> {
              List<Shrinkable<?>> replaced = new ArrayList<>(parts);
              replaced.set(index, smaller);
              return sequence(replaced);
            })));
          }
          return all;
        });
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
